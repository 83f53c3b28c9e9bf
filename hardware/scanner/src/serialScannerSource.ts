import { createLineFramer } from './lineFramer.js';
import { ScannerError, type ScannerSource } from './ScannerSource.js';

/** The part of a `serialport` stream this source uses (SerialPort and SerialPortMock fit). */
export interface SerialPortLike {
  open(callback: (err: Error | null) => void): void;
  close(callback: (err: Error | null) => void): void;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'close', listener: (err?: Error | null) => void): unknown;
  readonly isOpen: boolean;
}

export interface SerialScannerOptions {
  path: string;
  /** Scanners default to 9600 8N1. */
  baudRate?: number;
  maxLength?: number;
  /** Creates the (unopened) port: `serialport`'s `SerialPort` by default; tests pass `SerialPortMock`. */
  createPort?: (options: { path: string; baudRate: number }) => SerialPortLike | Promise<SerialPortLike>;
}

async function defaultPort(options: { path: string; baudRate: number }): Promise<SerialPortLike> {
  const { SerialPort } = await import('serialport');
  return new SerialPort({ ...options, autoOpen: false });
}

/** A scanner in serial mode (RS-232 or USB CDC-ACM), one code per CR/LF-terminated line. */
export function createSerialScannerSource(options: SerialScannerOptions): ScannerSource {
  const id = `serial:${options.path}`;
  const baudRate = options.baudRate ?? 9600;
  let port: SerialPortLike | null = null;
  let stopping = false;
  return {
    id,
    kind: 'serial',
    async start(onRead, onError) {
      stopping = false;
      let p: SerialPortLike;
      try {
        p = await (options.createPort ?? defaultPort)({ path: options.path, baudRate });
      } catch (e) {
        throw new ScannerError('OPEN_FAILED', `${id}: ${(e as Error).message}`, { cause: e });
      }
      await new Promise<void>((resolve, reject) =>
        p.open((err) => {
          if (!err) return resolve();
          const notFound = /no such file|not found|ENOENT|does not exist/i.test(err.message);
          reject(new ScannerError(notFound ? 'NOT_FOUND' : 'OPEN_FAILED', `${id}: ${err.message}`, { cause: err }));
        }),
      );
      port = p;
      const framer = createLineFramer(options.maxLength === undefined ? {} : { maxLength: options.maxLength });
      p.on('data', (chunk) => {
        for (const line of framer.push(chunk)) {
          const code = line.trim();
          if (code) onRead({ code, symbology: null, source: id });
        }
      });
      p.on('error', (err) => onError(new ScannerError('READ_FAILED', `${id}: ${err.message}`, { cause: err })));
      p.on('close', (err) => {
        if (!stopping) onError(new ScannerError('DISCONNECTED', `${id}: ${err ? err.message : 'port closed'}`, { cause: err }));
      });
    },
    async stop() {
      stopping = true;
      const p = port;
      port = null;
      if (p?.isOpen) await new Promise<void>((r) => p.close(() => r()));
    },
  };
}
