import { CalendarError } from './errors.js';

/** A calendar date (Gregorian), no time of day and no time zone. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A calendar date written `YYYY-MM-DD`, as in the holiday tables and the API. */
export type IsoDate = string;

/** Either form of a calendar date. */
export type DateInput = CalendarDate | IsoDate;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real Gregorian date with integer parts. */
export function isValidCalendarDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (integer arithmetic on
 * 400-year eras, so no `Date` and no time zone is involved).
 */
export function dayNumber(d: CalendarDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (inverse of `dayNumber`). */
export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: DateInput): number {
  const n = dayNumber(toCalendarDate(d));
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** `YYYY-MM-DD`. */
export function toIsoDate(d: CalendarDate): IsoDate {
  const y = String(d.year).padStart(4, '0');
  return `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Reads `YYYY-MM-DD` or checks an object; throws `CalendarError('INVALID_DATE')`. */
export function toCalendarDate(d: DateInput): CalendarDate {
  if (typeof d === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    const parsed = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
    if (!parsed || !isValidCalendarDate(parsed)) throw new CalendarError('INVALID_DATE', `not a date: ${d}`);
    return parsed;
  }
  if (!isValidCalendarDate(d)) throw new CalendarError('INVALID_DATE', `not a date: ${JSON.stringify(d)}`);
  return { year: d.year, month: d.month, day: d.day };
}

/** The date `days` days after (or before, when negative) `d`. */
export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(d) + days);
}
