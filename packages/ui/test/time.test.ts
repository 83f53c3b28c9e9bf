import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatLongDate, formatTime, formatTimer, formatWait } from '../src/format/time.js';

const tz = 'Asia/Ho_Chi_Minh';

describe('Vietnamese date and time in the office time zone', () => {
  it('shows the local wall clock, not UTC', () => {
    // 17:30 UTC on the 28th is 00:30 on the 29th in Hà Nội / TP.HCM (UTC+7)
    expect(formatTime('2026-11-28T17:30:00Z', tz)).toBe('00:30');
    expect(formatClock('2026-11-28T17:30:05Z', tz)).toBe('00:30:05');
    expect(formatDate('2026-11-28T17:30:00Z', tz)).toBe('29/11/2026');
  });

  it('writes the long date with the Vietnamese weekday', () => {
    expect(formatLongDate('2026-11-29T03:00:00Z', tz)).toBe('Chủ nhật, ngày 29 tháng 11 năm 2026');
    expect(formatLongDate('2026-11-30T03:00:00Z', tz)).toBe('Thứ Hai, ngày 30 tháng 11 năm 2026');
  });

  it('formats timers and waits', () => {
    expect(formatTimer(65_000)).toBe('1:05');
    expect(formatTimer(3_725_000)).toBe('1:02:05');
    expect(formatWait(20_000)).toBe('vừa xong');
    expect(formatWait(12 * 60_000)).toBe('12 phút');
    expect(formatWait(65 * 60_000)).toBe('1 giờ 05 phút');
  });
});
