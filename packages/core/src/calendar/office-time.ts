import { dayNumber, fromDayNumber, isValidCalendarDate, weekdayOf } from './date.js';
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

/** The wall-clock fields of an instant in a time zone. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/**
 * An instant field by field as a clock in `timeZone` shows it: the one place that asks Intl
 * for a zone's rules (formatters cached per zone), used by the screens' and the forms'
 * formatting alike. Throws CalendarError INVALID_TIME_ZONE for an unknown zone.
 */
export function localParts(epochMs: number, timeZone: string): LocalParts {
  const { date, msOfDay } = toOfficeClock(epochMs, timeZone);
  const s = Math.floor(msOfDay / 1000);
  return {
    ...date,
    hour: Math.floor(s / 3600),
    minute: Math.floor(s / 60) % 60,
    second: s % 60,
    weekday: weekdayOf(date),
  };
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

/**
 * [CAL36] Reads an ISO 8601 instant (`2026-10-05T09:15:00+07:00`, `…Z`). Without an
 * offset the wall-clock time is read in the office time zone, never the host's.
 * Throws `CalendarError('INVALID_INSTANT')`.
 */
export function parseOfficeInstant(iso: string, timeZone: string = VIETNAM_TIME_ZONE): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  const date = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  const [h, min, s] = m ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : [NaN, NaN, NaN];
  if (!m || !date || !isValidCalendarDate(date) || !(h < 24 && min < 60 && s < 60)) {
    throw new CalendarError('INVALID_INSTANT', `not an ISO 8601 instant: ${iso}`);
  }
  const ms = ((h * 60 + min) * 60 + s) * 1000 + Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const zone = m[8];
  if (zone === undefined) return fromOfficeClock(date, ms, timeZone);
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  if (Math.abs(offset) > 18 * 60) throw new CalendarError('INVALID_INSTANT', `offset out of range: ${iso}`);
  return dayNumber(date) * DAY_MS + ms - offset * 60_000;
}
