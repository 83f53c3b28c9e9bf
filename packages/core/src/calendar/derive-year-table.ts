import { dayNumber, fromDayNumber, toCalendarDate, toIsoDate } from './date.js';
import type { IsoDate } from './date.js';
import { ruleDaysOf } from './rule-days.js';
import type { RuleOptions } from './rule-days.js';
import { DEFAULT_WEEKLY_REST_DAYS } from './statutory.js';
import type { YearTable } from './year-table.js';

/**
 * [CAL15] The default table of a year nobody has announced yet: every rule day off
 * (holidays and compensatory days), each break widened by the rest days that touch
 * it, so it reads like an official table. No make-up Saturdays. An administrator
 * confirms or edits it; until then the calendar marks its days `derived`.
 */
export function deriveYearTable(year: number, options: RuleOptions = {}): YearTable {
  const rest = new Set(options.weeklyRestDays ?? DEFAULT_WEEKLY_REST_DAYS);
  const isRest = (n: number): boolean => rest.has((((n + 4) % 7) + 7) % 7);
  const offDays = new Set<number>();
  for (const d of ruleDaysOf(year, options)) offDays.add(dayNumber(toCalendarDate(d.date)));
  const widened = new Set(offDays);
  for (const n of offDays) {
    for (let m = n - 1; isRest(m) && !offDays.has(m) && n - m < 7; m--) widened.add(m);
    for (let m = n + 1; isRest(m) && !offDays.has(m) && m - n < 7; m++) widened.add(m);
  }
  const sorted = [...widened].sort((a, b) => a - b);
  const off: [IsoDate, IsoDate][] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const n of sorted) {
    if (start === undefined || prev === undefined || n !== prev + 1) {
      if (start !== undefined && prev !== undefined) off.push([iso(start), iso(prev)]);
      start = n;
    }
    prev = n;
  }
  if (start !== undefined && prev !== undefined) off.push([iso(start), iso(prev)]);
  return { off, workSaturdays: [] };
}

const iso = (n: number): IsoDate => toIsoDate(fromDayNumber(n));
