import type { Dossier, DossierOutcome } from '@motcua/protocol';
import { addDays, toCalendarDate } from '../calendar/date.js';
import type { CalendarDate } from '../calendar/date.js';
import { fromOfficeClock } from '../calendar/office-time.js';
import { fail, ok } from '../queue/result.js';
import type { Result } from '../queue/result.js';
import { dossierClockAt, instantOf, outcomeOf, dossierPauseAt } from './time.js';

/** A report period: office days `YYYY-MM-DD`, both included ("Từ ngày … đến ngày …"). */
export interface Bieu06Period {
  from: string;
  to: string;
}

export interface Bieu06Options {
  timeZone: string;
  groupBy: 'field' | 'unit';
  /** The unit a dossier counts under when grouping by unit; default: the unit of its current holder. */
  unitOf?: (d: Dossier) => string;
}

/** The columns of one row (Biểu 06 plus what offices add). */
export interface Bieu06Counts {
  received: { total: number; onlineNew: number; inPersonOrPostNew: number; carriedOver: number };
  resolved: { total: number; early: number; onTime: number; late: number };
  inProgress: { total: number; withinTime: number; overdue: number };
  /** In progress at the end of the period and waiting for a supplement (part of `inProgress`). */
  waitingSupplement: number;
  /** In progress at the end of the period and waiting for a financial obligation (part of `inProgress`). */
  waitingFinancial: number;
  /** Withdrawn (7) or stopped (8) inside the period. */
  withdrawnOrStopped: number;
  /** (early + on time) / resolved × 100, two decimals; `null` when nothing was resolved. */
  onTimeOrEarlyPercent: number | null;
}

export interface Bieu06Row extends Bieu06Counts {
  /** The field (lĩnh vực) or unit. */
  key: string;
}

export interface Bieu06Report {
  period: Bieu06Period;
  groupBy: 'field' | 'unit';
  /** Rows with at least one dossier, sorted by key (Vietnamese order). */
  rows: Bieu06Row[];
  /** The sum of the rows ("Tổng số"). */
  total: Bieu06Counts;
}

/** Where one dossier falls in a period ([D21]–[D24]); `null` buckets do not apply. */
export interface Bieu06Buckets {
  received: 'online-new' | 'in-person-or-post-new' | 'carried-over' | null;
  resolved: DossierOutcome | null;
  inProgress: 'within-time' | 'overdue' | null;
  waiting: 'supplement' | 'financial' | null;
  withdrawnOrStopped: boolean;
}

/** [D20] Checks a period: two real office days, `from` not after `to`. */
export function checkBieu06Period(period: Bieu06Period): Result<{ from: CalendarDate; to: CalendarDate }> {
  try {
    const from = toCalendarDate(period.from);
    const to = toCalendarDate(period.to);
    if (period.from > period.to) return fail('BAD_REQUEST', 'Kỳ báo cáo không hợp lệ: "từ ngày" phải trước hoặc bằng "đến ngày".');
    return ok({ from, to });
  } catch {
    return fail('BAD_REQUEST', 'Kỳ báo cáo không hợp lệ: ngày phải có dạng YYYY-MM-DD.');
  }
}

/** [D20] The instants bounding a period: start of `from`, and start of the day after `to` (excluded). */
function bounds(period: Bieu06Period, timeZone: string): { start: number; end: number } {
  const checked = checkBieu06Period(period);
  if (!checked.ok) throw new RangeError(checked.error.message);
  return {
    start: fromOfficeClock(checked.value.from, 0, timeZone),
    end: fromOfficeClock(addDays(checked.value.to, 1), 0, timeZone),
  };
}

/** [D20] When the dossier stopped counting as in progress: result, withdrawal or stop; else `null`. */
export function dossierEndedAt(d: Dossier): number | null {
  if (d.resultAt !== null) return instantOf(d.resultAt);
  if (d.status === 7 || d.status === 8) {
    const e = d.history.find((h) => h.status === d.status);
    return e ? instantOf(e.at) : null;
  }
  return null;
}

