import { isPrinterError } from '../PrinterError.js';
import { STATUS_REQUESTS, dleEot, statusFromAnswers, type PrinterStatus, type StatusRequest } from '../status.js';

export interface StatusIo {
  /** Discards bytes already received (late answers to earlier questions). */
  discard(): Promise<void> | void;
  /** Sends a question; may reject with TIMEOUT when the line is still busy with the job. */
  write(bytes: Uint8Array, timeoutMs: number): Promise<void>;
  /** Next byte from the printer, or null if none came within `timeoutMs`. */
  readByte(timeoutMs: number): Promise<number | null>;
}

/**
 * Asks `DLE EOT 1`, `2`, `4` in turn within one time budget; stops at the first question
 * left unanswered or not even sent in time (the status is then unknown). Only a broken
 * connection rejects.
 */
export async function queryStatusWith(io: StatusIo, timeoutMs: number): Promise<PrinterStatus> {
  const deadline = Date.now() + timeoutMs;
  const raw: Partial<Record<StatusRequest, number>> = {};
  await io.discard();
  for (const n of STATUS_REQUESTS) {
    try {
      await io.write(dleEot(n), Math.max(0, deadline - Date.now()));
    } catch (e) {
      if (isPrinterError(e, 'TIMEOUT')) break;
      throw e;
    }
    const byte = await io.readByte(Math.max(0, deadline - Date.now()));
    if (byte === null) break;
    raw[n] = byte;
  }
  return statusFromAnswers(raw);
}
