import { DOSSIER_CODE_RE } from '@motcua/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSSIER_SEQ_MAX, formatDossierCode, nextDossierSeq, parseDossierCode } from './code.js';

const agencyArb = fc
  .tuple(
    fc.constantFrom(...'ABCHXZ0123456789'.split('')),
    fc.array(fc.constantFrom(...'ABH0159.'.split('')), { maxLength: 30 }),
  )
  .map(([first, rest]) => first + rest.join(''));
const dayArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const seqArb = fc.integer({ min: 1, max: DOSSIER_SEQ_MAX });

describe('dossier codes', () => {
  it('[D1] agency code, YYMMDD of the office day, four-digit sequence', () => {
    expect(formatDossierCode('H15.50.05.13', '2026-10-08', 975)).toBe('H15.50.05.13-261008-0975');
    expect(formatDossierCode('000.00.22.H15', '2030-01-02', 1)).toBe('000.00.22.H15-300102-0001');
    expect(formatDossierCode('X', '2026-12-31', 9999)).toBe('X-261231-9999');
  });

  it('[D1] every formatted code matches the protocol pattern and uses only [A-Z0-9.-]', () => {
    fc.assert(
      fc.property(agencyArb, dayArb, seqArb, (agency, day, n) => {
        const code = formatDossierCode(agency, day, n);
        expect(code).toMatch(DOSSIER_CODE_RE);
        expect(code).toMatch(/^[A-Z0-9.-]+$/);
      }),
    );
  });

  it('[D1] bad input is a programming error: RangeError', () => {
    expect(() => formatDossierCode('h15.50', '2026-10-08', 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H15-50', '2026-10-08', 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H15', '2026-02-30', 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H15', '1999-12-31', 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H15', '2026-10-08', 0)).toThrow(RangeError);
    expect(() => formatDossierCode('H15', '2026-10-08', 10_000)).toThrow(RangeError);
    expect(() => formatDossierCode('H15', '2026-10-08', 1.5)).toThrow(RangeError);
  });

  it('[D2] parsing normalises case and surrounding spaces', () => {
    expect(parseDossierCode('  h15.50.05.13-261008-0975\n')).toEqual({
      code: 'H15.50.05.13-261008-0975',
      agencyCode: 'H15.50.05.13',
      officeDay: '2026-10-08',
      seq: 975,
    });
  });

  it('[D2] anything outside [A-Z0-9.-], a wrong shape, an impossible date or 0000 is refused', () => {
    for (const bad of [
      'H15.50.05.13 -261008-0975',
      'H15.50.05.13–261008-0975', // en dash from a word processor
      'Đ15.50.05.13-261008-0975',
      'H15.50.05.13-261008-975',
      'H15.50.05.13-261008-09750',
      'H15.50.05.13-20261008-0975',
      'H15.50.05.13-261308-0975',
      'H15.50.05.13-260230-0975',
      'H15.50.05.13-261008-0000',
      '.H15-261008-0975',
      'H15_50-261008-0975',
      '-261008-0975',
      '',
    ]) {
      expect(parseDossierCode(bad), bad).toBeNull();
    }
  });

  it('[D2] parse inverts format', () => {
    fc.assert(
      fc.property(agencyArb, dayArb, seqArb, (agency, day, n) => {
        const code = formatDossierCode(agency, day, n);
        expect(parseDossierCode(code)).toEqual({ code, agencyCode: agency, officeDay: day, seq: n });
        expect(parseDossierCode(` ${code.toLowerCase()} `)?.code).toBe(code);
      }),
    );
  });

  it('[D3] the daily sequence starts at 1 and counts up by one', () => {
    expect(nextDossierSeq(null)).toEqual({ ok: true, value: 1 });
    expect(nextDossierSeq(0)).toEqual({ ok: true, value: 1 });
    expect(nextDossierSeq(974)).toEqual({ ok: true, value: 975 });
    expect(nextDossierSeq(9998)).toEqual({ ok: true, value: 9999 });
  });

  it('[D3] after 9999 the day is full: refused, never wrapped or reused', () => {
    const r = nextDossierSeq(DOSSIER_SEQ_MAX);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('DAILY_CAP_REACHED');
      expect(r.error.message).toContain('9999');
    }
    expect(nextDossierSeq(12_000).ok).toBe(false);
    expect(nextDossierSeq(-1).ok).toBe(false);
    expect(nextDossierSeq(2.5).ok).toBe(false);
  });

  it('[D3] issuing a whole day gives 9999 distinct codes, then a refusal', () => {
    const codes = new Set<string>();
    let last: number | null = null;
    for (;;) {
      const r = nextDossierSeq(last);
      if (!r.ok) break;
      codes.add(formatDossierCode('H15.50.05.13', '2026-10-08', r.value));
      last = r.value;
    }
    expect(codes.size).toBe(DOSSIER_SEQ_MAX);
    expect(last).toBe(DOSSIER_SEQ_MAX);
  });
});
