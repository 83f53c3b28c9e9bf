import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { PrinterError } from '../PrinterError.js';
import { UNKNOWN_STATUS, type PrinterStatus } from '../status.js';
import type { PrinterTransport } from '../transport.js';
import { queryStatusWith } from './queryStatusWith.js';

export interface UsbFileTransportOptions {
  /** A Linux USB printer device, e.g. `/dev/usb/lp0` (the user needs group `lp`). */
  path: string;
  sendTimeoutMs?: number;
  /** How often a busy device (EAGAIN) or a pending status answer is polled. */
  pollMs?: number;
}

const CHUNK = 16 * 1024;

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException | null)?.code ?? String(e);

/**
 * A printer device file written with plain `fs`, non-blocking. Status answers are read back
 * from the same descriptor when the device answers; otherwise the status is unknown.
 */
export function createUsbFileTransport(options: UsbFileTransportOptions): PrinterTransport {
  const sendTimeoutMs = options.sendTimeoutMs ?? 60_000;
  const pollMs = options.pollMs ?? 10;
  let handle: Promise<{ fh: FileHandle; readable: boolean }> | null = null;
  let closed = false;

  const openDevice = async (): Promise<{ fh: FileHandle; readable: boolean }> => {
    try {
      return { fh: await open(options.path, constants.O_RDWR | constants.O_NONBLOCK), readable: true };
    } catch (e) {
      if (codeOf(e) !== 'EACCES' && codeOf(e) !== 'EPERM' && codeOf(e) !== 'EROFS') {
        throw new PrinterError('CONNECT_FAILED', `${options.path}: ${codeOf(e)}`, { cause: e });
      }
    }
    try {
      return { fh: await open(options.path, constants.O_WRONLY | constants.O_NONBLOCK), readable: false };
    } catch (e) {
      throw new PrinterError('CONNECT_FAILED', `${options.path}: ${codeOf(e)}`, { cause: e });
    }
  };

  const ready = (): Promise<{ fh: FileHandle; readable: boolean }> => {
    if (closed) return Promise.reject(new PrinterError('CONNECTION_LOST', 'transport closed'));
    handle ??= openDevice();
    return handle;
  };

  const writeAll = async (bytes: Uint8Array, timeoutMs: number): Promise<void> => {
    const { fh } = await ready();
    const deadline = Date.now() + timeoutMs;
    let offset = 0;
    while (offset < bytes.length) {
      try {
        const { bytesWritten } = await fh.write(bytes, offset, Math.min(CHUNK, bytes.length - offset), null);
        offset += bytesWritten;
        if (bytesWritten > 0) continue;
      } catch (e) {
        if (codeOf(e) !== 'EAGAIN') {
          throw new PrinterError('CONNECTION_LOST', `${options.path}: ${codeOf(e)}`, { cause: e });
        }
      }
      if (Date.now() > deadline) throw new PrinterError('TIMEOUT', `${options.path}: ${bytes.length - offset} bytes not accepted`);
      await sleep(pollMs);
    }
  };

  /** One byte if the device has one now; null otherwise. */
  const readNow = async (fh: FileHandle): Promise<number | null> => {
    try {
      const buf = new Uint8Array(1);
      const { bytesRead } = await fh.read(buf, 0, 1, null);
      return bytesRead === 1 ? (buf[0] ?? null) : null;
    } catch (e) {
      if (codeOf(e) === 'ENODEV') throw new PrinterError('CONNECTION_LOST', `${options.path}: ENODEV`, { cause: e });
      return null;
    }
  };

  return {
    send: (bytes) => writeAll(bytes, sendTimeoutMs),
    queryStatus: async (timeoutMs): Promise<PrinterStatus> => {
      const { fh, readable } = await ready();
      if (!readable) return UNKNOWN_STATUS;
      return queryStatusWith(
        {
          discard: async () => {
            for (let i = 0; i < 64 && (await readNow(fh)) !== null; i++);
          },
          write: (b, t) => writeAll(b, t),
          readByte: async (t) => {
            const deadline = Date.now() + t;
            for (;;) {
              const b = await readNow(fh);
              if (b !== null || Date.now() >= deadline) return b;
              await sleep(pollMs);
            }
          },
        },
        timeoutMs,
      );
    },
    close: async () => {
      if (closed) return;
      closed = true;
      const h = await handle?.catch(() => null);
      await h?.fh.close().catch(() => undefined);
    },
  };
}
