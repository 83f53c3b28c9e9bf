import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import { countCommands, describeCommand } from './describeCommand.js';
import { normalizeFault, statusWithFaults, type Fault, type FaultKind } from './fault.js';
import { nextJobNumber } from './outDir.js';
import { commandLength, parseEscPos } from './parseEscPos.js';
import { renderJob, type RenderedBarcode } from './renderJob.js';
import type { DecodedCode } from './decodeCodes.js';
import { READY, canPrint, statusByte, type PrinterStatus } from './status.js';

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

export interface StatusQueryRecord {
  n: number;
  /** The byte answered, or null when not answered (no-answer fault, unsupported n). */
  answer: number | null;
  /** Epoch milliseconds (sub-millisecond precision). */
  at: number;
}

export type JobOutcome = 'printed' | 'rejected' | 'aborted';

/** One job: the print data one connection carried (status-only connections are not jobs). */
export interface JobRecord {
  /** The number of its files in outDir. */
  n: number;
  outcome: JobOutcome;
  /** Why it was rejected (`paper-out`, `cover-open`, `offline`, `error`) or aborted (`close-mid-job`, `printer-closed`). */
  reason: string | null;
  /** Null unless printed or aborted part-way (what a printer prints of a cut-off job). */
  pngPath: string | null;
  jsonPath: string;
  receivedBytes: number;
  bytes: Uint8Array;
  /** Epoch ms of the first byte, the last byte accepted, and the end of the job (connection end or idle). */
  startedAt: number;
  lastByteAt: number;
  endedAt: number;
  /** Sensor state when the first byte arrived (faults included). */
  status: PrinterStatus;
  statusQueries: StatusQueryRecord[];
  width: number;
  height: number;
  text: string[];
  barcodes: RenderedBarcode[];
  qrCodes: string[];
  decoded: DecodedCode[];
  cuts: number;
  warnings: string[];
  commandCounts: Record<string, number>;
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

const DLE = 0x10;
const EOT = 0x04;
const ESC = 0x1b;

const now = (): number => performance.timeOrigin + performance.now();

/** Starts a virtual ESC/POS printer listening on TCP. */
export async function createVirtualPrinter(options: VirtualPrinterOptions): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const widthDots = options.widthDots ?? 576;
  const idleTimeoutMs = options.idleTimeoutMs ?? 10_000;
  const log = options.log ?? (() => {});
  const outDir = options.outDir;
  let nextN = await nextJobNumber(outDir);
  let baseStatus: PrinterStatus = { ...READY, ...options.status };
  let persistent: Fault[] = [];
  let pendingOnce: Fault[] = [];
  const records: JobRecord[] = [];
  const keepJobs = Math.max(1, options.keepJobs ?? 1000);
  let landed = 0;
  const allQueries: StatusQueryRecord[] = [];
  const listeners = new Set<(job: JobRecord) => void>();
  const sockets = new Set<net.Socket>();
  const writes = new Set<Promise<void>>();
  /** One promise per open connection, settled once its last job is queued for writing. */
  const connections = new Set<Promise<void>>();
  let closed = false;

