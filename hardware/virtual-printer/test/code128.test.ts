import { describe, expect, it } from 'vitest';
import { code128Modules, code128Values, decodeCodeSet128 } from '../src/code128.js';
import { decodeCodes } from '../src/decodeCodes.js';

const bytes = (s: string, ...extra: number[]): Uint8Array => Uint8Array.from([...Array.from(s, (c) => c.charCodeAt(0)), ...extra]);

describe('CODE128', () => {
  it('every symbol is 11 modules wide and the stop pattern 13', () => {
    const widths = Array.from({ length: 107 }, (_, v) => code128Modules([v]).reduce((a, b) => a + b, 0));
    expect(widths.slice(0, 106).every((w) => w === 11)).toBe(true);
    expect(widths[106]).toBe(13);
  });

  it('computes the checksum: {BPJJ123C : weighted sum 879 mod 103 = 55', () => {
    expect(code128Values(bytes('{BPJJ123C'))).toEqual([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]);
  });

  it('switches code sets as the data says', () => {
    expect(code128Values(bytes('{BA{C', 12, 34))).toEqual([104, 33, 99, 12, 34, (104 + 33 + 99 * 2 + 12 * 3 + 34 * 4) % 103, 106]);
    expect(decodeCodeSet128(bytes('{BA{C', 12, 34))).toBe('A1234');
  });

  it('rejects data without a code-set prefix, as a printer would', () => {
    expect(code128Values(bytes('A025'))).toBeNull();
    expect(code128Values(bytes('{C', 100))).toBeNull();
  });

  it('bars drawn from the modules decode with ZXing', () => {
    const modules = code128Modules(code128Values(bytes('{BH15.50.05.13-{C', 26, 10, 8))!);
    const row: boolean[] = [];
    modules.forEach((m, i) => {
      for (let k = 0; k < m * 2; k++) row.push(i % 2 === 0);
    });
    const found = decodeCodes(row.length, 40, (x) => row[x] ?? false);
    expect(found.map((f) => [f.format, f.text])).toEqual([['CODE_128', 'H15.50.05.13-261008']]);
  });
});
