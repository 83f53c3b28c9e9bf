import { addDays, toCalendarDate } from './date.js';
import type { CalendarDate, DateInput } from './date.js';
import { CalendarError } from './errors.js';
import { fromOfficeClock, toOfficeClock, VIETNAM_TIME_ZONE } from './office-time.js';
import type { WorkingCalendar } from './working-calendar.js';

/** How a procedure's processing time is counted. */
export type DueUnit = 'working-days' | 'working-hours' | 'same-day';

/** Office hours, `HH:MM` in the office time zone. */
export interface OfficeHours {
  /** Working sessions of a working day, in order (morning, afternoon). */
  readonly sessions: readonly { readonly start: string; readonly end: string }[];
  /** [CAL33] Same-day dossiers received after this time are due the next working day. */
  readonly sameDayCutoff: string;
}

/** [CAL32] 07:30–11:30 and 13:00–17:00 (8 hours), same-day cut-off 15:00. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  sessions: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
  sameDayCutoff: '15:00',
};

export interface DueDateInput {
  /** Instant the complete dossier was received (epoch ms). */
  readonly receivedAt: number;
  /** Working days (integer ≥ 1) or working hours (> 0); ignored for `same-day`. */
  readonly amount?: number;
  readonly unit: DueUnit;
  readonly calendar: WorkingCalendar;
  /** Default `Asia/Ho_Chi_Minh`. */
  readonly timeZone?: string;
  readonly hours?: OfficeHours;
}

const HOUR_MS = 3_600_000;
/** Longest run of non-working days the calendar may contain before we call it broken. */
const MAX_GAP_DAYS = 366;

function hhmm(value: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!(h >= 0 && h <= 24 && min >= 0 && min < 60 && h * 60 + min <= 1440)) {
    throw new CalendarError('INVALID_OFFICE_HOURS', `not HH:MM: ${value}`);
  }
  return (h * 60 + min) * 60_000;
}

interface Hours {
  readonly sessions: readonly (readonly [number, number])[];
  readonly close: number;
  readonly cutoff: number;
}

function parseHours(hours: OfficeHours): Hours {
  const sessions = hours.sessions.map((s) => [hhmm(s.start), hhmm(s.end)] as const);
  let prevEnd = -1;
  for (const [start, end] of sessions) {
    if (!(start < end) || start < prevEnd) {
      throw new CalendarError('INVALID_OFFICE_HOURS', 'office sessions must be non-empty, in order and not overlap');
    }
    prevEnd = end;
  }
  const last = sessions[sessions.length - 1];
  if (!last) throw new CalendarError('INVALID_OFFICE_HOURS', 'no office session');
  return { sessions, close: last[1], cutoff: hhmm(hours.sameDayCutoff) };
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(calendar: WorkingCalendar, date: DateInput): CalendarDate {
  let d = toCalendarDate(date);
  for (let i = 0; i < MAX_GAP_DAYS; i++) {
    d = addDays(d, 1);
    if (calendar.isWorkingDay(d)) return d;
  }
  throw new CalendarError('NO_WORKING_DAY', `no working day within ${MAX_GAP_DAYS} days after ${JSON.stringify(date)}`);
}

/** [CAL30] The n-th working day after `date` (the day itself is not counted). */
export function addWorkingDays(calendar: WorkingCalendar, date: DateInput, n: number): CalendarDate {
  if (!Number.isInteger(n) || n < 1) throw new CalendarError('INVALID_AMOUNT', `working days must be an integer ≥ 1: ${n}`);
  let d = toCalendarDate(date);
  for (let i = 0; i < n; i++) d = nextWorkingDay(calendar, d);
  return d;
}

/**
 * [CAL30]–[CAL35] The due instant (hẹn trả) of a dossier, epoch ms.
 * - working days: the n-th working day after the day of receipt, at closing time;
 * - working hours: counted inside office sessions of working days from receipt;
 * - same day: closing time of the day of receipt, or of the next working day when
 *   received after the cut-off or on a day that is not a working day.
 */
export function dueDate(input: DueDateInput): number {
  const timeZone = input.timeZone ?? VIETNAM_TIME_ZONE;
  const hours = parseHours(input.hours ?? DEFAULT_OFFICE_HOURS);
  const { calendar, receivedAt } = input;
  if (!Number.isFinite(receivedAt)) throw new CalendarError('INVALID_INSTANT', `receivedAt is not an instant: ${receivedAt}`);
  const received = toOfficeClock(receivedAt, timeZone);
  const closeOf = (d: CalendarDate): number => fromOfficeClock(d, hours.close, timeZone);

  switch (input.unit) {
    case 'working-days':
      return closeOf(addWorkingDays(calendar, received.date, input.amount ?? NaN));
    case 'same-day': {
      const sameDay = calendar.isWorkingDay(received.date) && received.msOfDay <= hours.cutoff;
      return closeOf(sameDay ? received.date : nextWorkingDay(calendar, received.date));
    }
    case 'working-hours': {
      const amount = input.amount ?? NaN;
      if (!Number.isFinite(amount) || amount <= 0) {
        throw new CalendarError('INVALID_AMOUNT', `working hours must be > 0: ${input.amount}`);
      }
      let remaining = Math.round(amount * HOUR_MS);
      let day = received.date;
      let from = received.msOfDay;
      if (!calendar.isWorkingDay(day)) {
        day = nextWorkingDay(calendar, day);
        from = 0;
      }
      for (;;) {
        for (const [start, end] of hours.sessions) {
          const begin = Math.max(start, from);
          if (begin >= end) continue;
          if (remaining <= end - begin) return fromOfficeClock(day, begin + remaining, timeZone);
          remaining -= end - begin;
        }
        day = nextWorkingDay(calendar, day);
        from = 0;
      }
    }
    default: {
      const unit: never = input.unit;
      throw new CalendarError('INVALID_UNIT', `unknown unit: ${String(unit)}`);
    }
  }
}
