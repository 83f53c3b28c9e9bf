import type { Dossier, DossierOutcome, DossierStatusCode, TimeUnit } from '@motcua/protocol';
import { dayNumber } from '../calendar/date.js';
import { DEFAULT_OFFICE_HOURS, dueDate } from '../calendar/due-date.js';
import type { OfficeHours } from '../calendar/due-date.js';
import { CalendarError } from '../calendar/errors.js';
import { toOfficeClock } from '../calendar/office-time.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { fail, ok } from '../queue/result.js';
import type { Result } from '../queue/result.js';
import { addWorkingMs, WORKING_HOUR_MS, workingMsBetween } from './working-time.js';

/** Epoch ms of a stored ISO 8601 instant (they always carry an offset). */
export const instantOf = (iso: string): number => Date.parse(iso);

const two = (n: number): string => String(n).padStart(2, '0');

/** `17 giờ 00 phút, ngày 09/10/2026`: an instant as printed on the forms, in the office time zone. */
export function viDateTime(epochMs: number, timeZone: string): string {
  const { date, msOfDay } = toOfficeClock(epochMs, timeZone);
  const minutes = Math.floor(msOfDay / 60_000);
  return `${two(Math.floor(minutes / 60))} giờ ${two(minutes % 60)} phút, ngày ${two(date.day)}/${two(date.month)}/${date.year}`;
}

/** [D16] Statuses in which the office's clock runs or is paused: received, not finished. */
export const ACTIVE_DOSSIER_STATUSES: readonly DossierStatusCode[] = [2, 4, 5, 6];
export const isActiveDossierStatus = (s: DossierStatusCode): boolean => ACTIVE_DOSSIER_STATUSES.includes(s);

export interface ReceptionDueInput {
  receivedAt: number;
  processingTime: { amount: number | null; unit: TimeUnit };
  calendar: WorkingCalendar;
  timeZone: string;
  hours?: OfficeHours;
}

const calendarMessage = (e: CalendarError): string => {
  switch (e.code) {
    case 'INVALID_AMOUNT':
      return 'Thời hạn giải quyết không hợp lệ: số ngày làm việc phải là số nguyên từ 1, số giờ làm việc phải lớn hơn 0.';
    case 'INVALID_INSTANT':
      return 'Thời điểm tiếp nhận không hợp lệ.';
    case 'INVALID_TIME_ZONE':
      return 'Múi giờ của cơ quan không hợp lệ.';
    case 'INVALID_UNIT':
      return 'Đơn vị thời hạn không hợp lệ (ngày làm việc, giờ làm việc hoặc trong ngày).';
    case 'INVALID_OFFICE_HOURS':
      return 'Giờ làm việc của cơ quan không hợp lệ.';
    case 'NO_WORKING_DAY':
      return 'Lịch làm việc không có ngày làm việc nào trong một năm tới; cần kiểm tra lại lịch nghỉ.';
    default:
      return 'Không tính được ngày hẹn trả theo lịch làm việc.';
  }
};

/** Runs calendar arithmetic, turning a `CalendarError` into a Vietnamese refusal. */
export function calendarResult<T>(run: () => T): Result<T> {
  try {
    return ok(run());
  } catch (e) {
    if (e instanceof CalendarError) return fail(e.code === 'NO_WORKING_DAY' ? 'INTERNAL' : 'BAD_REQUEST', calendarMessage(e));
    if (e instanceof RangeError) return fail('BAD_REQUEST', 'Giờ làm việc của cơ quan không hợp lệ.');
    throw e;
  }
}

/**
 * [D4] The due instant (epoch ms) of a dossier received complete at `receivedAt`. A procedure
 * without a published time (`amount: null`) is refused: the clerk must choose one.
 */
