import { JD_UNIX_EPOCH, newMoonJd, sunLongitude, sunLongitudeInstant } from './astronomy.js';
import { dayNumber, fromDayNumber, toCalendarDate } from './date.js';
import type { CalendarDate, DateInput } from './date.js';
import { CalendarError } from './errors.js';

/** A Vietnamese lunar date (âm lịch). `year` is the year of the Tết that opens it. */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** True in a leap month (tháng nhuận), which repeats the number of the month before. */
  readonly leap: boolean;
}

/** One lunar month: its number and the solar date of its first day. */
export interface LunarMonth {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  /** First day (mùng 1), as a solar date. */
  readonly start: CalendarDate;
  /** 29 or 30. */
  readonly length: number;
}

/** [CAL1] Vietnam computes its calendar for UTC+7 (since 1968). */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

/** Solar years this module answers for. */
export const LUNAR_MIN_YEAR = 1800;
export const LUNAR_MAX_YEAR = 2199;

interface Month {
  year: number;
  month: number;
  leap: boolean;
  start: number; // day number
  length: number;
}

function checkOffset(utcOffsetHours: number): void {
  if (!Number.isFinite(utcOffsetHours) || utcOffsetHours < -12 || utcOffsetHours > 14) {
    throw new CalendarError('OUT_OF_RANGE', `UTC offset out of range: ${utcOffsetHours}`);
  }
}

function checkYear(year: number): void {
  if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new CalendarError('OUT_OF_RANGE', `lunar calendar covers ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}, not ${year}`);
  }
}

/** [CAL1] The civil day (day number) at `offset` hours from UT that contains a UT instant. */
const localDay = (jd: number, offset: number): number => Math.floor(jd - JD_UNIX_EPOCH + offset / 24);

/** The UT instant of local midnight that starts day number `day`. */
const localMidnight = (day: number, offset: number): number => JD_UNIX_EPOCH + day - offset / 24;

/** [CAL2] A lunar month starts on the local day that holds the new moon. */
const newMoonDay = (k: number, offset: number): number => localDay(newMoonJd(k), offset);

const month11s = new Map<string, { k: number; day: number }>();

/** [CAL3] Month 11 is the month that holds the winter solstice (sun at 270°). */
function month11(solarYear: number, offset: number): { k: number; day: number } {
  const key = `${solarYear}@${offset}`;
  const cached = month11s.get(key);
  if (cached) return cached;
  const guess = JD_UNIX_EPOCH + dayNumber({ year: solarYear, month: 12, day: 21 });
  const solstice = sunLongitudeInstant(270, guess);
  const solsticeDay = localDay(solstice, offset);
  let k = Math.floor((solstice - 2451550.09766) / 29.530588861);
  while (newMoonDay(k + 1, offset) <= solsticeDay) k++;
  while (newMoonDay(k, offset) > solsticeDay) k--;
  const found = { k, day: newMoonDay(k, offset) };
  month11s.set(key, found);
  return found;
}

/** [CAL4] A month holds a major solar term (trung khí) when the sun crosses a multiple of 30° during it. */
function hasMajorTerm(start: number, next: number, offset: number): boolean {
  const sector = (day: number): number => Math.floor(sunLongitude(localMidnight(day, offset)) / 30);
  return sector(start) !== sector(next);
}

const spans = new Map<string, readonly Month[]>();

/**
 * The months from month 11 of the lunar year before `solarYear` up to (not including)
 * the month 11 that holds the December solstice of `solarYear`.
 */
function span(solarYear: number, offset: number): readonly Month[] {
  const key = `${solarYear}@${offset}`;
  const cached = spans.get(key);
  if (cached) return cached;
  const from = month11(solarYear - 1, offset);
  const to = month11(solarYear, offset);
  const count = to.k - from.k; // 12, or 13 in a leap year
  const starts: number[] = [from.day];
  for (let i = 1; i < count; i++) starts.push(newMoonDay(from.k + i, offset));
  starts.push(to.day);
  // [CAL5] In a 13-month year the leap month is the first one after month 11 with no major term.
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i <= 12 && leapIndex < 0; i++) {
      if (!hasMajorTerm(starts[i]!, starts[i + 1]!, offset)) leapIndex = i;
    }
  }
  const months: Month[] = [];
  let number = 11;
  let year = solarYear - 1;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) {
      number = (number % 12) + 1;
      if (number === 1) year = solarYear;
    }
    months.push({ year, month: number, leap, start: starts[i]!, length: starts[i + 1]! - starts[i]! });
  }
  spans.set(key, months);
  return months;
}

const publicMonth = (m: Month): LunarMonth => ({
  year: m.year,
  month: m.month,
  leap: m.leap,
  start: fromDayNumber(m.start),
  length: m.length,
});

/** [CAL1]–[CAL5] The lunar date of a solar date, computed for a UTC offset (default +7, Vietnam). */
export function solarToLunar(date: DateInput, utcOffsetHours: number = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  checkOffset(utcOffsetHours);
  const d = toCalendarDate(date);
  checkYear(d.year);
  const n = dayNumber(d);
  const months = n >= month11(d.year, utcOffsetHours).day ? span(d.year + 1, utcOffsetHours) : span(d.year, utcOffsetHours);
  let found = months[0]!;
  for (const m of months) if (m.start <= n) found = m;
  return { year: found.year, month: found.month, day: n - found.start + 1, leap: found.leap };
}

/** The months of a lunar year in order: 12, or 13 with the leap month after its namesake. */
export function lunarMonthsOfYear(lunarYear: number, utcOffsetHours: number = VIETNAM_UTC_OFFSET_HOURS): LunarMonth[] {
  checkOffset(utcOffsetHours);
  checkYear(lunarYear);
  return [...span(lunarYear, utcOffsetHours), ...span(lunarYear + 1, utcOffsetHours)]
    .filter((m) => m.year === lunarYear)
    .map(publicMonth);
}

/**
 * The solar date of a lunar date. Throws `CalendarError('NO_SUCH_LUNAR_DATE')` for a
 * leap month the year does not have, or a day 30 in a 29-day month.
 */
export function lunarToSolar(lunar: LunarDate, utcOffsetHours: number = VIETNAM_UTC_OFFSET_HOURS): CalendarDate {
  checkOffset(utcOffsetHours);
  const { year, month, day, leap } = lunar;
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12) {
    throw new CalendarError('NO_SUCH_LUNAR_DATE', `not a lunar date: ${JSON.stringify(lunar)}`);
  }
  checkYear(year);
  const months = month >= 11 ? span(year + 1, utcOffsetHours) : span(year, utcOffsetHours);
  const m = months.find((x) => x.year === year && x.month === month && x.leap === leap);
  if (!m || day < 1 || day > m.length) {
    throw new CalendarError('NO_SUCH_LUNAR_DATE', `no such lunar date: ${JSON.stringify(lunar)}`);
  }
  return fromDayNumber(m.start + day - 1);
}
