// The virtual ESC/POS printer (hardware/virtual-printer) in its own process for the print
// scenario: bundled on the fly like its bin/ script, listening on a free loopback port, reporting
// every job's `lastByteAt` (epoch ms, sub-ms) to its parent over IPC.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './lib/children.mjs';

process.on('disconnect', () => process.exit(1));
process.once('message', async ({ input: { outDir } }) => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-vp-'));
  const outfile = join(dir, 'virtual-printer.mjs');
  await build({
    entryPoints: [join(ROOT, 'hardware/virtual-printer/src/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const { createVirtualPrinter } = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  const printer = await createVirtualPrinter({ host: '127.0.0.1', port: 0, outDir, decodeImages: false, keepJobs: 10 });
  printer.onJob((j) =>
    process.send({
      type: 'job',
      job: { n: j.n, outcome: j.outcome, receivedBytes: j.receivedBytes, startedAt: j.startedAt, lastByteAt: j.lastByteAt, endedAt: j.endedAt },
    }),
  );
  process.send({ type: 'ready', port: printer.port });
});
