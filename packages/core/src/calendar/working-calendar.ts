import { dayNumber, fromDayNumber, toCalendarDate, toIsoDate } from './date.js';
import type { DateInput, IsoDate } from './date.js';
import { deriveYearTable } from './derive-year-table.js';
import { VIETNAM_UTC_OFFSET_HOURS } from './lunar.js';
import { ruleDaysOf, tetOf } from './rule-days.js';
import type { RuleDay, RuleOptions } from './rule-days.js';
import { DEFAULT_WEEKLY_REST_DAYS, LABOUR_CODE_2019_HOLIDAYS } from './statutory.js';
import type { YearTable } from './year-table.js';

/** Why a day is, or is not, a working day. */
export type DayReason =
  /** a weekly rest day (Saturday, Sunday) */
  | 'weekend'
  /** a statutory holiday, or one of the Tết days the Government chose */
  | 'holiday'
  /** the working day after a holiday that fell on a rest day */
  | 'compensatory'
  /** another weekday inside an announced break (swapped with a make-up Saturday) */
  | 'day-off'
  /** a Saturday worked to make up a day off (làm bù) */
  | 'makeup-saturday'
  /** an ordinary working day */
  | 'workday';

/** Where a day's status comes from: an announced table, or the rules (unconfirmed). */
export type DaySource = 'official' | 'derived';

export interface DayInfo {
  readonly date: IsoDate;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  readonly working: boolean;
  readonly reason: DayReason;
  /** The holiday or break, e.g. `Tết Nguyên đán`. */
  readonly name?: string;
  readonly source: DaySource;
}

export interface WorkingCalendar {
  isWorkingDay(date: DateInput): boolean;
  dayInfo(date: DateInput): DayInfo;
  /** Every day of a solar year, for the admin page. */
  daysOfYear(year: number): DayInfo[];
  /** Whether a year has an official table or is derived from the rules. */
  yearSource(year: number): DaySource;
  /** The table in force for a year: the official one, or the derived default for an admin to confirm. */
  tableOf(year: number): YearTable;
}

export type CalendarOptions = RuleOptions;

interface Range {
  readonly from: number;
  readonly to: number;
  readonly source: DaySource;
}

/**
 * [CAL20]–[CAL24] A working-day calendar from the official per-year tables (keyed by
 * year, `"2026"`) and the statutory rules for every year without one. Pure: the same
 * tables and options always give the same days; years are computed on first use.
 */
export function buildCalendar(official: Readonly<Record<string, YearTable>>, options: CalendarOptions = {}): WorkingCalendar {
  const rules: Required<RuleOptions> = {
    statutory: options.statutory ?? LABOUR_CODE_2019_HOLIDAYS,
    weeklyRestDays: options.weeklyRestDays ?? DEFAULT_WEEKLY_REST_DAYS,
    utcOffsetHours: options.utcOffsetHours ?? VIETNAM_UTC_OFFSET_HOURS,
  };
  const rest = new Set(rules.weeklyRestDays);
  const isRest = (n: number): boolean => rest.has(weekdayOfNumber(n));

  const tables = new Map<number, { table: YearTable; source: DaySource }>();
  const tableEntry = (year: number): { table: YearTable; source: DaySource } => {
    let e = tables.get(year);
    if (!e) {
      const announced = official[String(year)];
      e = announced ? { table: announced, source: 'official' } : { table: deriveYearTable(year, rules), source: 'derived' };
      tables.set(year, e);
    }
    return e;
  };

  const ruleCache = new Map<number, Map<number, RuleDay>>();
  const ruleDays = (year: number): Map<number, RuleDay> => {
    let m = ruleCache.get(year);
    if (!m) {
      m = new Map(ruleDaysOf(year, rules).map((d) => [toNumber(d.date), d]));
      ruleCache.set(year, m);
    }
    return m;
  };

  const breakName = (r: Range): string | undefined => {
    const names: string[] = [];
    for (let n = r.from; n <= r.to; n++) {
      const d = ruleDays(fromDayNumber(n).year).get(n);
      if (d?.kind === 'holiday' && !names.includes(d.name)) names.push(d.name);
    }
    return names.length ? names.join(' · ') : undefined;
  };

  const years = new Map<number, Map<number, DayInfo>>();
  const yearDays = (year: number): Map<number, DayInfo> => {
    const cached = years.get(year);
    if (cached) return cached;
    const own = tableEntry(year);
    const ranges: Range[] = [];
    const makeup = new Map<number, DaySource>();
    for (const y of [year - 1, year, year + 1]) {
      const { table, source } = tableEntry(y);
      for (const [a, b] of table.off) ranges.push({ from: toNumber(a), to: toNumber(b), source });
      for (const s of table.workSaturdays) makeup.set(toNumber(s), source);
    }
    const rulesOfYear = ruleDays(year);
    const tet = dayNumber(tetOf(year, rules.utcOffsetHours));
    const tetName = rulesOfYear.get(tet)?.name;
    const first = dayNumber({ year, month: 1, day: 1 });
    const last = dayNumber({ year, month: 12, day: 31 });
    const out = new Map<number, DayInfo>();
    for (let n = first; n <= last; n++) {
      const base = { date: toIsoDate(fromDayNumber(n)), weekday: weekdayOfNumber(n) };
      const range = ranges.find((r) => r.from <= n && n <= r.to);
      const rule = rulesOfYear.get(n);
      let info: DayInfo;
      if (range) {
        const off = { ...base, working: false, source: range.source };
        const name = breakName(range);
        if (rule) info = { ...off, reason: rule.kind, name: rule.name }; // [CAL21]
        else if (isRest(n)) info = withName({ ...off, reason: 'weekend' }, name);
        else if (range.from <= tet && tet <= range.to) info = withName({ ...off, reason: 'holiday' }, tetName ?? name); // [CAL22]
        else info = withName({ ...off, reason: 'day-off' }, name);
      } else if (makeup.has(n)) {
        info = { ...base, working: true, reason: 'makeup-saturday', source: makeup.get(n)! }; // [CAL23]
      } else {
        info = { ...base, working: !isRest(n), reason: isRest(n) ? 'weekend' : 'workday', source: own.source };
      }
      out.set(n, info);
    }
    years.set(year, out);
    return out;
  };

  const dayInfo = (date: DateInput): DayInfo => {
    const d = toCalendarDate(date);
    return yearDays(d.year).get(dayNumber(d))!;
  };

  return {
    dayInfo,
    isWorkingDay: (date) => dayInfo(date).working,
    daysOfYear: (year) => [...yearDays(year).values()],
    yearSource: (year) => tableEntry(year).source,
    tableOf: (year) => tableEntry(year).table,
  };
}

const toNumber = (iso: IsoDate): number => dayNumber(toCalendarDate(iso));
const weekdayOfNumber = (n: number): number => (((n + 4) % 7) + 7) % 7;
const withName = (info: DayInfo, name: string | undefined): DayInfo => (name === undefined ? info : { ...info, name });