  const handleConnection = (socket: net.Socket): void => {
    const refuseOnce = pendingOnce.findIndex((f) => f.kind === 'refuse');
    if (refuseOnce >= 0) {
      pendingOnce.splice(refuseOnce, 1);
      log('connection refused (fault)', {});
      socket.resetAndDestroy();
      return;
    }
    const once = pendingOnce;
    pendingOnce = [];
    sockets.add(socket);
    serveConnection(socket, once);
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

  const faultsFor = (once: readonly Fault[]): Fault[] => [...persistent, ...once];

  function serveConnection(socket: net.Socket, once: readonly Fault[]): void {
    let buffer = new Uint8Array(4096);
    let length = 0;
    let scanned = 0;
    let accepted = 0;
    let hasPrintData = false;
    let rejectedFor: string | null = null;
    let startedAt = 0;
    let lastByteAt = 0;
    let statusAtStart: PrinterStatus = baseStatus;
    let queries: StatusQueryRecord[] = [];
    let abortedFor: string | null = null;
    let finished = false;
    let queue: Promise<void> = Promise.resolve();
    let settle: () => void = () => {};
    const done = new Promise<void>((r) => (settle = r));
    connections.add(done);
    void done.then(() => connections.delete(done));

    const faults = (): Fault[] => faultsFor(once);
    const currentStatus = (): PrinterStatus => statusWithFaults(baseStatus, faults());

    const append = (piece: Uint8Array): void => {
      if (piece.length === 0) return;
      if (length === 0) {
        startedAt = now();
        statusAtStart = currentStatus();
      }
      if (length + piece.length > buffer.length) {
        const next = new Uint8Array(Math.max(buffer.length * 2, length + piece.length));
        next.set(buffer.subarray(0, length));
        buffer = next;
      }
      buffer.set(piece, length);
      length += piece.length;
      accepted += piece.length;
      lastByteAt = now();
      scan();
    };

    /** Walks complete commands: answers DLE EOT at once, notes print data. */
    const scan = (): void => {
      for (;;) {
        const len = commandLength(buffer.subarray(0, length), scanned);
        if (len === null) return;
        const b0 = buffer[scanned];
        const b1 = buffer[scanned + 1];
        if (b0 === DLE && b1 === EOT) {
          answerStatus(buffer[scanned + 2] ?? 0);
        } else if (b0 !== DLE && !(b0 === ESC && b1 === 0x40 && len === 2)) {
          hasPrintData = true;
          const s = currentStatus();
          if (!canPrint(s) && rejectedFor === null) rejectedFor = notReadyReason(s);
        }
        scanned += len;
      }
    };

    const answerStatus = (n: number): void => {
      const silent = faults().some((f) => f.kind === 'no-answer');
      const answer = silent ? null : statusByte(n, currentStatus());
      const query = { n, answer, at: now() };
      queries.push(query);
      allQueries.push(query);
      if (allQueries.length > 10_000) allQueries.splice(0, allQueries.length - 10_000);
      if (answer !== null && !socket.destroyed && socket.writable) socket.write(Uint8Array.of(answer));
    };

    const accept = (piece: Uint8Array): void => {
      if (finished || abortedFor) return;
      const cut = faults().find((f) => f.kind === 'close-mid-job');
      if (cut) {
        const limit = cut.afterBytes ?? 64;
        if (accepted + piece.length >= limit) {
          append(piece.subarray(0, Math.max(0, limit - accepted)));
          abortedFor = 'close-mid-job';
          log('closing connection mid-job (fault)', { afterBytes: limit });
          socket.destroy();
          return;
        }
      }
      append(piece);
    };

    const acceptSlowly = async (chunk: Uint8Array, chunkBytes: number, delayMs: number): Promise<void> => {
      for (let i = 0; i < chunk.length && !socket.destroyed; i += chunkBytes) {
        await new Promise((r) => setTimeout(r, delayMs));
        accept(chunk.subarray(i, i + chunkBytes));
      }
    };

    /** Ends the current job (if it carried print data) and starts a fresh one on the same socket. */
    const endJob = (outcome: 'printed' | 'aborted', reason: string | null): void => {
      const bytes = buffer.slice(0, length);
      const job = {
        bytes,
        hasPrintData,
        rejectedFor,
        startedAt,
        lastByteAt,
        endedAt: now(),
        status: statusAtStart,
        queries,
      };
      buffer = new Uint8Array(4096);
      length = 0;
      scanned = 0;
      hasPrintData = false;
      rejectedFor = null;
      queries = [];
      if (!job.hasPrintData) return;
      const outcomeNow: JobOutcome = job.rejectedFor ? 'rejected' : outcome;
      recordJob({ ...job, outcome: outcomeNow, reason: job.rejectedFor ?? reason });
    };

    socket.setTimeout(idleTimeoutMs);
    /** Chunks received but not yet accepted (a slow printer is still reading them). */
    let unread = 0;
    socket.on('timeout', () => {
      queue = queue.then(() => {
        if (!finished && unread === 0 && length > 0) endJob('printed', null);
      });
    });
    socket.on('data', (chunk: Buffer) => {
      unread++;
      const slow = faults().find((f) => f.kind === 'slow');
      if (slow) {
        socket.pause();
        queue = queue
          .then(() => acceptSlowly(chunk, Math.max(1, slow.chunkBytes ?? 1024), slow.delayMs ?? 20))
          .then(() => {
            unread--;
            if (!socket.destroyed) socket.resume();
          });
      } else {
        queue = queue.then(() => {
          unread--;
          accept(chunk);
        });
      }
    });
    socket.on('end', () => {
      queue = queue.then(() => {
        if (finished) return;
        finished = true;
        endJob('printed', null);
        socket.end();
      });
    });
    socket.on('error', (err) => {
      log('connection error', { message: err.message });
    });
    socket.on('close', () => {
      sockets.delete(socket);
      queue = queue.then(() => {
        if (finished) return;
        finished = true;
        endJob(abortedFor ? 'aborted' : closed ? 'aborted' : 'printed', abortedFor ?? (closed ? 'printer-closed' : null));
      }).finally(settle);
    });
  }

  interface PendingJob {
    bytes: Uint8Array;
    outcome: JobOutcome;
    reason: string | null;
    startedAt: number;
    lastByteAt: number;
    endedAt: number;
    status: PrinterStatus;
    queries: StatusQueryRecord[];
  }

  /** Numbers the job now; renders and writes it after pending I/O (status answers) had its turn. */
  function recordJob(job: PendingJob): void {
    const n = nextN++;
    const write = new Promise<void>((r) => setImmediate(r))
      .then(() => renderAndWrite(n, job))
      .catch((err: unknown) => {
        log('could not write job files', { n, message: err instanceof Error ? err.message : String(err) });
      });
    writes.add(write);
    void write.finally(() => writes.delete(write));
  }

  async function renderAndWrite(n: number, job: PendingJob): Promise<void> {
    const commands = parseEscPos(job.bytes);
    const rendered = renderJob(commands, {
      widthDots,
      decodeImages: job.outcome !== 'rejected' && options.decodeImages !== false,
    });
    const pngPath = job.outcome === 'rejected' ? null : join(outDir, `${n}.png`);
    const jsonPath = join(outDir, `${n}.json`);
    const record: JobRecord = {
      n,
      outcome: job.outcome,
      reason: job.reason,
      pngPath,
      jsonPath,
      receivedBytes: job.bytes.length,
      bytes: job.bytes,
      startedAt: job.startedAt,
      lastByteAt: job.lastByteAt,
      endedAt: job.endedAt,
      status: job.status,
      statusQueries: job.queries,
      width: rendered.width,
      height: rendered.height,
      text: rendered.text,
      barcodes: rendered.barcodes,
      qrCodes: rendered.qrCodes,
      decoded: rendered.decoded,
      cuts: rendered.cuts,
      warnings: rendered.warnings,
      commandCounts: countCommands(commands),
    };
    const transcript = {
      job: n,
      outcome: record.outcome,
      reason: record.reason,
      png: pngPath ? `${n}.png` : null,
      receivedBytes: record.receivedBytes,
      startedAt: new Date(record.startedAt).toISOString(),
      lastByteAt: new Date(record.lastByteAt).toISOString(),
      endedAt: new Date(record.endedAt).toISOString(),
      lastByteAtMs: record.lastByteAt,
      status: record.status,
      statusQueries: record.statusQueries,
      width: record.width,
      height: record.height,
      text: record.text,
      barcodes: record.barcodes,
      qrCodes: record.qrCodes,
      decoded: record.decoded,
      cuts: record.cuts,
      warnings: record.warnings,
      commandCounts: record.commandCounts,
      commands: commands.slice(0, 500).map(describeCommand),
    };
    if (pngPath) await writeFile(pngPath, rendered.png);
    await writeFile(jsonPath, `${JSON.stringify(transcript, null, 2)}\n`);
    records.push(record);
    records.sort((a, b) => a.n - b.n);
    if (records.length > keepJobs) records.splice(0, records.length - keepJobs);
    landed++;
    log(`job ${n} ${record.outcome}`, {
      n,
      outcome: record.outcome,
      reason: record.reason,
      png: pngPath,
      bytes: record.receivedBytes,
    });
    for (const l of [...listeners]) l(record);
  }

  let refusing = false;

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
      return [...allQueries];
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
      while (connections.size > 0) await Promise.all([...connections]);
      while (writes.size > 0) await Promise.all([...writes]);
    },
  };
}

function notReadyReason(s: PrinterStatus): string {
  if (s.coverOpen) return 'cover-open';
  if (s.paperOut) return 'paper-out';
  if (s.error) return 'error';
  return 'offline';
}
