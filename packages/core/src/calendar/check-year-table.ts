import { dayNumber, toCalendarDate, toIsoDate, weekdayOf } from './date.js';
import type { CalendarDate, IsoDate } from './date.js';
import { CalendarError } from './errors.js';
import { ruleDaysOf, tetOf } from './rule-days.js';
import type { RuleOptions } from './rule-days.js';
import { LABOUR_CODE_2019_HOLIDAYS } from './statutory.js';
import type { StatutoryHoliday, YearTable } from './year-table.js';

const isLunarNewYear = (h: StatutoryHoliday): boolean => h.calendar === 'lunar' && h.month === undefined;

/** Something an administrator should fix in a year table before saving it. */
export interface YearTableIssue {
  readonly code: 'BAD_DATE' | 'RANGE_REVERSED' | 'RANGE_OUTSIDE_YEAR' | 'NOT_A_SATURDAY' | 'SATURDAY_IN_BREAK' | 'HOLIDAY_NOT_OFF';
  readonly message: string;
  readonly date?: IsoDate;
}

/**
 * [CAL25] Checks an official table against the calendar and the statutory rules:
 * real dates, ranges in order and touching the year, make-up days that are Saturdays
 * outside every break, and every holiday fixed by law (the first day of each
 * statutory holiday, and Tết itself) off.
 */
export function checkYearTable(year: number, table: YearTable, options: RuleOptions = {}): YearTableIssue[] {
  const issues: YearTableIssue[] = [];
  const read = (iso: IsoDate): CalendarDate | undefined => {
    try {
      return toCalendarDate(iso);
    } catch (e) {
      if (!(e instanceof CalendarError)) throw e;
      issues.push({ code: 'BAD_DATE', message: `không phải ngày hợp lệ: ${iso}`, date: iso });
      return undefined;
    }
  };
  const ranges: [number, number][] = [];
  for (const [a, b] of table.off) {
    const from = read(a);
    const to = read(b);
    if (!from || !to) continue;
    if (dayNumber(from) > dayNumber(to)) {
      issues.push({ code: 'RANGE_REVERSED', message: `khoảng nghỉ ngược: ${a} – ${b}`, date: a });
      continue;
    }
    if (from.year > year || to.year < year) {
      issues.push({ code: 'RANGE_OUTSIDE_YEAR', message: `khoảng nghỉ ${a} – ${b} không thuộc năm ${year}`, date: a });
    }
    ranges.push([dayNumber(from), dayNumber(to)]);
  }
  const isOff = (n: number): boolean => ranges.some(([a, b]) => a <= n && n <= b);
  for (const s of table.workSaturdays) {
    const d = read(s);
    if (!d) continue;
    if (weekdayOf(d) !== 6) issues.push({ code: 'NOT_A_SATURDAY', message: `ngày làm bù ${s} không phải thứ Bảy`, date: s });
    if (isOff(dayNumber(d))) issues.push({ code: 'SATURDAY_IN_BREAK', message: `ngày làm bù ${s} nằm trong kỳ nghỉ`, date: s });
  }
  // The first day of each holiday, with Tết itself standing for the Tết days.
  const statutory = options.statutory ?? LABOUR_CODE_2019_HOLIDAYS;
  const oneDay = statutory.filter((h) => !isLunarNewYear(h)).map((h) => ({ ...h, days: 1 }));
  const anchors = ruleDaysOf(year, { ...options, statutory: oneDay })
    .filter((d) => d.kind === 'holiday')
    .map((d) => ({ date: d.date, name: d.name }));
  for (const h of statutory.filter(isLunarNewYear)) anchors.push({ date: toIsoDate(tetOf(year, options.utcOffsetHours)), name: h.name });
  for (const { date, name } of anchors) {
    if (!isOff(dayNumber(toCalendarDate(date)))) {
      issues.push({ code: 'HOLIDAY_NOT_OFF', message: `${name} (${date}) không nằm trong ngày nghỉ`, date });
    }
  }
  return issues;
}
