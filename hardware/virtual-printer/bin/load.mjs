// Loads the virtual printer's TypeScript sources from plain Node (no build step in this
// package): bundles src/index.ts with the repository's esbuild (a root devDependency) into a
// temporary file, imports it, removes the file. Used by bin/virtual-printer.mjs and the benchmark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** @returns {Promise<typeof import('../src/index.ts')>} */
export async function loadVirtualPrinter() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'motcua-virtual-printer-'));
  try {
    const outfile = join(dir, 'virtual-printer.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
