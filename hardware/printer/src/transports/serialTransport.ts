import { PrinterError } from '../PrinterError.js';
import type { PrinterStatus } from '../status.js';
import type { PrinterTransport } from '../transport.js';
import { createStreamLink } from './streamLink.js';

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
  const link = createStreamLink<SerialPortLike>(async () => {
    let p: SerialPortLike;
    try {
      p = await (options.createPort ?? defaultPort)({ path: options.path, baudRate: options.baudRate });
    } catch (e) {
      throw new PrinterError('CONNECT_FAILED', `${options.path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    await new Promise<void>((resolve, reject) =>
      p.open((err) => (err ? reject(new PrinterError('CONNECT_FAILED', `${options.path}: ${err.message}`, { cause: err })) : resolve())),
    );
    p.on('data', (chunk) => link.received(chunk));
    p.on('error', (err) => link.lost(err.message, err));
    p.on('close', (err) => link.lost(err ? err.message : 'port closed', err));
    return p;
  });

  const write = async (bytes: Uint8Array, timeoutMs: number): Promise<void> => {
    const p = await link.ready();
    // The write callback fires once the binding has taken the bytes (a stream-level drain
    // alone would not wait for data still queued in the stream); then tcdrain.
    await link.settle(timeoutMs, `${bytes.length} bytes not sent within ${timeoutMs} ms`, (done) =>
      p.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (err) => {
        if (err) done(err);
        else p.drain((e) => done(e));
      }),
    );
  };

  return {
    send: (bytes) => write(bytes, sendTimeoutMs),
    queryStatus: async (timeoutMs): Promise<PrinterStatus> => {
      await link.ready();
      return link.queryStatus(timeoutMs, write);
    },
    close: () => link.close((p) => (p.isOpen ? new Promise<void>((resolve) => p.close(() => resolve())) : Promise.resolve())),
  };
}
