import { defineConfig } from 'vitest/config';

// One runner for every workspace. Timeouts are generous: tests must pass on a slow, busy
// machine; speed is measured by `npm run bench`, never by timed tests.
export default defineConfig({
  test: {
    include: ['{apps,packages,hardware,tests}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
