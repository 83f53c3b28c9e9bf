import net from 'node:net';
import { normalizeFault, statusWithFaults, type Fault, type FaultKind } from './fault.js';
import type { JobRecord, ReceivedJob, StatusQueryRecord } from './jobRecord.js';
import { nextJobNumber } from './outDir.js';
import { printJob } from './printJob.js';
import { serveConnection } from './serveConnection.js';
import { READY, type PrinterStatus } from './status.js';

export interface VirtualPrinterOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 9100; 0 picks a free port (tests). */
  port?: number;
  /** Where `<n>.png` and `<n>.json` land; created if missing; numbering continues after existing files. */
  outDir: string;
  /** Paper width in dots: 576 (default) or 512. */
  widthDots?: number;
  /** Initial sensor state (default: ready). */
  status?: Partial<PrinterStatus>;
  /** A connection silent this long ends the job it carries (default 10 s); the socket stays open. */
  idleTimeoutMs?: number;
  /** Look for barcodes/QR inside raster images (default true). */
  decodeImages?: boolean;
  /** How many job records `jobs()` keeps in memory (default 1000; files are never removed). */
  keepJobs?: number;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

export interface VirtualPrinter {
  /** The port actually listened on. */
  readonly port: number;
  readonly address: string;
  readonly outDir: string;
  /** Changes the configured sensor state (merged into the current one). */
  setStatus(status: Partial<PrinterStatus>): void;
  /** The status it would answer now to a new connection (configured state plus persistent faults). */
  status(): PrinterStatus;
  injectFault(fault: Fault | FaultKind): void;
  /** Removes every fault (and listens again after a persistent `refuse`). */
  clearFaults(): Promise<void>;
  /** Every DLE EOT this instance saw, oldest first, including on connections that carried no job. */
  statusQueries(): StatusQueryRecord[];
  /** Jobs of this instance, oldest first (the last `keepJobs` of them). */
  jobs(): JobRecord[];
  /** Resolves once at least `count` jobs have landed since start (files written); rejects after `timeoutMs`. */
  waitForJobs(count: number, timeoutMs?: number): Promise<JobRecord[]>;
  /** Calls `listener` for every job that lands; returns the unsubscribe function. */
  onJob(listener: (job: JobRecord) => void): () => void;
  /** Stops listening, drops open connections (their jobs are recorded as aborted) and waits for files. */
  close(): Promise<void>;
}

const MAX_QUERIES = 10_000;

/** Starts a virtual ESC/POS printer listening on TCP. */
export async function createVirtualPrinter(options: VirtualPrinterOptions): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const widthDots = options.widthDots ?? 576;
  const keepJobs = Math.max(1, options.keepJobs ?? 1000);
  const log = options.log ?? (() => {});
  const outDir = options.outDir;
  let nextN = await nextJobNumber(outDir);
  let baseStatus: PrinterStatus = { ...READY, ...options.status };
  let persistent: Fault[] = [];
  let pendingOnce: Fault[] = [];
  const records: JobRecord[] = [];
  let landed = 0;
  const queries: StatusQueryRecord[] = [];
  const listeners = new Set<(job: JobRecord) => void>();
  const sockets = new Set<net.Socket>();
  /** Open connections (settled once their last job is handed over) and job files being written. */
  const pending = new Set<Promise<void>>();
  let closed = false;
  let refusing = false;

  const track = (work: Promise<void>): void => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };

  /** Numbers the job now; renders and writes it once pending I/O (status answers) had its turn. */
  const recordJob = (job: ReceivedJob): void => {
    const n = nextN++;
    const work = new Promise<void>((r) => setImmediate(r))
      .then(() => printJob(n, job, { outDir, widthDots, decodeImages: options.decodeImages !== false }))
      .then((record) => {
        records.push(record);
        records.sort((a, b) => a.n - b.n);
        if (records.length > keepJobs) records.splice(0, records.length - keepJobs);
        landed++;
        log(`job ${n} ${record.outcome}`, { n, outcome: record.outcome, reason: record.reason, png: record.pngPath });
        for (const l of [...listeners]) l(record);
      })
      .catch((err: unknown) => {
        log('could not write job files', { n, message: err instanceof Error ? err.message : String(err) });
      });
    track(work);
  };

  const handleConnection = (socket: net.Socket): void => {
    const refuseOnce = pendingOnce.findIndex((f) => f.kind === 'refuse');
    if (refuseOnce >= 0) {
      pendingOnce.splice(refuseOnce, 1);
      log('connection reset (refuse fault)', {});
      socket.resetAndDestroy();
      return;
    }
    const once = pendingOnce;
    pendingOnce = [];
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    track(
      serveConnection(socket, {
        faults: () => [...persistent, ...once],
        baseStatus: () => baseStatus,
        idleTimeoutMs: options.idleTimeoutMs ?? 10_000,
        closing: () => closed,
        onQuery: (query) => {
          queries.push(query);
          if (queries.length > MAX_QUERIES) queries.splice(0, queries.length - MAX_QUERIES);
        },
        onJob: recordJob,
        log,
      }),
    );
  };

  let server = net.createServer({ allowHalfOpen: true }, handleConnection);
  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const port = await listen(options.port ?? 9100);
  log('virtual printer listening', { host, port, outDir, widthDots });

  return {
    port,
    address: host,
    outDir,
    setStatus(status) {
      baseStatus = { ...baseStatus, ...status };
    },
    status() {
      return statusWithFaults(baseStatus, persistent);
    },
    injectFault(input) {
      const fault = normalizeFault(input);
      if (fault.once) {
        pendingOnce.push(fault);
        return;
      }
      persistent.push(fault);
      if (fault.kind === 'refuse' && !refusing) {
        refusing = true;
        server.close();
      }
    },
    async clearFaults() {
      persistent = [];
      pendingOnce = [];
      if (refusing && !closed) {
        refusing = false;
        server = net.createServer({ allowHalfOpen: true }, handleConnection);
        await listen(port);
      }
    },
    statusQueries() {
      return [...queries];
    },
    jobs() {
      return [...records];
    },
    waitForJobs(count, timeoutMs = 10_000) {
      if (landed >= count) return Promise.resolve([...records]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`virtual printer: waited ${timeoutMs} ms for ${count} job(s), got ${landed}`));
        }, timeoutMs);
        const check = (): void => {
          if (landed < count) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve([...records]);
        };
        listeners.add(check);
      });
    },
    onJob(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      const stopped = refusing ? Promise.resolve() : new Promise<void>((r) => server.close(() => r()));
      for (const s of sockets) s.destroy();
      await stopped;
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
