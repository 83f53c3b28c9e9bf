import { PrinterError } from './PrinterError.js';

/** The `n` of `DLE EOT n` (0x10 0x04 n): 1 printer, 2 offline cause, 4 roll paper sensor. */
export type StatusRequest = 1 | 2 | 4;
export const STATUS_REQUESTS: readonly StatusRequest[] = [1, 2, 4];

export interface StatusFlags {
  offline: boolean;
  coverOpen: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  error: boolean;
}

export interface PrinterStatus extends StatusFlags {
  /** false: the printer did not answer every request. UNKNOWN is not OK. */
  known: boolean;
  /** The bytes the printer answered, by request. */
  raw: Partial<Record<StatusRequest, number>>;
}

export function dleEot(n: StatusRequest): Uint8Array {
  return Uint8Array.of(0x10, 0x04, n);
}

/**
 * The flags one status byte carries (HARDWARE.md "Status"), or null when the byte is not
 * a status byte (fixed bits: bit0 = 0, bit1 = 1, bit4 = 1, bit7 = 0).
 */
export function parseStatus(n: StatusRequest, byte: number): Partial<StatusFlags> | null {
  if ((byte & 0x93) !== 0x12) return null;
  const bit = (i: number): boolean => (byte & (1 << i)) !== 0;
  switch (n) {
    case 1:
      return { offline: bit(3) };
    case 2:
      return { coverOpen: bit(2), paperOut: bit(5), error: bit(6) };
    case 4:
      return { paperNearEnd: bit(2) || bit(3), paperOut: bit(5) || bit(6) };
  }
}

export const UNKNOWN_STATUS: PrinterStatus = Object.freeze({
  known: false,
  offline: false,
  coverOpen: false,
  paperOut: false,
  paperNearEnd: false,
  error: false,
  raw: Object.freeze({}),
});

/** Combines the answers to `DLE EOT 1, 2, 4`; a missing or malformed answer makes it unknown. */
export function statusFromAnswers(raw: Partial<Record<StatusRequest, number>>): PrinterStatus {
  const status: PrinterStatus = { ...UNKNOWN_STATUS, known: true, raw: { ...raw } };
  for (const n of STATUS_REQUESTS) {
    const byte = raw[n];
    const flags = byte === undefined ? null : parseStatus(n, byte);
    if (!flags) {
      status.known = false;
      continue;
    }
    status.offline ||= flags.offline ?? false;
    status.coverOpen ||= flags.coverOpen ?? false;
    status.paperOut ||= flags.paperOut ?? false;
    status.paperNearEnd ||= flags.paperNearEnd ?? false;
    status.error ||= flags.error ?? false;
  }
  return status;
}

/** The error that stops printing, most specific first; null when the printer can print. */
export function statusError(status: PrinterStatus): PrinterError | null {
  if (status.paperOut) return new PrinterError('PAPER_OUT');
  if (status.coverOpen) return new PrinterError('COVER_OPEN');
  if (status.error) return new PrinterError('PRINTER_ERROR');
  if (status.offline) return new PrinterError('OFFLINE');
  if (!status.known) return new PrinterError('NO_ANSWER');
  return null;
}

/** The status byte a printer in this state answers to `DLE EOT n` (for printer doubles and tests). */
export function statusByte(n: StatusRequest, flags: Partial<StatusFlags>): number {
  let byte = 0x12;
  const set = (on: boolean | undefined, mask: number): void => {
    if (on) byte |= mask;
  };
  switch (n) {
    case 1:
      set(flags.offline || flags.coverOpen || flags.paperOut || flags.error, 0x08);
      break;
    case 2:
      set(flags.coverOpen, 0x04);
      set(flags.paperOut, 0x20);
      set(flags.error, 0x40);
      break;
    case 4:
      set(flags.paperNearEnd, 0x0c);
      set(flags.paperOut, 0x60);
      break;
  }
  return byte;
}
