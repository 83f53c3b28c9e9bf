import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVirtualPrinter } from '@motcua/virtual-printer';
import { createTcpTransport, type StatusRequest } from '../../src/index.js';
import { EscPosStream } from './escposStream.js';
import { closedPort } from './fakeTcpPrinter.js';
import type { ContractDevice } from './transportContract.js';

/** The project's virtual printer (hardware/virtual-printer) over real TCP. */
export async function virtualPrinterDevice(): Promise<ContractDevice> {
  const outDir = mkdtempSync(join(tmpdir(), 'motcua-vp-'));
  const printer = await createVirtualPrinter({ host: '127.0.0.1', port: 0, outDir, decodeImages: false });
  const refused = await closedPort();
  let seenJobs = 0;
  const fresh = () => printer.jobs().slice(seenJobs);
  const tcp = () => createTcpTransport({ host: '127.0.0.1', port: printer.port, connectTimeoutMs: 5000 });
  return {
    transport: tcp,
    unreachable: () => createTcpTransport({ host: '127.0.0.1', port: refused, connectTimeoutMs: 5000 }),
    breaking: () => {
      printer.injectFault({ kind: 'close-mid-job', afterBytes: 64 * 1024, once: true });
      return tcp();
    },
    stalled: () => {
      printer.injectFault({ kind: 'slow', chunkBytes: 1, delayMs: 1000, once: true });
      return createTcpTransport({ host: '127.0.0.1', port: printer.port, connectTimeoutMs: 5000, sendTimeoutMs: 500 });
    },
    setStatus: async (s) => {
      await printer.clearFaults();
      if (s === 'no-answer') {
        printer.injectFault('no-answer');
        return;
      }
      printer.setStatus({
        online: !(s.offline ?? false),
        coverOpen: s.coverOpen ?? false,
        paperOut: s.paperOut ?? false,
        paperNearEnd: s.paperNearEnd ?? false,
        error: s.error ?? false,
      });
    },
    received: () => {
      const stream = new EscPosStream(() => undefined, () => 'no-answer');
      for (const job of fresh()) stream.push(job.bytes);
      stream.end();
      return Uint8Array.from(stream.job);
    },
    questions: () => fresh().flatMap((j) => j.statusQueries.map((q) => q.n as StatusRequest)),
    seesStatusOnlyConnections: false,
    reset: () => {
      seenJobs = printer.jobs().length;
    },
    close: async () => {
      await printer.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