function classify(d: Dossier, start: number, end: number, timeZone: string): Bieu06Buckets | null {
  if (d.status === 1 || d.status === 3) return null;
  const r = instantOf(d.receivedAt);
  if (!Number.isFinite(r) || r >= end) return null;
  const e = dossierEndedAt(d);
  if (e !== null && e < start) return null;
  // [D21]
  const received: Bieu06Buckets['received'] =
    r < start ? 'carried-over' : d.channel === 'online' ? 'online-new' : 'in-person-or-post-new';
  // [D22]
  const resultAt = d.resultAt === null ? null : instantOf(d.resultAt);
  const resolved =
    resultAt !== null && resultAt >= start && resultAt < end ? d.outcome ?? outcomeOf(resultAt, instantOf(d.dueAt), timeZone) : null;
  // [D23] the state at the last instant of `to`
  const last = end - 1;
  const open = e === null || e >= end;
  const inProgress: Bieu06Buckets['inProgress'] = !open
    ? null
    : dossierClockAt(d, last) > instantOf(d.dueAt)
      ? 'overdue'
      : 'within-time';
  const waiting = open ? dossierPauseAt(d, last)?.kind ?? null : null;
  // [D24]
  const withdrawnOrStopped = (d.status === 7 || d.status === 8) && e !== null && e >= start && e < end;
  return { received, resolved, inProgress, waiting, withdrawnOrStopped };
}

/** [D20]–[D24] The buckets of one dossier in a period, or `null` when it does not count there. */
export function bieu06Buckets(d: Dossier, period: Bieu06Period, timeZone: string): Bieu06Buckets | null {
  const { start, end } = bounds(period, timeZone);
  return classify(d, start, end, timeZone);
}

function emptyCounts(): Bieu06Counts {
  return {
    received: { total: 0, onlineNew: 0, inPersonOrPostNew: 0, carriedOver: 0 },
    resolved: { total: 0, early: 0, onTime: 0, late: 0 },
    inProgress: { total: 0, withinTime: 0, overdue: 0 },
    waitingSupplement: 0,
    waitingFinancial: 0,
    withdrawnOrStopped: 0,
    onTimeOrEarlyPercent: null,
  };
}

function add(c: Bieu06Counts, b: Bieu06Buckets): void {
  c.received.total++;
  if (b.received === 'online-new') c.received.onlineNew++;
  else if (b.received === 'in-person-or-post-new') c.received.inPersonOrPostNew++;
  else c.received.carriedOver++;
  if (b.resolved) {
    c.resolved.total++;
    if (b.resolved === 'early') c.resolved.early++;
    else if (b.resolved === 'on-time') c.resolved.onTime++;
    else c.resolved.late++;
  }
  if (b.inProgress) {
    c.inProgress.total++;
    if (b.inProgress === 'overdue') c.inProgress.overdue++;
    else c.inProgress.withinTime++;
  }
  if (b.waiting === 'supplement') c.waitingSupplement++;
  if (b.waiting === 'financial') c.waitingFinancial++;
  if (b.withdrawnOrStopped) c.withdrawnOrStopped++;
}

function sum(into: Bieu06Counts, c: Bieu06Counts): void {
  for (const group of ['received', 'resolved', 'inProgress'] as const) {
    const target = into[group] as Record<string, number>;
    for (const [k, v] of Object.entries(c[group])) target[k] = (target[k] ?? 0) + v;
  }
  into.waitingSupplement += c.waitingSupplement;
  into.waitingFinancial += c.waitingFinancial;
  into.withdrawnOrStopped += c.withdrawnOrStopped;
}

/** [D25] */
function withPercent<T extends Bieu06Counts>(c: T): T {
  const { total, early, onTime } = c.resolved;
  c.onTimeOrEarlyPercent = total === 0 ? null : Math.round(((early + onTime) * 10_000) / total) / 100;
  return c;
}

/**
 * [D20]–[D26] Biểu 06 (TT 01/2020/TT-VPCP) for a period: one row per field or unit, and the
 * total. Throws `RangeError` for a malformed period (check it first with `checkBieu06Period`).
 */
export function bieu06(dossiers: readonly Dossier[], period: Bieu06Period, options: Bieu06Options): Bieu06Report {
  const { start, end } = bounds(period, options.timeZone);
  const keyOf =
    options.groupBy === 'field' ? (d: Dossier): string => d.field : (options.unitOf ?? ((d: Dossier): string => d.holder.unit));
  const rows = new Map<string, Bieu06Row>();
  for (const d of dossiers) {
    const b = classify(d, start, end, options.timeZone);
    if (!b) continue;
    const key = keyOf(d);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, ...emptyCounts() }));
    add(row, b);
  }
  const sorted = [...rows.values()].sort((a, b) => a.key.localeCompare(b.key, 'vi'));
  const total = emptyCounts();
  for (const row of sorted) sum(total, withPercent(row));
  return { period: { from: period.from, to: period.to }, groupBy: options.groupBy, rows: sorted, total: withPercent(total) };
}
