import { connect, type Socket } from 'node:net';
import { PrinterError } from '../PrinterError.js';
import type { PrinterStatus } from '../status.js';
import type { PrinterTransport } from '../transport.js';
import { ByteInbox } from './ByteInbox.js';
import { queryStatusWith } from './queryStatusWith.js';

export interface TcpTransportOptions {
  host: string;
  port: number;
  connectTimeoutMs?: number;
  sendTimeoutMs?: number;
}

/** A raw TCP (port 9100) printer connection, opened on first use: one job per connection. */
export function createTcpTransport(options: TcpTransportOptions): PrinterTransport {
  const connectTimeoutMs = options.connectTimeoutMs ?? 3000;
  const sendTimeoutMs = options.sendTimeoutMs ?? 60_000;
  const inbox = new ByteInbox();
  const pending = new Set<(e: PrinterError) => void>();
  let socket: Promise<Socket> | null = null;
  let lost: PrinterError | null = null;
  let closing = false;

  const markLost = (detail: string, cause?: unknown): void => {
    if (closing || lost) return;
    lost = new PrinterError('CONNECTION_LOST', detail, { cause });
    inbox.fail(lost);
    for (const reject of pending) reject(lost);
    pending.clear();
  };

  const open = (): Promise<Socket> =>
    new Promise((resolve, reject) => {
      const s = connect({ host: options.host, port: options.port });
      const timer = setTimeout(() => {
        s.destroy();
        reject(new PrinterError('CONNECT_FAILED', `${options.host}:${options.port}: no connection after ${connectTimeoutMs} ms`));
      }, connectTimeoutMs);
      s.once('error', (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(new PrinterError('CONNECT_FAILED', `${options.host}:${options.port}: ${e.code ?? e.message}`, { cause: e }));
      });
      s.once('connect', () => {
        clearTimeout(timer);
        s.removeAllListeners('error');
        s.setNoDelay(true);
        s.on('data', (chunk: Buffer) => inbox.push(chunk));
        s.on('error', (e: NodeJS.ErrnoException) => markLost(e.code ?? e.message, e));
        s.on('end', () => markLost('the printer closed the connection'));
        s.on('close', () => markLost('connection closed'));
        resolve(s);
      });
    });

  const ready = async (): Promise<Socket> => {
    if (closing) throw new PrinterError('CONNECTION_LOST', 'transport closed');
    socket ??= open();
    const s = await socket;
    if (lost) throw lost;
    return s;
  };

  /** Resolves when the bytes are handed to the kernel; on timeout the socket is dropped (`abort`) or left alone. */
  const write = async (bytes: Uint8Array, timeoutMs: number, abort: boolean): Promise<void> => {
    const s = await ready();
    await new Promise<void>((resolve, reject) => {
      const settle = (e?: PrinterError): void => {
        clearTimeout(timer);
        pending.delete(settle);
        if (e) reject(e);
        else resolve();
      };
      const timer = setTimeout(() => {
        settle(new PrinterError('TIMEOUT', `${bytes.length} bytes not accepted within ${timeoutMs} ms`));
        if (abort) s.destroy();
      }, timeoutMs);
      pending.add(settle);
      s.write(bytes, (err) => settle(err ? (lost ?? new PrinterError('CONNECTION_LOST', err.message, { cause: err })) : undefined));
    });
  };

  return {
    send: (bytes) => write(bytes, sendTimeoutMs, true),
    queryStatus: async (timeoutMs): Promise<PrinterStatus> => {
      await ready();
      return queryStatusWith(
        { discard: () => inbox.clear(), write: (b, t) => write(b, t, false), readByte: (t) => inbox.next(t) },
        timeoutMs,
      );
    },
    close: async () => {
      if (closing) return;
      closing = true;
      const s = await socket?.catch(() => null);
      if (!s || s.destroyed) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          s.destroy();
          resolve();
        }, 2000);
        s.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        s.end();
      });
    },
  };
}