export function receptionDueAt(input: ReceptionDueInput): Result<number> {
  const { receivedAt, processingTime, calendar, timeZone } = input;
  const { amount, unit } = processingTime;
  if (unit !== 'same-day' && amount === null) {
    return fail('BAD_REQUEST', 'Thủ tục chưa có thời hạn giải quyết được công bố; cán bộ phải chọn thời hạn trước khi tiếp nhận.');
  }
  if (!Number.isFinite(receivedAt)) return fail('BAD_REQUEST', 'Thời điểm tiếp nhận không hợp lệ.');
  return calendarResult(() =>
    dueDate({
      receivedAt,
      unit,
      calendar,
      timeZone,
      ...(amount === null ? {} : { amount }),
      ...(input.hours ? { hours: input.hours } : {}),
    }),
  );
}

/**
 * [D15] Early = resolved on an office day before the due instant's office day; on time = not
 * after the due instant, on its day; late = after the due instant.
 */
export function outcomeOf(resultAt: number, dueAt: number, timeZone: string): DossierOutcome {
  if (resultAt > dueAt) return 'late';
  const resultDay = dayNumber(toOfficeClock(resultAt, timeZone).date);
  const dueDay = dayNumber(toOfficeClock(dueAt, timeZone).date);
  return resultDay < dueDay ? 'early' : 'on-time';
}

/** The pause that covers instant `t` (`from <= t < to`, or still open), if any. */
export function dossierPauseAt(d: Dossier, t: number): Dossier['pauses'][number] | undefined {
  return d.pauses.find((p) => instantOf(p.from) <= t && (p.to === null || instantOf(p.to) > t));
}

/**
 * [D16] The dossier's clock at `t`: `t` itself, or — while a supplement or financial wait
 * covers `t` — the instant that wait began (the clock is stopped).
 */
export function dossierClockAt(d: Dossier, t: number): number {
  const p = dossierPauseAt(d, t);
  return p ? Math.min(t, instantOf(p.from)) : t;
}

/**
 * [D16] Overdue: still active (2, 4, 5, 6) and the clock is past the due instant. During a
 * wait the clock stands at the wait's start, so a wait never makes a dossier overdue, and a
 * dossier already overdue when the wait began stays overdue.
 */
export function isOverdue(d: Dossier, now: number): boolean {
  return isActiveDossierStatus(d.status) && dossierClockAt(d, now) > instantOf(d.dueAt);
}

/**
 * [D17] The due instant as it would be if the open wait ended at `now` (what
 * `supplement-received` / `financial-done` would record); `dueAt` when nothing is open.
 */
export function effectiveDueAt(
  d: Dossier,
  now: number,
  calendar: WorkingCalendar,
  timeZone: string,
  hours: OfficeHours = DEFAULT_OFFICE_HOURS,
): number {
  const due = instantOf(d.dueAt);
  const open = d.pauses.find((p) => p.to === null);
  if (!open || !isActiveDossierStatus(d.status)) return due;
  return extendedDueAt(due, instantOf(open.from), now, calendar, timeZone, hours);
}

/** [D9] `due` moved by the working time of a wait `[from, to)` that began at or before `due`. */
export function extendedDueAt(
  due: number,
  from: number,
  to: number,
  calendar: WorkingCalendar,
  timeZone: string,
  hours: OfficeHours = DEFAULT_OFFICE_HOURS,
): number {
  if (from > due) return due;
  return addWorkingMs(due, workingMsBetween(from, to, calendar, timeZone, hours), calendar, timeZone, hours);
}

/**
 * [D18] Due soon: in 2 or 4 (the office holds it and its clock runs), not overdue, and at most
 * `withinWorkingHours` of working time left until the due instant.
 */
export function isDueSoon(
  d: Dossier,
  now: number,
  calendar: WorkingCalendar,
  timeZone: string,
  withinWorkingHours = 8,
  hours: OfficeHours = DEFAULT_OFFICE_HOURS,
): boolean {
  if (d.status !== 2 && d.status !== 4) return false;
  const due = instantOf(d.dueAt);
  if (now > due) return false;
  return workingMsBetween(now, due, calendar, timeZone, hours) <= withinWorkingHours * WORKING_HOUR_MS;
}
