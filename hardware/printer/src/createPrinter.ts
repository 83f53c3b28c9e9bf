import { transportFactory, type TransportFactory } from './createTransport.js';
import type { PrintDocument } from './document.js';
import { encodeDocument } from './encodeDocument.js';
import type { PrinterProfile } from './profile.js';
import { createPrintQueue, type PrinterOptions, type PrinterQueue } from './printQueue.js';

/** A printer: raw bytes, or a document encoded for it. */
export type Printer = PrinterQueue<Uint8Array | PrintDocument>;

/** A printer with its own queue. The default transport factory follows `profile.transport`. */
export function createPrinter(profile: PrinterProfile, factory: TransportFactory = transportFactory(), options: PrinterOptions = {}): Printer {
  return createPrintQueue(profile, factory, options, (job: Uint8Array | PrintDocument) =>
    job instanceof Uint8Array ? job : encodeDocument(job, profile),
  );
}
