// Lint with zero warnings. Layers are kept apart with no-restricted-imports:
// protocol ← core ← store ← hub; web apps use protocol and ui only; hardware uses protocol.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, why) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx', '**/test/**', '**/fixtures/**'],
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: why })) }],
  },
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'apps/display/public/**', 'test-artifacts/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**', '**/bin/**', 'tests/**', '**/*.test.ts', '**/test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', fetch: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly' } },
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // pages and page.evaluate callbacks run in the browser
    files: ['apps/shell/static/**/*.js', 'bench/tv-memory.mjs', 'bench/**/browser*.mjs'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', location: 'readonly', URLSearchParams: 'readonly', navigator: 'readonly', localStorage: 'readonly' } },
  },
  layer(['packages/protocol/src/**'], ['@motcua/*'], 'protocol depends on zod only'),
  layer(['packages/core/src/**'], ['@motcua/store', '@motcua/ui', '@motcua/printer', '@motcua/hub', 'node:*', 'express', 'better-sqlite3'], 'core is pure'),
  layer(['packages/store/src/**'], ['@motcua/hub', '@motcua/ui', 'express', 'socket.io'], 'store knows nothing of HTTP'),
  layer(['apps/kiosk/src/**', 'apps/desk/src/**', 'apps/display/src/**', 'apps/admin/src/**', 'packages/ui/src/**'], ['@motcua/hub', '@motcua/store', '@motcua/core/*', 'node:*'], 'web apps talk to the hub API only'),
  layer(['hardware/**/src/**'], ['@motcua/hub', '@motcua/store', '@motcua/ui'], 'hardware uses protocol only'),
);
