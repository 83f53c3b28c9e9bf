import { describe, expect, it } from 'vitest';
import { JD_UNIX_EPOCH, sunLongitude } from './astronomy.js';
import { dayNumber, fromDayNumber, toCalendarDate, toIsoDate } from './date.js';
import { CalendarError } from './errors.js';
import { holidaysFile } from './fixtures/holidays.js';
import { GIO_TO_DATES_VN, LEAP_MONTHS_VN, TET_DATES_CN_DIFFERENT, TET_DATES_VN } from './fixtures/tet-dates.js';
import { lunarMonthsOfYear, lunarToSolar, solarToLunar } from './lunar.js';

const tet = (year: number, offset?: number): string =>
  toIsoDate(lunarToSolar({ year, month: 1, day: 1, leap: false }, offset));
const gioTo = (year: number, offset?: number): string =>
  toIsoDate(lunarToSolar({ year, month: 3, day: 10, leap: false }, offset));

/** The official break (inclusive ISO range) of a year's table that holds a date. */
function officialBreakHolding(year: number, iso: string): readonly [string, string] | undefined {
  return holidaysFile.official[String(year)]?.off.find(([a, b]) => a <= iso && iso <= b);
}

describe('lunar calendar: golden dates', () => {
  for (const year of Object.keys(holidaysFile.official).map(Number)) {
    it(`[CAL7] Tết ${year} falls inside the official Tết break of the data file`, () => {
      const date = tet(year);
      const range = officialBreakHolding(year, date);
      expect(range, `Tết ${date} in no official break`).toBeDefined();
      expect(date).toBe(TET_DATES_VN[year]);
    });
    it(`[CAL7] Giỗ Tổ ${year} (lunar 3/10) is an official day off in the data file`, () => {
      const date = gioTo(year);
      expect(officialBreakHolding(year, date), `Giỗ Tổ ${date} in no official break`).toBeDefined();
      expect(date).toBe(GIO_TO_DATES_VN[year]);
    });
  }

  it('[CAL1] Tết 2030 is 2 February at UTC+7 (Vietnam) but 3 February at UTC+8 (China)', () => {
    expect(tet(2030)).toBe('2030-02-02');
    expect(tet(2030, 7)).toBe('2030-02-02');
    expect(tet(2030, 8)).toBe('2030-02-03');
    expect(solarToLunar('2030-02-02')).toEqual({ year: 2030, month: 1, day: 1, leap: false });
    expect(solarToLunar('2030-02-02', 8)).toEqual({ year: 2029, month: 12, day: 30, leap: false });
  });

  for (const year of [1968, 1985, 2007]) {
    it(`[CAL1] Tết ${year} differs between Vietnam (UTC+7) and China (UTC+8), as on record`, () => {
      expect(tet(year, 7)).toBe(TET_DATES_VN[year]);
      expect(tet(year, 8)).toBe(TET_DATES_CN_DIFFERENT[year]);
    });
  }

  it('[CAL1] Tết 2053 is one day earlier in Vietnam than at UTC+8', () => {
    expect(tet(2053, 7)).toBe('2053-02-18');
    expect(tet(2053, 8)).toBe('2053-02-19');
  });

  for (const [year, vn, cn] of [
    [2037, '2037-04-24', '2037-04-25'],
    [2038, '2038-04-13', '2038-04-14'],
  ] as const) {
    it(`[CAL1] Giỗ Tổ ${year} is ${vn} at UTC+7 and ${cn} at UTC+8`, () => {
      expect(gioTo(year, 7)).toBe(vn);
      expect(gioTo(year, 8)).toBe(cn);
    });
  }

  it('[CAL7] Tết from public record, 1980–2030 (Vietnam)', () => {
    const years = Object.keys(TET_DATES_VN).map(Number);
    expect(years.length).toBeGreaterThan(40);
    for (const year of years) expect(tet(year), `Tết ${year}`).toBe(TET_DATES_VN[year]);
  });

  it('[CAL7] Giỗ Tổ from public record, 2017–2026', () => {
    for (const [year, date] of Object.entries(GIO_TO_DATES_VN)) expect(gioTo(Number(year)), `Giỗ Tổ ${year}`).toBe(date);
  });

  it('[CAL5] leap months from public record, and no leap month in the other years', () => {
    for (let year = 2000; year <= 2029; year++) {
      const leaps = lunarMonthsOfYear(year).filter((m) => m.leap).map((m) => m.month);
      expect(leaps, `leap months of ${year}`).toEqual(LEAP_MONTHS_VN[year] === undefined ? [] : [LEAP_MONTHS_VN[year]]);
    }
  });

  it('[CAL5] 2033 has a leap month 11 (the "2033 problem"): the leap month may follow month 11', () => {
    const months = lunarMonthsOfYear(2033);
    expect(months.filter((m) => m.leap).map((m) => m.month)).toEqual([11]);
    const i = months.findIndex((m) => m.leap);
    expect(months[i - 1]).toMatchObject({ month: 11, leap: false });
    expect(solarToLunar(toIsoDate(months[i]!.start))).toEqual({ year: 2033, month: 11, day: 1, leap: true });
  });

  for (const [year, leap, before, after] of [
    [2020, 4, '2020-05-20', '2020-06-21'], // Tiểu mãn, Hạ chí
    [2023, 2, '2023-03-21', '2023-04-20'], // Xuân phân, Cốc vũ
    [2025, 6, '2025-07-22', '2025-08-23'], // Đại thử, Xử thử
  ] as const) {
    it(`[CAL4] the leap month ${leap} of ${year} lies between two major solar terms on record (${before}, ${after})`, () => {
      const m = lunarMonthsOfYear(year).find((x) => x.leap)!;
      expect(m.month).toBe(leap);
      const first = toIsoDate(m.start);
      const last = toIsoDate(fromDayNumber(dayNumber(m.start) + m.length - 1));
      expect(first > before && last < after, `${first}–${last}`).toBe(true);
      const sector = (iso: string) => Math.floor(sunLongitude(JD_UNIX_EPOCH + dayNumber(toCalendarDate(iso)) - 7 / 24) / 30);
      expect(sector(first)).toBe(sector(toIsoDate(fromDayNumber(dayNumber(m.start) + m.length))));
      // the term on record happens during its day: the sun changes sector between that day's midnights
      for (const term of [before, after]) {
        expect(sector(toIsoDate(fromDayNumber(dayNumber(toCalendarDate(term)) + 1))), term).toBe((sector(term) + 1) % 12);
      }
    });
  }

  it('[CAL5] a leap month repeats the number of the month before it (2025: leap 6)', () => {
    const months = lunarMonthsOfYear(2025).map((m) => `${m.month}${m.leap ? '+' : ''}`);
    expect(months).toEqual(['1', '2', '3', '4', '5', '6', '6+', '7', '8', '9', '10', '11', '12']);
    expect(toIsoDate(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }))).toBe('2025-07-25');
    expect(toIsoDate(lunarToSolar({ year: 2025, month: 6, day: 1, leap: false }))).toBe('2025-06-25');
  });
});

