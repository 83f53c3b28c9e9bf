// The virtual ESC/POS printer (hardware/virtual-printer) in its own process for the print
// scenario: bundled on the fly like its bin/ script, listening on a free loopback port, reporting
// every job's `lastByteAt` (epoch ms, sub-ms) to its parent over IPC.
import { loadVirtualPrinter } from '../hardware/virtual-printer/bin/load.mjs';

process.on('disconnect', () => process.exit(1));
process.once('message', async ({ input: { outDir } }) => {
  const { createVirtualPrinter } = await loadVirtualPrinter();
  const printer = await createVirtualPrinter({ host: '127.0.0.1', port: 0, outDir, decodeImages: false, keepJobs: 10 });
  printer.onJob((j) =>
    process.send({
      type: 'job',
      job: { n: j.n, outcome: j.outcome, receivedBytes: j.receivedBytes, startedAt: j.startedAt, lastByteAt: j.lastByteAt, endedAt: j.endedAt },
    }),
  );
  process.send({ type: 'ready', port: printer.port });
});
