/** What the printer's sensors say. */
export interface PrinterStatus {
  online: boolean;
  coverOpen: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  /** An unrecoverable error (e.g. the autocutter jammed). */
  error: boolean;
}

export const READY: PrinterStatus = Object.freeze({
  online: true,
  coverOpen: false,
  paperOut: false,
  paperNearEnd: false,
  error: false,
});

/** Would a printer in this state print what it receives? (Paper near end still prints.) */
export function canPrint(s: PrinterStatus): boolean {
  return s.online && !s.coverOpen && !s.paperOut && !s.error;
}

/** Bits 1 and 4 are fixed to 1 in every DLE EOT answer byte. */
const FIXED = 0x12;

/**
 * The byte an Epson printer answers to `DLE EOT n` (n = 1 printer, 2 offline cause,
 * 3 error cause, 4 paper roll sensor), or `null` for an n it does not answer.
 *
 * n=1: bit 3 offline. n=2: bit 2 cover open, bit 5 stopped by paper end, bit 6 error.
 * n=3: bit 5 unrecoverable error. n=4: bits 2–3 paper near end, bits 5–6 paper end.
 */
export function statusByte(n: number, s: PrinterStatus): number | null {
  switch (n) {
    case 1:
      return FIXED | (canPrint(s) ? 0 : 0x08);
    case 2:
      return FIXED | (s.coverOpen ? 0x04 : 0) | (s.paperOut ? 0x20 : 0) | (s.error ? 0x40 : 0);
    case 3:
      return FIXED | (s.error ? 0x20 : 0);
    case 4:
      return FIXED | (s.paperNearEnd ? 0x0c : 0) | (s.paperOut ? 0x60 : 0);
    default:
      return null;
  }
}
