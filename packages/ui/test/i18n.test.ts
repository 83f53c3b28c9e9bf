import { describe, expect, it } from 'vitest';
import { PRIORITY_KINDS } from '@motcua/protocol';
import { en, priorityKey, vi } from '../src/i18n/strings.js';
import { t } from '../src/i18n/t.js';

describe('i18n', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(t('tv.headline', { label: 'A001', counter: 2 })).toBe('MỜI CÔNG DÂN CÓ SỐ A001 ĐẾN QUẦY 2');
    expect(t('kiosk.waiting', {})).toBe('Đang chờ: {n}');
    expect(t('kiosk.waiting', { n: 3 }, 'en')).toBe('Waiting: 3');
  });

  it('names the four priority kinds as the law does', () => {
    expect(PRIORITY_KINDS.map((p) => t(priorityKey(p)))).toEqual([
      'Người cao tuổi',
      'Người khuyết tật',
      'Phụ nữ mang thai',
      'Người có công với cách mạng',
    ]);
  });

  it('has every string in both languages with the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(en[key].length, key).toBeGreaterThan(0);
      expect(params(en[key]), key).toEqual(params(vi[key]));
    }
  });
});
