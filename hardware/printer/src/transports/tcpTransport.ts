import { connect, type Socket } from 'node:net';
import { PrinterError } from '../PrinterError.js';
import type { PrinterStatus } from '../status.js';
import type { PrinterTransport } from '../transport.js';
import { createStreamLink } from './streamLink.js';

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
  const link = createStreamLink<Socket>(
    () =>
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
          s.on('data', (chunk: Buffer) => link.received(chunk));
          s.on('error', (e: NodeJS.ErrnoException) => link.lost(e.code ?? e.message, e));
          s.on('end', () => link.lost('the printer closed the connection'));
          s.on('close', () => link.lost('connection closed'));
          resolve(s);
        });
      }),
  );

  /** Resolves when the bytes are handed to the kernel; on timeout the socket is dropped (`abort`) or left alone. */
  const write = async (bytes: Uint8Array, timeoutMs: number, abort: boolean): Promise<void> => {
    const s = await link.ready();
    await link.settle(
      timeoutMs,
      `${bytes.length} bytes not accepted within ${timeoutMs} ms`,
      (done) => s.write(bytes, (err) => done(err)),
      abort ? () => s.destroy() : undefined,
    );
  };

  return {
    send: (bytes) => write(bytes, sendTimeoutMs, true),
    queryStatus: async (timeoutMs): Promise<PrinterStatus> => {
      await link.ready();
      return link.queryStatus(timeoutMs, (b, t) => write(b, t, false));
    },
    close: () =>
      link.close(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.destroyed) return resolve();
            const timer = setTimeout(() => {
              s.destroy();
              resolve();
            }, 2000);
            s.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            s.end();
          }),
      ),
  };
}
