import { describe, expect, it } from 'vitest';
import { formatTicketTime, formatWaitRange } from '../src/index.js';

describe('formatTicketTime', () => {
  it('[FT1] formats in the office time zone, Vietnamese weekday, 24-hour clock', () => {
    expect(formatTicketTime('2026-11-28T07:05:00Z', 'Asia/Ho_Chi_Minh')).toBe('14:05 — Thứ Bảy, 28/11/2026');
    expect(formatTicketTime('2026-11-23T01:30:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('08:30 — Thứ Hai, 23/11/2026');
  });

  it('[FT2] the date is the office date, not the UTC date', () => {
    expect(formatTicketTime('2026-11-28T17:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('00:30 — Chủ Nhật, 29/11/2026');
    expect(formatTicketTime('2026-11-28T17:30:00Z', 'UTC')).toBe('17:30 — Thứ Bảy, 28/11/2026');
  });

  it('[FT3] refuses what is not an instant', () => {
    expect(() => formatTicketTime('hôm nay', 'Asia/Ho_Chi_Minh')).toThrow(RangeError);
  });
});

describe('formatWaitRange', () => {
  it('[FT4] an honest range, or says it cannot estimate', () => {
    expect(formatWaitRange({ minMinutes: 10, maxMinutes: 20 })).toBe('khoảng 10–20 phút');
    expect(formatWaitRange({ minMinutes: 15, maxMinutes: 15 })).toBe('khoảng 15 phút');
    expect(formatWaitRange({ minMinutes: 0, maxMinutes: 5 })).toBe('dưới 5 phút');
    expect(formatWaitRange({ minMinutes: 20.4, maxMinutes: 9.6 })).toBe('khoảng 10–20 phút');
    expect(formatWaitRange(null)).toBe('chưa ước tính được');
    expect(formatWaitRange({ minMinutes: Number.NaN, maxMinutes: 3 })).toBe('chưa ước tính được');
  });
});
