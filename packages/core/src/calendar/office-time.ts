import { dayNumber, fromDayNumber } from './date.js';
import type { CalendarDate } from './date.js';
import { CalendarError } from './errors.js';

/** The office time zone of Vietnam (UTC+7, no daylight saving). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
      });
    } catch {
      throw new CalendarError('INVALID_TIME_ZONE', `unknown time zone: ${timeZone}`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes to add to UTC to get the office's wall clock at an instant (+420 in Vietnam). */
export function utcOffsetMinutes(epochMs: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(epochMs)) p[part.type] = Number(part.value);
  const wall =
    (dayNumber({ year: p.year!, month: p.month!, day: p.day! }) * 24 + (p.hour! % 24)) * 3_600_000 +
    p.minute! * 60_000 +
    p.second! * 1000;
  return Math.round((wall - (epochMs - (((epochMs % 1000) + 1000) % 1000))) / 60_000);
}

/** An instant as the office sees it: its calendar date and the milliseconds since local midnight. */
export interface OfficeClock {
  readonly date: CalendarDate;
  readonly msOfDay: number;
}

export function toOfficeClock(epochMs: number, timeZone: string): OfficeClock {
  const local = epochMs + utcOffsetMinutes(epochMs, timeZone) * 60_000;
  const day = Math.floor(local / DAY_MS);
  return { date: fromDayNumber(day), msOfDay: local - day * DAY_MS };
}

/** The instant of a wall-clock time on a date in the office time zone. */
export function fromOfficeClock(date: CalendarDate, msOfDay: number, timeZone: string): number {
  const local = dayNumber(date) * DAY_MS + msOfDay;
  let guess = local - utcOffsetMinutes(local, timeZone) * 60_000;
  guess = local - utcOffsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * [CAL36] An instant as ISO 8601 with the office's offset, to the second:
 * `2026-10-09T17:00:00+07:00`.
 */
export function toOfficeIso(epochMs: number, timeZone: string = VIETNAM_TIME_ZONE): string {
  const offset = utcOffsetMinutes(epochMs, timeZone);
  const { date, msOfDay } = toOfficeClock(epochMs, timeZone);
  const s = Math.floor(msOfDay / 1000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${String(date.year).padStart(4, '0')}-${two(date.month)}-${two(date.day)}` +
    `T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` +
    `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
  );
}
