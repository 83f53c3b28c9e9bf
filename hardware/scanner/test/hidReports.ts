import { HID_POS_64 } from '../src/hidPos.js';

/**
 * Hand-built HID POS input reports in the 64-byte layout (report id 0x02, length, AIM id,
 * 56 data bytes, vendor symbology id, reserved, continuation bit), the way a Honeywell or
 * Access-IS scanner splits a code: 56 bytes per report, continuation set on all but the last.
 */
export function hidPosReports(text: string, aim = 'C0', vendorId = 'j'): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const reports: Uint8Array[] = [];
  for (let at = 0; at === 0 || at < bytes.length; at += HID_POS_64.dataCapacity) {
    const chunk = bytes.slice(at, at + HID_POS_64.dataCapacity);
    const r = new Uint8Array(64);
    r[0] = 0x02;
    r[1] = chunk.length;
    r.set([0x5d, aim.charCodeAt(0), aim.charCodeAt(1)], 2);
    r.set(chunk, 5);
    r[61] = vendorId.charCodeAt(0);
    r[63] = at + HID_POS_64.dataCapacity < bytes.length ? 0x01 : 0x00;
    reports.push(r);
  }
  return reports;
}

/** Hex dump → bytes ("02 18 5d 43 30 …"). */
export const hex = (s: string): Uint8Array => Uint8Array.from(s.trim().split(/\s+/).map((h) => parseInt(h, 16)));
