import { dayNumber, fromDayNumber } from '../calendar/date.js';
import { DEFAULT_OFFICE_HOURS, dueDate } from '../calendar/due-date.js';
import type { OfficeHours } from '../calendar/due-date.js';
import { fromOfficeClock, toOfficeClock } from '../calendar/office-time.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

const HOUR_MS = 3_600_000;
export const WORKING_HOUR_MS = HOUR_MS;

function msOfDay(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`giờ làm việc không hợp lệ: ${hhmm}`);
  return (Number(m[1]) * 60 + Number(m[2])) * 60_000;
}

/**
 * [D9] Working time (ms) between two instants: the parts of `[fromMs, toMs)` that lie inside
 * the office sessions of working days, read in the office time zone. 0 when `toMs <= fromMs`.
 */
export function workingMsBetween(
  fromMs: number,
  toMs: number,
  calendar: WorkingCalendar,
  timeZone: string,
  hours: OfficeHours = DEFAULT_OFFICE_HOURS,
): number {
  if (!(toMs > fromMs)) return 0;
  const sessions = hours.sessions.map((s) => [msOfDay(s.start), msOfDay(s.end)] as const);
  const first = dayNumber(toOfficeClock(fromMs, timeZone).date);
  const last = dayNumber(toOfficeClock(toMs, timeZone).date);
  let total = 0;
  for (let n = first; n <= last; n++) {
    const date = fromDayNumber(n);
    if (!calendar.isWorkingDay(date)) continue;
    for (const [start, end] of sessions) {
      const a = Math.max(fromMs, fromOfficeClock(date, start, timeZone));
      const b = Math.min(toMs, fromOfficeClock(date, end, timeZone));
      if (b > a) total += b - a;
    }
  }
  return total;
}

/**
 * [D9] The instant `workingMs` of working time after `atMs` (counted like the calendar's
 * working-hours due date: inside sessions of working days; ending exactly at a session's end
 * gives that end). `atMs` itself when `workingMs <= 0`.
 */
export function addWorkingMs(
  atMs: number,
  workingMs: number,
  calendar: WorkingCalendar,
  timeZone: string,
  hours: OfficeHours = DEFAULT_OFFICE_HOURS,
): number {
  if (!(workingMs > 0)) return atMs;
  return dueDate({ receivedAt: atMs, amount: workingMs / HOUR_MS, unit: 'working-hours', calendar, timeZone, hours });
}
