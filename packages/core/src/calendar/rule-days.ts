import { addDays, dayNumber, fromDayNumber, isValidCalendarDate, toIsoDate, weekdayOf } from './date.js';
import type { CalendarDate, IsoDate } from './date.js';
import { CalendarError } from './errors.js';
import { lunarToSolar, VIETNAM_UTC_OFFSET_HOURS } from './lunar.js';
import { DEFAULT_WEEKLY_REST_DAYS, LABOUR_CODE_2019_HOLIDAYS } from './statutory.js';
import type { StatutoryHoliday } from './year-table.js';

/** A day off that follows from the statutory rules alone. */
export interface RuleDay {
  readonly date: IsoDate;
  readonly kind: 'holiday' | 'compensatory';
  readonly name: string;
}

export interface RuleOptions {
  readonly statutory?: readonly StatutoryHoliday[];
  readonly weeklyRestDays?: readonly number[];
  readonly utcOffsetHours?: number;
}

/** Tết (lunar 1/1) of a solar year, for Vietnam unless told otherwise. */
export function tetOf(year: number, utcOffsetHours: number = VIETNAM_UTC_OFFSET_HOURS): CalendarDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false }, utcOffsetHours);
}

/**
 * [CAL13] The day added to a two-day solar holiday (Quốc khánh: 2/9 plus 1/9 or 3/9).
 * Default until announced: the day before, unless the holiday is a Monday (the day
 * before is a Sunday) or a Thursday (the day after makes a long weekend).
 */
function adjacentDay(date: CalendarDate): CalendarDate {
  const wd = weekdayOf(date);
  return wd === 1 || wd === 4 ? addDays(date, 1) : addDays(date, -1);
}

function lunarDateInYear(year: number, month: number, day: number, offset: number): CalendarDate[] {
  const out: CalendarDate[] = [];
  for (const lunarYear of [year - 1, year]) {
    try {
      const d = lunarToSolar({ year: lunarYear, month, day, leap: false }, offset);
      if (d.year === year) out.push(d);
    } catch (e) {
      if (!(e instanceof CalendarError && e.code === 'NO_SUCH_LUNAR_DATE')) throw e;
    }
  }
  return out;
}

/** [CAL10]–[CAL13] The statutory holidays of a solar year, by date. */
function holidayDates(year: number, statutory: readonly StatutoryHoliday[], offset: number): Map<number, string> {
  const found = new Map<number, string>();
  const add = (d: CalendarDate, name: string): void => {
    if (d.year !== year) return;
    const n = dayNumber(d);
    const before = found.get(n);
    found.set(n, before && before !== name ? `${before} · ${name}` : name);
  };
  for (const h of statutory) {
    const days = Math.max(1, Math.floor(h.days));
    if (h.calendar === 'solar') {
      if (h.month === undefined || h.day === undefined) continue;
      const date = { year, month: h.month, day: h.day };
      if (!isValidCalendarDate(date)) continue;
      add(date, h.name);
      if (days === 2) add(adjacentDay(date), h.name);
      else for (let i = 1; i < days; i++) add(addDays(date, i), h.name);
    } else if (h.month === undefined || h.day === undefined) {
      // [CAL11] Tết: until announced, the last day of the old year and the first days of the new.
      const tet = tetOf(year, offset);
      for (let i = -1; i < days - 1; i++) add(addDays(tet, i), h.name);
    } else {
      for (const d of lunarDateInYear(year, h.month, h.day, offset)) {
        add(d, h.name);
        for (let i = 1; i < days; i++) add(addDays(d, i), h.name);
      }
    }
  }
  return found;
}

/**
 * [CAL10]–[CAL14] The days off a year has by the rules alone: each statutory holiday,
 * and for each one that falls on a weekly rest day a compensatory day on the next
 * working day (Labour Code 2019, art. 111(3)). Sorted by date.
 */
export function ruleDaysOf(year: number, options: RuleOptions = {}): RuleDay[] {
  const statutory = options.statutory ?? LABOUR_CODE_2019_HOLIDAYS;
  const rest = new Set(options.weeklyRestDays ?? DEFAULT_WEEKLY_REST_DAYS);
  const offset = options.utcOffsetHours ?? VIETNAM_UTC_OFFSET_HOURS;
  const holidays = holidayDates(year, statutory, offset);
  const isRest = (n: number): boolean => rest.has((((n + 4) % 7) + 7) % 7);
  const taken = new Set(holidays.keys());
  const days: { n: number; kind: RuleDay['kind']; name: string }[] = [];
  for (const n of [...holidays.keys()].sort((a, b) => a - b)) {
    const name = holidays.get(n)!;
    days.push({ n, kind: 'holiday', name });
    if (!isRest(n)) continue;
    // [CAL14] a holiday on a rest day gives the next working day off.
    let c = n + 1;
    while (isRest(c) || taken.has(c)) {
      c++;
      if (c - n > 14) throw new CalendarError('NO_WORKING_DAY', 'no working day for a compensatory day');
    }
    taken.add(c);
    days.push({ n: c, kind: 'compensatory', name });
  }
  return days
    .sort((a, b) => a.n - b.n)
    .map(({ n, kind, name }) => ({ date: toIsoDate(fromDayNumber(n)), kind, name }));
}
