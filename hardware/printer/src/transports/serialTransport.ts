import { PrinterError } from '../PrinterError.js';
import type { PrinterStatus } from '../status.js';
import type { PrinterTransport } from '../transport.js';
import { ByteInbox } from './ByteInbox.js';
import { queryStatusWith } from './queryStatusWith.js';

/** The part of a `serialport` stream this transport uses (SerialPort and SerialPortMock fit). */
export interface SerialPortLike {
  open(callback: (err: Error | null) => void): void;
  write(data: Buffer, callback?: (err: Error | null | undefined) => void): boolean;
  drain(callback: (err: Error | null) => void): void;
  close(callback: (err: Error | null) => void): void;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'close', listener: (err?: Error | null) => void): unknown;
  readonly isOpen: boolean;
}

export interface SerialTransportOptions {
  path: string;
  baudRate: number;
  sendTimeoutMs?: number;
  /** Creates the (unopened) port; `serialport`'s `SerialPort` by default, tests pass `SerialPortMock`. */
  createPort?: (options: { path: string; baudRate: number }) => SerialPortLike | Promise<SerialPortLike>;
}

async function defaultPort(options: { path: string; baudRate: number }): Promise<SerialPortLike> {
  const { SerialPort } = await import('serialport');
  return new SerialPort({ ...options, autoOpen: false });
}

/** A serial printer (≥ 115200 baud for raster); the port is opened on first use. */
export function createSerialTransport(options: SerialTransportOptions): PrinterTransport {
  const sendTimeoutMs = options.sendTimeoutMs ?? 60_000;
  const inbox = new ByteInbox();
  const pending = new Set<(e: PrinterError) => void>();
  let port: Promise<SerialPortLike> | null = null;
  let lost: PrinterError | null = null;
  let closing = false;

  const markLost = (detail: string, cause?: unknown): void => {
    if (closing || lost) return;
    lost = new PrinterError('CONNECTION_LOST', detail, { cause });
    inbox.fail(lost);
    for (const reject of pending) reject(lost);
    pending.clear();
  };

  const openPort = async (): Promise<SerialPortLike> => {
    let p: SerialPortLike;
    try {
      p = await (options.createPort ?? defaultPort)({ path: options.path, baudRate: options.baudRate });
    } catch (e) {
      throw new PrinterError('CONNECT_FAILED', `${options.path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    await new Promise<void>((resolve, reject) =>
      p.open((err) => (err ? reject(new PrinterError('CONNECT_FAILED', `${options.path}: ${err.message}`, { cause: err })) : resolve())),
    );
    p.on('data', (chunk) => inbox.push(chunk));
    p.on('error', (err) => markLost(err.message, err));
    p.on('close', (err) => markLost(err ? err.message : 'port closed', err));
    return p;
  };

  const ready = async (): Promise<SerialPortLike> => {
    if (closing) throw new PrinterError('CONNECTION_LOST', 'transport closed');
    port ??= openPort();
    const p = await port;
    if (lost) throw lost;
    return p;
  };

  const write = async (bytes: Uint8Array, timeoutMs: number): Promise<void> => {
    const p = await ready();
    await new Promise<void>((resolve, reject) => {
      const settle = (e?: PrinterError): void => {
        clearTimeout(timer);
        pending.delete(settle);
        if (e) reject(e);
        else resolve();
      };
      const timer = setTimeout(() => settle(new PrinterError('TIMEOUT', `${bytes.length} bytes not sent within ${timeoutMs} ms`)), timeoutMs);
      pending.add(settle);
      const failed = (err: Error): PrinterError => lost ?? new PrinterError('CONNECTION_LOST', err.message, { cause: err });
      // The write callback fires once the binding has taken the bytes (a stream-level drain
      // alone would not wait for data still queued in the stream); then tcdrain.
      p.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (err) => {
        if (err) settle(failed(err));
        else p.drain((e) => settle(e ? failed(e) : undefined));
      });
    });
  };

  return {
    send: (bytes) => write(bytes, sendTimeoutMs),
    queryStatus: async (timeoutMs): Promise<PrinterStatus> => {
      await ready();
      return queryStatusWith(
        { discard: () => inbox.clear(), write: (b, t) => write(b, t), readByte: (t) => inbox.next(t) },
        timeoutMs,
      );
    },
    close: async () => {
      if (closing) return;
      closing = true;
      const p = await port?.catch(() => null);
      if (!p?.isOpen) return;
      await new Promise<void>((resolve) => p.close(() => resolve()));
    },
  };
}
