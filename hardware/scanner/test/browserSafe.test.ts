import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('@motcua/scanner/wedge is browser-safe', () => {
  it('bundles for the browser with no Node built-in and no third-party import', async () => {
    const imported: string[] = [];
    const result = await build({
      entryPoints: [new URL('../src/wedge.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'record-bare-imports',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, (a) => {
              imported.push(a.path);
              return { path: a.path, external: true };
            });
          },
        },
      ],
    });
    expect(imported).toEqual([]);
    expect(result.outputFiles[0]?.text).toContain('createWedgeDetector');
  });
});
