import type { PrinterStatus } from './status.js';

/**
 * The port every printer connection implements: a TCP socket, a USB printer device file, a
 * serial line. One transport serves one job (TCP: one job per connection); the printer
 * queue creates a fresh one per job and closes it after.
 *
 * - `send` resolves when every byte is handed to the printer's connection; rejects with a
 *   `PrinterError` (CONNECT_FAILED, CONNECTION_LOST, TIMEOUT).
 * - `queryStatus` sends `DLE EOT 1, 2, 4` and resolves with what the printer answered;
 *   no answer in time gives `known: false`. Rejects only when the connection fails.
 * - `close` is idempotent and never rejects.
 */
export interface PrinterTransport {
  send(bytes: Uint8Array): Promise<void>;
  queryStatus(timeoutMs: number): Promise<PrinterStatus>;
  close(): Promise<void>;
}