describe('lunar calendar: input', () => {
  it('[CAL6] a leap month the year does not have is rejected', () => {
    const attempt = () => lunarToSolar({ year: 2024, month: 6, day: 1, leap: true });
    expect(attempt).toThrowError(CalendarError);
    expect(attempt).toThrowError(expect.objectContaining({ code: 'NO_SUCH_LUNAR_DATE' }));
  });

  it('[CAL6] day 30 of a 29-day month is rejected (Tết Ất Tỵ 2025 had no "30 Tết")', () => {
    expect(lunarMonthsOfYear(2024).at(-1)).toMatchObject({ month: 12, length: 29 });
    expect(() => lunarToSolar({ year: 2024, month: 12, day: 30, leap: false })).toThrowError(
      expect.objectContaining({ code: 'NO_SUCH_LUNAR_DATE' }),
    );
    expect(toIsoDate(lunarToSolar({ year: 2024, month: 12, day: 29, leap: false }))).toBe('2025-01-28');
    // while Giáp Thìn 2024 did have one: 9 February 2024
    expect(toIsoDate(lunarToSolar({ year: 2023, month: 12, day: 30, leap: false }))).toBe('2024-02-09');
  });

  it('[CAL6] impossible solar dates and years outside 1800–2199 are rejected', () => {
    expect(() => solarToLunar('2025-02-29')).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => solarToLunar({ year: 2026, month: 13, day: 1 })).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => solarToLunar('1799-12-31')).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => solarToLunar('2200-01-01')).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => solarToLunar('2026-01-01', 15)).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });

  it('[CAL6] accepts a date object or an ISO string alike', () => {
    expect(solarToLunar({ year: 2026, month: 11, day: 29 })).toEqual(solarToLunar('2026-11-29'));
  });
});
