import { PrinterError } from '../PrinterError.js';
import type { PrinterStatus } from '../status.js';
import { ByteInbox } from './ByteInbox.js';
import { queryStatusWith } from './queryStatusWith.js';

/**
 * What the TCP and serial transports share: a link (socket, port) opened on first use, the
 * bytes the printer sends back, writes that settle exactly once — done, timed out, or the link
 * lost — and the DLE EOT status query over them. The transports keep only how to open, write
 * to and shut their own kind of link.
 */
export interface StreamLink<T> {
  /** The open link; opens it on first use; rejects once it is lost or closed. */
  ready(): Promise<T>;
  /** For the opener: bytes the printer sent. */
  received(chunk: Buffer): void;
  /** For the opener: the link broke; every write in flight and every later use fails with it. */
  lost(detail: string, cause?: unknown): void;
  /**
   * Runs `start` (which writes and calls `done` once the bytes are taken) and settles when
   * `done` is called, after `timeoutMs` (TIMEOUT, `onTimeout` then runs), or when the link is lost.
   */
  settle(timeoutMs: number, timeoutDetail: string, start: (done: (err?: Error | null) => void) => void, onTimeout?: () => void): Promise<void>;
  queryStatus(timeoutMs: number, write: (bytes: Uint8Array, timeoutMs: number) => Promise<void>): Promise<PrinterStatus>;
  /** Closes once; `shut` runs only if the link was opened. */
  close(shut: (link: T) => Promise<void>): Promise<void>;
}

export function createStreamLink<T>(open: () => Promise<T>): StreamLink<T> {
  const inbox = new ByteInbox();
  const inFlight = new Set<(e: PrinterError) => void>();
  let link: Promise<T> | null = null;
  let lostWith: PrinterError | null = null;
  let closing = false;

  return {
    async ready() {
      if (closing) throw new PrinterError('CONNECTION_LOST', 'transport closed');
      link ??= open();
      const l = await link;
      if (lostWith) throw lostWith;
      return l;
    },
    received: (chunk) => inbox.push(chunk),
    lost(detail, cause) {
      if (closing || lostWith) return;
      lostWith = new PrinterError('CONNECTION_LOST', detail, { cause });
      inbox.fail(lostWith);
      for (const reject of inFlight) reject(lostWith);
      inFlight.clear();
    },
    settle: (timeoutMs, timeoutDetail, start, onTimeout) =>
      new Promise<void>((resolve, reject) => {
        const finish = (e?: PrinterError): void => {
          clearTimeout(timer);
          inFlight.delete(finish);
          if (e) reject(e);
          else resolve();
        };
        const timer = setTimeout(() => {
          finish(new PrinterError('TIMEOUT', timeoutDetail));
          onTimeout?.();
        }, timeoutMs);
        inFlight.add(finish);
        start((err) => finish(err ? (lostWith ?? new PrinterError('CONNECTION_LOST', err.message, { cause: err })) : undefined));
      }),
    queryStatus: (timeoutMs, write) =>
      queryStatusWith({ discard: () => inbox.clear(), write, readByte: (t) => inbox.next(t) }, timeoutMs),
    async close(shut) {
      if (closing) return;
      closing = true;
      const l = await link?.catch(() => null);
      if (l) await shut(l);
    },
  };
}
