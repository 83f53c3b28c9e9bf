/**
 * Independent checks of the lunar calendar over 1900–2100: properties that any
 * correct Vietnamese calendar has, whatever algorithm produced it, and a day-by-day
 * comparison with a separate implementation (ICU's Chinese and Korean calendars,
 * shipped with Node, computed at UTC+8 and UTC+9).
 */
import { describe, expect, it } from 'vitest';
import { JD_UNIX_EPOCH, newMoonJd } from './astronomy.js';
import { dayNumber, fromDayNumber, toIsoDate } from './date.js';
import { lunarMonthsOfYear, lunarToSolar, solarToLunar } from './lunar.js';

const FIRST = dayNumber({ year: 1900, month: 1, day: 1 });
const LAST = dayNumber({ year: 2100, month: 12, day: 31 });

describe('lunar calendar: sweep 1900–2100', () => {
  it('[CAL6] every day converts to a lunar date and back to itself', () => {
    for (let n = FIRST; n <= LAST; n++) {
      const solar = fromDayNumber(n);
      const lunar = solarToLunar(solar);
      expect(dayNumber(lunarToSolar(lunar)), toIsoDate(solar)).toBe(n);
    }
  });

  it('[CAL2] lunar days run 1, 2, … and every month has 29 or 30 days; a leap month follows its namesake', () => {
    let prev = solarToLunar(fromDayNumber(FIRST));
    let length = prev.day;
    for (let n = FIRST + 1; n <= LAST; n++) {
      const cur = solarToLunar(fromDayNumber(n));
      const where = toIsoDate(fromDayNumber(n));
      if (cur.day === 1) {
        if (n - FIRST > 30) expect([29, 30], `month ending before ${where}`).toContain(length);
        if (cur.leap) expect({ year: cur.year, month: cur.month }, where).toEqual({ year: prev.year, month: prev.month });
        else expect(cur.month, where).toBe((prev.month % 12) + 1);
        expect(cur.year, where).toBe(cur.month === 1 && !cur.leap ? prev.year + 1 : prev.year);
        length = 1;
      } else {
        expect(cur, where).toEqual({ ...prev, day: prev.day + 1 });
        length++;
      }
      prev = cur;
    }
  });

  it('[CAL5] every lunar year has 12 months, or 13 with exactly one leap month', () => {
    for (let year = 1901; year <= 2100; year++) {
      const months = lunarMonthsOfYear(year);
      const leaps = months.filter((m) => m.leap).length;
      expect(months.length, String(year)).toBe(12 + leaps);
      expect(leaps, String(year)).toBeLessThanOrEqual(1);
      expect(months.filter((m) => !m.leap).map((m) => m.month), String(year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      const days = months.reduce((sum, m) => sum + m.length, 0);
      expect(days, String(year)).toBe(
        dayNumber(lunarToSolar({ year: year + 1, month: 1, day: 1, leap: false })) -
          dayNumber(lunarToSolar({ year, month: 1, day: 1, leap: false })),
      );
      expect([353, 354, 355, 383, 384, 385], String(year)).toContain(days);
    }
  });

  it('[CAL5] every 19 consecutive lunar years hold 7 leap months (the Metonic cycle)', () => {
    const leap = (y: number): number => (lunarMonthsOfYear(y).some((m) => m.leap) ? 1 : 0);
    const flags = Array.from({ length: 201 }, (_, i) => leap(1900 + i));
    for (let i = 0; i + 19 <= flags.length; i++) {
      expect(flags.slice(i, i + 19).reduce((a, b) => a + b, 0), `${1900 + i}–${1918 + i}`).toBe(7);
    }
  });

  it('[CAL3] Tết always falls between 21 January and 20 February', () => {
    for (let year = 1900; year <= 2100; year++) {
      const tet = lunarToSolar({ year, month: 1, day: 1, leap: false });
      const iso = toIsoDate(tet).slice(5);
      expect(iso >= '01-21' && iso <= '02-20', `Tết ${year}: ${toIsoDate(tet)}`).toBe(true);
    }
  });

  it('[CAL3] the December solstice (21 or 22 December in Vietnam) lies in month 11', () => {
    for (let year = 1900; year <= 2100; year++) {
      const candidates = [21, 22].map((day) => solarToLunar({ year, month: 12, day }));
      expect(
        candidates.some((l) => l.month === 11 && !l.leap),
        `${year}: ${JSON.stringify(candidates)}`,
      ).toBe(true);
    }
  });

  it('[CAL2] every month starts within a day of the mean new moon (29.530588861-day cycle)', () => {
    for (let year = 1901; year <= 2100; year++) {
      for (const m of lunarMonthsOfYear(year)) {
        const start = dayNumber(m.start);
        const k = Math.round((JD_UNIX_EPOCH + start - 2451550.09766) / 29.530588861);
        const meanDay = Math.floor(2451550.09766 + 29.530588861 * k - JD_UNIX_EPOCH + 7 / 24);
        expect(Math.abs(start - meanDay), `${year}/${m.month}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

/** Minutes between a month boundary's new moon and the nearest local midnight. */
function boundaryMargin(day: number, offset: number): number {
  const k = Math.round((JD_UNIX_EPOCH + day - 2451550.09766) / 29.530588861);
  const minutes = (newMoonJd(k) - JD_UNIX_EPOCH + offset / 24 - day) * 1440;
  return Math.min(Math.abs(minutes), Math.abs(1440 - minutes));
}

/**
 * Years where ICU's Chinese calendar places the leap month differently from this
 * module, and the public record (Chinese almanacs: 1917 leap 2, 1922 leap 5,
 * 1987 leap 6) agrees with this module.
 */
const ICU_LEAP_DEVIATIONS = new Set([1917, 1922, 1987]);

function compareWithIcu(calendar: 'chinese' | 'dangi', offset: number, fromYear: number): string[] {
  const f = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  expect(f.resolvedOptions().calendar, 'this Node lacks full ICU').toBe(calendar);
  const unexplained: string[] = [];
  for (let n = dayNumber({ year: fromYear, month: 1, day: 1 }); n <= LAST; n++) {
    const parts = Object.fromEntries(f.formatToParts(n * 86_400_000).map((p) => [p.type, p.value]));
    const icu = `${parts.relatedYear}-${parts.month}-${parts.day}`;
    const l = solarToLunar(fromDayNumber(n), offset);
    const mine = `${l.year}-${l.month}${l.leap ? 'bis' : ''}-${l.day}`;
    if (icu === mine) continue;
    const start = dayNumber(lunarToSolar({ ...l, day: 1 }, offset));
    const next = start + lunarMonthsOfYear(l.year, offset).find((m) => m.month === l.month && m.leap === l.leap)!.length;
    const closeCall = Math.min(boundaryMargin(start, offset), boundaryMargin(next, offset)) < 20;
    if (!closeCall && !(calendar === 'chinese' && ICU_LEAP_DEVIATIONS.has(l.year))) {
      unexplained.push(`${toIsoDate(fromDayNumber(n))}: ICU ${icu}, here ${mine}`);
    }
  }
  return unexplained;
}

describe('lunar calendar: against ICU', () => {
  it('[CAL8] at UTC+8 every day of 1900–2100 matches ICU’s Chinese calendar, except new moons within 20 minutes of midnight', () => {
    expect(compareWithIcu('chinese', 8, 1900)).toEqual([]);
  });

  it('[CAL8] at UTC+9 every day of 1913–2100 matches ICU’s Korean calendar, except new moons within 20 minutes of midnight', () => {
    expect(compareWithIcu('dangi', 9, 1913)).toEqual([]);
  });

  it('[CAL8] where ICU misses a close call, this module agrees with the public record (Chinese New Year 2030 = 3 Feb, 2027 = 6 Feb)', () => {
    expect(toIsoDate(lunarToSolar({ year: 2030, month: 1, day: 1, leap: false }, 8))).toBe('2030-02-03');
    expect(toIsoDate(lunarToSolar({ year: 2027, month: 1, day: 1, leap: false }, 8))).toBe('2027-02-06');
  });
});
