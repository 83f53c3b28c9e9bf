import { STATUS_REQUESTS, dleEot, statusFromAnswers, type PrinterStatus, type StatusRequest } from '../status.js';

export interface StatusIo {
  /** Discards bytes already received (late answers to earlier questions). */
  discard(): Promise<void> | void;
  write(bytes: Uint8Array): Promise<void>;
  /** Next byte from the printer, or null if none came within `timeoutMs`. */
  readByte(timeoutMs: number): Promise<number | null>;
}

/**
 * Asks `DLE EOT 1`, `2`, `4` in turn within one time budget; stops at the first question
 * left unanswered (the status is then unknown).
 */
export async function queryStatusWith(io: StatusIo, timeoutMs: number): Promise<PrinterStatus> {
  const deadline = Date.now() + timeoutMs;
  const raw: Partial<Record<StatusRequest, number>> = {};
  await io.discard();
  for (const n of STATUS_REQUESTS) {
    await io.write(dleEot(n));
    const byte = await io.readByte(Math.max(0, deadline - Date.now()));
    if (byte === null) break;
    raw[n] = byte;
  }
  return statusFromAnswers(raw);
}
