import type { PrinterProfile } from './profile.js';
import { PrinterError } from './PrinterError.js';
import type { PrinterTransport } from './transport.js';
import { createSerialTransport } from './transports/serialTransport.js';
import { createTcpTransport } from './transports/tcpTransport.js';
import { createUsbFileTransport } from './transports/usbFileTransport.js';

/** Makes a fresh transport for one job. */
export type TransportFactory = (profile: PrinterProfile) => PrinterTransport;

export interface TransportFactoryOptions {
  /** Where the virtual printer listens, for profiles with `transport.kind: 'virtual'`. */
  virtual?: { host: string; port: number };
}

/** The transport a profile names: TCP, USB device file, serial, or the virtual printer (TCP). */
export function transportFactory(options: TransportFactoryOptions = {}): TransportFactory {
  return (profile) => {
    const t = profile.transport;
    const timeouts = { connectTimeoutMs: profile.connectTimeoutMs, sendTimeoutMs: profile.sendTimeoutMs };
    switch (t.kind) {
      case 'tcp':
        return createTcpTransport({ host: t.host, port: t.port, ...timeouts });
      case 'usb-file':
        return createUsbFileTransport({ path: t.path, sendTimeoutMs: profile.sendTimeoutMs });
      case 'serial':
        return createSerialTransport({ path: t.path, baudRate: t.baudRate, sendTimeoutMs: profile.sendTimeoutMs });
      case 'virtual': {
        const v = options.virtual;
        if (!v) throw new PrinterError('CONNECT_FAILED', `printer ${profile.id}: virtual printer address not configured`);
        return createTcpTransport({ host: v.host, port: v.port, ...timeouts });
      }
    }
  };
}
