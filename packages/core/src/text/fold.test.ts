import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesQuery } from './fold.js';

describe('diacritic-insensitive search', () => {
  it('[T1] folds tones, vowel marks and đ', () => {
    expect(foldVietnamese('Thủ tục Đăng ký khai sinh')).toBe('thu tuc dang ky khai sinh');
    expect(foldVietnamese('Chứng thực bản sao từ bản chính')).toBe('chung thuc ban sao tu ban chinh');
    expect(foldVietnamese('ƯỚC  TÍNH—Ờ')).toBe('uoc tinh o');
  });

  it('[T1] is idempotent and leaves only a-z, 0-9 and single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const f = foldVietnamese(s);
        expect(foldVietnamese(f)).toBe(f);
        expect(f).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
    );
  });

  it('[T2] "dang ky khai sinh" finds "Đăng ký khai sinh", with or without marks, by word prefixes', () => {
    const name = foldVietnamese('Thủ tục đăng ký khai sinh');
    for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'DANG KY', 'khai sinh dang', 'dăng ký', 'kha'])
      expect(matchesQuery(name, q), q).toBe(true);
    for (const q of ['ket hon', 'sinh con', 'ang ky']) expect(matchesQuery(name, q), q).toBe(false);
  });
});
