import { describe, expect, it } from 'vitest';
import {
  HID_POS_63_NO_ID,
  HidPosDecodeError,
  createHidPosAssembler,
  parseHidPosReport,
  symbologyOfAim,
} from '../src/hidPos.js';
import { hex, hidPosReports } from './hidReports.js';

const DOSSIER = 'H15.50.05.13-261008-0975';

/** One report as it appears in a hidraw dump: `H15.50.05.13-261008-0975` as CODE128. */
const RECORDED = hex(`
  02 18 5d 43 30 48 31 35 2e 35 30 2e 30 35 2e 31 33 2d 32 36 31 30 30 38 2d 30 39 37 35
  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
  6a 00 00`);

describe('HID POS report decoding', () => {
  it('decodes a single 64-byte report: data, AIM id, vendor id, no continuation', () => {
    expect(RECORDED.length).toBe(64);
    const r = parseHidPosReport(RECORDED);
    expect(new TextDecoder().decode(r.data)).toBe(DOSSIER);
    expect(r.aim).toBe('C0');
    expect(r.vendorSymbology).toBe('j');
    expect(r.continued).toBe(false);
    expect(symbologyOfAim(r.aim)).toBe('CODE128');
  });

  it('the hand-built reports match the recorded bytes', () => {
    expect(hidPosReports(DOSSIER)).toEqual([RECORDED]);
  });

  it('joins a code split over several reports (continuation bit), then starts afresh', () => {
    const long = 'https://dichvucong.gov.vn/tra-cuu?ma=' + `${DOSSIER}-`.repeat(4);
    const reports = hidPosReports(long, 'Q1', 's');
    expect(reports.length).toBe(3);
    expect(reports.map((r) => r[63])).toEqual([1, 1, 0]);
    const a = createHidPosAssembler();
    expect(a.push(reports[0]!)).toBeNull();
    expect(a.push(reports[1]!)).toBeNull();
    const read = a.push(reports[2]!);
    expect(read?.text).toBe(long);
    expect(read?.symbology).toBe('QR');
    expect(read?.aim).toBe('Q1');
    expect(a.push(RECORDED)?.text).toBe(DOSSIER);
  });

  it('decodes exactly 56 bytes in one report, and 57 in two', () => {
    const a = createHidPosAssembler();
    const r56 = hidPosReports('X'.repeat(56));
    expect(r56.length).toBe(1);
    expect(a.push(r56[0]!)?.text).toBe('X'.repeat(56));
    const r57 = hidPosReports('Y'.repeat(57));
    expect(r57.length).toBe(2);
    expect(r57[1]![1]).toBe(1);
    expect(a.push(r57[0]!)).toBeNull();
    expect(a.push(r57[1]!)?.text).toBe('Y'.repeat(57));
  });

  it('ignores an empty idle report', () => {
    const idle = new Uint8Array(64);
    idle[0] = 0x02;
    expect(createHidPosAssembler().push(idle)).toBeNull();
  });

  it('decodes the same report from a backend that strips the report id', () => {
    const r = parseHidPosReport(RECORDED.slice(1), HID_POS_63_NO_ID);
    expect(new TextDecoder().decode(r.data)).toBe(DOSSIER);
    expect(r.aim).toBe('C0');
    expect(r.vendorSymbology).toBe('j');
  });

  it('refuses reports that do not fit: wrong report id, too short, length beyond the data room', () => {
    const wrongId = RECORDED.slice();
    wrongId[0] = 0x01;
    expect(() => parseHidPosReport(wrongId)).toThrow(HidPosDecodeError);
    expect(() => parseHidPosReport(RECORDED.slice(0, 8))).toThrow(/report of 8 bytes/);
    const tooLong = RECORDED.slice();
    tooLong[1] = 57;
    expect(() => parseHidPosReport(tooLong)).toThrow(/length 57/);
  });

  it('drops a runaway multi-report code past maxBytes and recovers on the next code', () => {
    const a = createHidPosAssembler({ maxBytes: 100 });
    const reports = hidPosReports('Z'.repeat(150));
    expect(a.push(reports[0]!)).toBeNull();
    expect(() => a.push(reports[1]!)).toThrow(/longer than 100/);
    expect(a.push(RECORDED)?.text).toBe(DOSSIER);
  });

  it('a report without an AIM prefix has no symbology', () => {
    const r = RECORDED.slice();
    r.set([0, 0, 0], 2);
    expect(parseHidPosReport(r).aim).toBeNull();
    expect(createHidPosAssembler().push(r)?.symbology).toBeNull();
  });
});
