import { describe, expect, it } from 'vitest';
import type { Bieu06Counts } from './api.js';
import { isoDay, parseDay, presetPeriod, showDay, viNumber } from './dates.js';
import { headline, splitProblems } from './text.js';

const counts = (resolved: [number, number, number], percent: number | null): Bieu06Counts => ({
  received: { total: 0, onlineNew: 0, inPersonOrPostNew: 0, carriedOver: 0 },
  resolved: { total: resolved[0] + resolved[1] + resolved[2], early: resolved[0], onTime: resolved[1], late: resolved[2] },
  inProgress: { total: 0, withinTime: 0, overdue: 0 },
  waitingSupplement: 0,
  waitingFinancial: 0,
  withdrawnOrStopped: 0,
  onTimeOrEarlyPercent: percent,
});

describe('admin text helpers', () => {
  it('says the on-time share with a decimal comma, and the late share as the rest', () => {
    expect(headline(counts([150, 47, 3], 98.5))).toBe('98,5% hồ sơ giải quyết đúng hạn và trước hạn, 1,5% quá hạn');
    expect(headline(counts([5, 0, 1], 83.33))).toBe('83,3% hồ sơ giải quyết đúng hạn và trước hạn, 16,7% quá hạn');
    expect(headline(counts([2, 0, 0], 100))).toBe('100% hồ sơ giải quyết đúng hạn và trước hạn, 0% quá hạn');
    expect(headline(counts([0, 0, 0], null))).toBe('Chưa có hồ sơ nào được giải quyết trong kỳ.');
  });

  it('splits the hub calendar problems into a list, and keeps one problem as it is', () => {
    expect(splitProblems('Lịch năm 2027 chưa đúng: a sai; b sai')).toEqual(['Lịch năm 2027 chưa đúng', ['a sai', 'b sai']]);
    expect(splitProblems('Lịch năm 2027 chưa đúng: a sai')).toEqual(['Lịch năm 2027 chưa đúng: a sai', []]);
    expect(splitProblems('Không kết nối được')).toEqual(['Không kết nối được', []]);
  });

  it('report presets: this month and quarter end today; last month is whole, across a year end', () => {
    expect(presetPeriod('today', '2026-11-29')).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    expect(presetPeriod('thisMonth', '2026-11-29')).toEqual({ from: '2026-11-01', to: '2026-11-29' });
    expect(presetPeriod('lastMonth', '2026-03-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('lastMonth', '2027-01-05')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetPeriod('thisQuarter', '2026-11-29')).toEqual({ from: '2026-10-01', to: '2026-11-29' });
    expect(presetPeriod('thisQuarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('thisYear', '2026-11-29')).toEqual({ from: '2026-01-01', to: '2026-11-29' });
  });

  it('office days: parsed only when real, shown as dd/mm/yyyy', () => {
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDay('')).toBeNull();
    expect(showDay('2026-02-17')).toBe('17/02/2026');
    expect(showDay('không phải ngày')).toBe('không phải ngày');
    expect(isoDay(2026, 13, 1)).toBe('2027-01-01');
    expect(viNumber(83.333, 2)).toBe('83,33');
  });
});
