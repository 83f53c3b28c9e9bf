import type net from 'node:net';
import type { Fault } from './fault.js';
import { statusWithFaults } from './fault.js';
import type { ReceivedJob, StatusQueryRecord } from './jobRecord.js';
import { commandLength } from './parseEscPos.js';
import { canPrint, statusByte, type PrinterStatus } from './status.js';

/** What a connection needs from the printer that accepted it. */
export interface ConnectionEnv {
  /** Faults in force right now (persistent ones plus this connection's `once` faults). */
  faults(): Fault[];
  /** The configured sensor state right now. */
  baseStatus(): PrinterStatus;
  idleTimeoutMs: number;
  /** True once the printer is shutting down. */
  closing(): boolean;
  onQuery(query: StatusQueryRecord): void;
  onJob(job: ReceivedJob): void;
  log(message: string, details?: Record<string, unknown>): void;
}

const DLE = 0x10;
const EOT = 0x04;
const ESC = 0x1b;

export const now = (): number => performance.timeOrigin + performance.now();

/**
 * Serves one TCP connection as a printer would: accepts bytes (or refuses to, per the
 * faults), answers DLE EOT the moment a complete query arrives, and hands each job over
 * when the client ends the connection, it drops, or it stays idle. Resolves once the
 * socket is closed and its last job was handed over.
 */
export function serveConnection(socket: net.Socket, env: ConnectionEnv): Promise<void> {
  let buffer = new Uint8Array(4096);
  let length = 0;
  let scanned = 0;
  let accepted = 0;
  let hasPrintData = false;
  let rejectedFor: string | null = null;
  let startedAt = 0;
  let lastByteAt = 0;
  let lastDataAt = 0;
  let statusAtStart: PrinterStatus = env.baseStatus();
  let queries: StatusQueryRecord[] = [];
  let abortedFor: string | null = null;
  let finished = false;
  let queue: Promise<void> = Promise.resolve();
  /** Chunks received but not yet accepted (a slow printer is still reading them). */
  let unread = 0;

  const currentStatus = (): PrinterStatus => statusWithFaults(env.baseStatus(), env.faults());

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
        lastDataAt = lastByteAt;
        const s = currentStatus();
        if (!canPrint(s) && rejectedFor === null) rejectedFor = notReadyReason(s);
      }
      scanned += len;
    }
  };

  const answerStatus = (n: number): void => {
    const silent = env.faults().some((f) => f.kind === 'no-answer');
    const answer = silent ? null : statusByte(n, currentStatus());
    const query = { n, answer, at: now() };
    queries.push(query);
    env.onQuery(query);
    if (answer !== null && !socket.destroyed && socket.writable) socket.write(Uint8Array.of(answer));
  };

  const accept = (piece: Uint8Array): void => {
    if (finished || abortedFor) return;
    const cut = env.faults().find((f) => f.kind === 'close-mid-job');
    if (cut) {
      const limit = cut.afterBytes ?? 64;
      if (accepted + piece.length >= limit) {
        append(piece.subarray(0, Math.max(0, limit - accepted)));
        abortedFor = 'close-mid-job';
        env.log('closing connection mid-job (fault)', { afterBytes: limit });
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
    const job: ReceivedJob = {
      bytes: buffer.slice(0, length),
      outcome: rejectedFor ? 'rejected' : outcome,
      reason: rejectedFor ?? reason,
      startedAt,
      lastByteAt,
      lastDataAt,
      endedAt: now(),
      status: statusAtStart,
      statusQueries: queries,
    };
    const isJob = hasPrintData;
    buffer = new Uint8Array(4096);
    length = 0;
    scanned = 0;
    hasPrintData = false;
    rejectedFor = null;
    queries = [];
    if (isJob) env.onJob(job);
  };

  socket.setTimeout(env.idleTimeoutMs);
  socket.on('timeout', () => {
    queue = queue.then(() => {
      if (!finished && unread === 0 && length > 0) endJob('printed', null);
    });
  });
  socket.on('data', (chunk: Buffer) => {
    unread++;
    const slow = env.faults().find((f) => f.kind === 'slow');
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
    env.log('connection error', { message: err.message });
  });
  return new Promise((resolve) => {
    socket.on('close', () => {
      queue = queue
        .then(() => {
          if (finished) return;
          finished = true;
          const reason = abortedFor ?? (env.closing() ? 'printer-closed' : null);
          endJob(reason ? 'aborted' : 'printed', reason);
        })
        .finally(resolve);
    });
  });
}

function notReadyReason(s: PrinterStatus): string {
  if (s.coverOpen) return 'cover-open';
  if (s.paperOut) return 'paper-out';
  if (s.error) return 'error';
  return 'offline';
}
