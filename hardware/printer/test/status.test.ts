import { describe, expect, it } from 'vitest';
import { PRINTER_ERROR_CODES, PRINTER_ERROR_MESSAGES, PrinterError, parseStatus, statusByte, statusError, statusFromAnswers } from '../src/index.js';

const BASE = 0x12; // fixed bits: bit1 and bit4 set, bit0 and bit7 clear

describe('parseStatus', () => {
  it('[ST1] n=1: bit3 is offline; other bits carry no fault', () => {
    expect(parseStatus(1, BASE)).toEqual({ offline: false });
    expect(parseStatus(1, BASE | 0x08)).toEqual({ offline: true });
    for (const bit of [0x04, 0x20, 0x40]) expect(parseStatus(1, BASE | bit)).toEqual({ offline: false });
  });

  it('[ST2] n=2: bit2 cover open, bit5 paper-end stop, bit6 error', () => {
    expect(parseStatus(2, BASE)).toEqual({ coverOpen: false, paperOut: false, error: false });
    expect(parseStatus(2, BASE | 0x04)).toEqual({ coverOpen: true, paperOut: false, error: false });
    expect(parseStatus(2, BASE | 0x20)).toEqual({ coverOpen: false, paperOut: true, error: false });
    expect(parseStatus(2, BASE | 0x40)).toEqual({ coverOpen: false, paperOut: false, error: true });
    expect(parseStatus(2, BASE | 0x08)).toEqual({ coverOpen: false, paperOut: false, error: false });
  });

  it('[ST3] n=4: bits 2–3 paper near end, bits 5–6 paper end', () => {
    expect(parseStatus(4, BASE)).toEqual({ paperNearEnd: false, paperOut: false });
    expect(parseStatus(4, BASE | 0x04)).toEqual({ paperNearEnd: true, paperOut: false });
    expect(parseStatus(4, BASE | 0x08)).toEqual({ paperNearEnd: true, paperOut: false });
    expect(parseStatus(4, BASE | 0x20)).toEqual({ paperNearEnd: false, paperOut: true });
    expect(parseStatus(4, BASE | 0x40)).toEqual({ paperNearEnd: false, paperOut: true });
    expect(parseStatus(4, BASE | 0x6c)).toEqual({ paperNearEnd: true, paperOut: true });
  });

  it('[ST4] a byte with wrong fixed bits is not a status byte', () => {
    for (const b of [0x00, 0xff, 0x10, 0x02, 0x13, 0x92]) expect(parseStatus(1, b), b.toString(16)).toBeNull();
  });
});

describe('statusFromAnswers / statusError', () => {
  it('[ST5] all three answers clear: known and printable', () => {
    const s = statusFromAnswers({ 1: BASE, 2: BASE, 4: BASE });
    expect(s).toMatchObject({ known: true, offline: false, coverOpen: false, paperOut: false, paperNearEnd: false, error: false });
    expect(statusError(s)).toBeNull();
  });

  it('[ST6] a missing or malformed answer is unknown → NO_ANSWER, never OK', () => {
    expect(statusFromAnswers({ 1: BASE, 2: BASE }).known).toBe(false);
    expect(statusError(statusFromAnswers({}))?.code).toBe('NO_ANSWER');
    expect(statusError(statusFromAnswers({ 1: BASE, 2: 0x00, 4: BASE }))?.code).toBe('NO_ANSWER');
  });

  it('[ST7] faults map to typed errors, the most specific first; near end is not an error', () => {
    const of = (flags: Parameters<typeof statusByte>[1]) =>
      statusError(statusFromAnswers({ 1: statusByte(1, flags), 2: statusByte(2, flags), 4: statusByte(4, flags) }))?.code ?? null;
    expect(of({ paperOut: true })).toBe('PAPER_OUT');
    expect(of({ coverOpen: true })).toBe('COVER_OPEN');
    expect(of({ error: true })).toBe('PRINTER_ERROR');
    expect(of({ offline: true })).toBe('OFFLINE');
    expect(of({ paperNearEnd: true })).toBeNull();
    expect(of({ paperOut: true, coverOpen: true })).toBe('PAPER_OUT');
  });

  it('[ST8] statusByte round-trips through parseStatus', () => {
    const flags = { coverOpen: true, paperNearEnd: true };
    const s = statusFromAnswers({ 1: statusByte(1, flags), 2: statusByte(2, flags), 4: statusByte(4, flags) });
    expect(s).toMatchObject({ known: true, coverOpen: true, paperNearEnd: true, paperOut: false, error: false, offline: true });
  });
});

describe('PrinterError', () => {
  it('[ST9] every code has a Vietnamese message and a stable JSON shape', () => {
    for (const code of PRINTER_ERROR_CODES) {
      const e = new PrinterError(code, 'detail');
      expect(e.message).toBe(PRINTER_ERROR_MESSAGES[code]);
      expect(e.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
      expect(JSON.parse(JSON.stringify(e))).toEqual({ code, message: PRINTER_ERROR_MESSAGES[code] });
    }
    expect(new PrinterError('PAPER_OUT').message).toBe('Máy in hết giấy');
  });
});
