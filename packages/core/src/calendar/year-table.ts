import type { IsoDate } from './date.js';

/**
 * A statutory public holiday, as in `data/holidays.vi.json` → `statutory`.
 * - solar, `month`/`day`, `days: 1`: that date every year;
 * - solar, `days: 2`: that date and one adjacent day (Quốc khánh 2/9 + 1/9 or 3/9);
 * - lunar with `month`/`day`: that lunar date (Giỗ Tổ 3/10);
 * - lunar without `month`/`day`: the lunar new year (Tết), `days` days.
 */
export interface StatutoryHoliday {
  readonly name: string;
  readonly calendar: 'solar' | 'lunar';
  readonly month?: number;
  readonly day?: number;
  readonly days: number;
  readonly note?: string;
}

/**
 * One year's official days off, as announced by the Government and entered or
 * confirmed by an administrator. `off` ranges are inclusive and include the weekends
 * inside each break; a range may start in the year before (30/12 … 1/1).
 */
export interface YearTable {
  readonly off: readonly (readonly [IsoDate, IsoDate])[];
  /** Saturdays worked to make up a weekday taken off (làm bù). */
  readonly workSaturdays: readonly IsoDate[];
}

/** The shape of `data/holidays.vi.json` that the calendar reads (other keys are ignored). */
export interface HolidayFile {
  readonly statutory: readonly StatutoryHoliday[];
  /** Official tables by year (`"2026"`). */
  readonly official: Readonly<Record<string, YearTable>>;
}
