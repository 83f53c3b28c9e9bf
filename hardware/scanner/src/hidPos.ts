// HID POS (usage page 0x8C, Bar Code Scanner) input report decoding. Pure: bytes in, reads out.

/**
 * Where the fields sit in one input report. Offsets count from the first byte handed to the
 * decoder, which is the report id when the backend includes it (node-hid's hidraw, libusb and
 * Windows backends do for devices with numbered reports).
 */
export interface HidPosLayout {
  name: string;
  /** Expected first byte, or null when reports carry no id. */
  reportId: number | null;
  /** Byte holding the number of data bytes in this report. */
  lengthOffset: number;
  /** First of the three AIM symbology identifier bytes (`]`, code, modifier), or null. */
  aimOffset: number | null;
  /** First data byte, and how many data bytes a report can hold. */
  dataOffset: number;
  dataCapacity: number;
  /** Byte and bit mask of the "more data follows" flag. */
  continuedOffset: number;
  continuedMask: number;
  /** Byte of the vendor's own symbology id (Honeywell code id), or null. */
  vendorSymbologyOffset: number | null;
}

/**
 * The 64-byte "HID POS" report of Honeywell (Xenon, Voyager, Granit in HID POS mode) and
 * Access-IS engines, also sent by Zebra scanners in "USB HID POS" mode:
 *
 * | byte  | field |
 * |-------|-------|
 * | 0     | report id 0x02 |
 * | 1     | number of data bytes in this report (0–56) |
 * | 2–4   | AIM symbology identifier, e.g. `]C0` CODE128, `]Q1` QR |
 * | 5–60  | data, zero-padded |
 * | 61    | vendor symbology id (Honeywell code id, e.g. `j` CODE128, `s` QR) |
 * | 62    | reserved |
 * | 63    | bit 0: more data follows in the next report |
 *
 * A code longer than 56 bytes comes as several reports; all but the last have bit 0 of byte 63 set.
 */
export const HID_POS_64: HidPosLayout = {
  name: 'hid-pos-64',
  reportId: 0x02,
  lengthOffset: 1,
  aimOffset: 2,
  dataOffset: 5,
  dataCapacity: 56,
  continuedOffset: 63,
  continuedMask: 0x01,
  vendorSymbologyOffset: 61,
};

/** The same report as delivered by a backend that strips the report id (63 bytes). */
export const HID_POS_63_NO_ID: HidPosLayout = {
  ...HID_POS_64,
  name: 'hid-pos-63-no-id',
  reportId: null,
  lengthOffset: 0,
  aimOffset: 1,
  dataOffset: 4,
  continuedOffset: 62,
  vendorSymbologyOffset: 60,
};

export interface HidPosReport {
  data: Uint8Array;
  /** AIM identifier without the leading `]`, e.g. `C0`, or null if absent. */
  aim: string | null;
  vendorSymbology: string | null;
  continued: boolean;
}

export class HidPosDecodeError extends Error {
  override readonly name = 'HidPosDecodeError';
}

const printable = (b: number | undefined): string | null =>
  b !== undefined && b > 0x20 && b < 0x7f ? String.fromCharCode(b) : null;

/** Decodes one report; throws `HidPosDecodeError` on a report that does not fit the layout. */
export function parseHidPosReport(report: Uint8Array, layout: HidPosLayout = HID_POS_64): HidPosReport {
  const minSize = Math.max(layout.dataOffset + 1, layout.lengthOffset + 1, layout.continuedOffset + 1);
  if (report.length < minSize) throw new HidPosDecodeError(`${layout.name}: report of ${report.length} bytes, expected ≥ ${minSize}`);
  if (layout.reportId !== null && report[0] !== layout.reportId) {
    throw new HidPosDecodeError(`${layout.name}: report id 0x${(report[0] ?? 0).toString(16)}, expected 0x${layout.reportId.toString(16)}`);
  }
  const length = report[layout.lengthOffset] ?? 0;
  const room = Math.min(layout.dataCapacity, report.length - layout.dataOffset);
  if (length > room) throw new HidPosDecodeError(`${layout.name}: length ${length} exceeds the ${room} data bytes of a report`);
  let aim: string | null = null;
  if (layout.aimOffset !== null && report[layout.aimOffset] === 0x5d /* ] */) {
    const code = printable(report[layout.aimOffset + 1]);
    const modifier = printable(report[layout.aimOffset + 2]);
    if (code) aim = code + (modifier ?? '');
  }
  const vendorSymbology = layout.vendorSymbologyOffset === null ? null : printable(report[layout.vendorSymbologyOffset]);
  return {
    data: report.slice(layout.dataOffset, layout.dataOffset + length),
    aim,
    vendorSymbology,
    continued: ((report[layout.continuedOffset] ?? 0) & layout.continuedMask) !== 0,
  };
}

/** AIM code characters (ISO/IEC 15424) → symbology names. */
const AIM_SYMBOLOGIES: Record<string, string> = {
  A: 'CODE39',
  C: 'CODE128',
  d: 'DATAMATRIX',
  E: 'EAN_UPC',
  F: 'CODABAR',
  G: 'CODE93',
  I: 'ITF',
  L: 'PDF417',
  Q: 'QR',
  z: 'AZTEC',
  e: 'GS1_DATABAR',
};

export function symbologyOfAim(aim: string | null): string | null {
  if (!aim) return null;
  return AIM_SYMBOLOGIES[aim.charAt(0)] ?? null;
}

export interface HidPosRead {
  /** The code as text (UTF-8; our codes are ASCII). */
  text: string;
  bytes: Uint8Array;
  aim: string | null;
  symbology: string | null;
}

export interface HidPosAssembler {
  /** Feeds one report; returns the complete read when this report ends a code. */
  push(report: Uint8Array): HidPosRead | null;
  reset(): void;
}

/**
 * Joins multi-report codes. A report without the continuation flag ends the code. Reports with
 * no data and no continuation (some scanners send one as an "idle" report) are ignored.
 */
export function createHidPosAssembler(options: { layout?: HidPosLayout; maxBytes?: number } = {}): HidPosAssembler {
  const layout = options.layout ?? HID_POS_64;
  const maxBytes = options.maxBytes ?? 4096;
  let parts: Uint8Array[] = [];
  let size = 0;
  let aim: string | null = null;
  const reset = (): void => {
    parts = [];
    size = 0;
    aim = null;
  };
  return {
    reset,
    push(report) {
      const r = parseHidPosReport(report, layout);
      if (parts.length === 0) aim = r.aim;
      if (r.data.length === 0 && !r.continued && parts.length === 0) return null;
      size += r.data.length;
      if (size > maxBytes) {
        reset();
        throw new HidPosDecodeError(`${layout.name}: code longer than ${maxBytes} bytes`);
      }
      parts.push(r.data);
      if (r.continued) return null;
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      const read: HidPosRead = { text: new TextDecoder().decode(bytes), bytes, aim, symbology: symbologyOfAim(aim) };
      reset();
      return read;
    },
  };
}
