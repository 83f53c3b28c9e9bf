import { describe, expect, it } from 'vitest';
import { barRuns, CODE128_PATTERNS, code128Checksum, encodeCode128, isPrinterError } from '../src/index.js';

describe('encodeCode128', () => {
  it('[BC1] every pattern is 11 modules (stop: 13) of alternating bars and spaces', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    CODE128_PATTERNS.forEach((p, v) => {
      const sum = [...p].reduce((s, d) => s + Number(d), 0);
      expect(sum, `value ${v}`).toBe(v === 106 ? 13 : 11);
    });
  });

  it('[BC2] "A": start B, data, checksum, stop — exact modules', () => {
    const { values, modules } = encodeCode128('A');
    expect(values).toEqual([104, 33, 34, 106]); // (104 + 33·1) mod 103 = 34
    expect(modules).toBe('11010010000' + '10100011000' + '10001011000' + '1100011101011');
  });

  it('[BC3] an even run of digits uses code set C throughout', () => {
    // (105 + 12·1 + 34·2 + 56·3) mod 103 = 353 mod 103 = 44
    expect(encodeCode128('123456').values).toEqual([105, 12, 34, 56, 44, 106]);
    expect(encodeCode128('123456').modules).toHaveLength(11 * 5 + 13);
  });

  it('[BC4] short digit runs stay in code set B', () => {
    // 104 + 48 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879; 879 mod 103 = 55
    expect(encodeCode128('PJJ123C').values).toEqual([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]);
  });

  it('[BC5] an odd run at the end: one digit in B, then C', () => {
    const v = encodeCode128('X1234567').values;
    expect(v.slice(0, -2)).toEqual([104, 56, 17, 99, 23, 45, 67]);
    expect(v.at(-2)).toBe(code128Checksum(v.slice(0, -2)));
  });

  it('[BC6] leading digits start in C, then switch to B for letters', () => {
    expect(encodeCode128('1234AB').values.slice(0, -2)).toEqual([105, 12, 34, 100, 33, 34]);
  });

  it('[BC7] a dossier code switches B → C → B → C', () => {
    const v = encodeCode128('H15.50.05.13-261008-0975').values;
    const data = v.slice(1, -2);
    expect(v[0]).toBe(104);
    expect(data.slice(-9)).toEqual([99, 26, 10, 8, 100, 13, 99, 9, 75]);
    const expected = v.slice(0, -2).reduce((s, x, i) => s + (i === 0 ? x : x * i), 0) % 103;
    expect(v.at(-2)).toBe(expected);
    expect(v.at(-1)).toBe(106);
  });

  it('[BC8] characters outside printable ASCII are refused with INVALID_DOCUMENT', () => {
    for (const bad of ['Đất', '', 'tab\t']) {
      let caught: unknown;
      try {
        encodeCode128(bad);
      } catch (e) {
        caught = e;
      }
      expect(isPrinterError(caught, 'INVALID_DOCUMENT'), bad).toBe(true);
    }
  });
});

describe('barRuns', () => {
  it('gives each run of bar modules once, and together they are exactly the bars', () => {
    expect(barRuns('1101001100')).toEqual([
      { start: 0, width: 2 },
      { start: 3, width: 1 },
      { start: 6, width: 2 },
    ]);
    const { modules } = encodeCode128('H15.01-261129-0001');
    const redrawn = Array.from({ length: modules.length }, () => '0');
    for (const r of barRuns(modules)) for (let i = r.start; i < r.start + r.width; i++) redrawn[i] = '1';
    expect(redrawn.join('')).toBe(modules);
  });
});
