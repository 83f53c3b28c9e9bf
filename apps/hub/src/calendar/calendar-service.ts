import { readFileSync } from 'node:fs';
import { buildCalendar, checkYearTable, type HolidayFile, type WorkingCalendar, type YearTable } from '@motcua/core';
import type { CalendarRepository } from '@motcua/store';

/**
 * The office's working-day calendar: official year tables (seeded from the reference data,
 * editable by an admin) over the statutory rules for years nobody has confirmed yet.
 */
export class CalendarService {
  private calendar: WorkingCalendar;

  constructor(
    private readonly repo: CalendarRepository,
    private readonly now: () => string,
  ) {
    this.calendar = this.build();
  }

  /** Seeds the official tables of the reference file for years not stored yet. */
  seed(path: string): void {
    const file = JSON.parse(readFileSync(path, 'utf8')) as HolidayFile;
    const stored = new Set(this.repo.all().map((y) => y.year));
    for (const [year, table] of Object.entries(file.official)) {
      if (!stored.has(Number(year))) {
        this.repo.save(Number(year), { off: table.off.map(([a, b]) => [a, b]), workSaturdays: [...table.workSaturdays] }, this.now());
      }
    }
    this.calendar = this.build();
  }

  current(): WorkingCalendar {
    return this.calendar;
  }

  /** An admin enters or confirms a year's table; refused with the problems found, if any. */
  saveYear(year: number, table: YearTable): string[] {
    const issues = checkYearTable(year, table);
    if (issues.length > 0) return issues.map((i) => i.message);
    this.repo.save(year, { off: table.off.map(([a, b]) => [a, b]), workSaturdays: [...table.workSaturdays] }, this.now());
    this.calendar = this.build();
    return [];
  }

  isConfirmed(year: number): boolean {
    return this.repo.all().some((y) => y.year === year && y.confirmed);
  }

  private build(): WorkingCalendar {
    const official: Record<string, YearTable> = {};
    for (const y of this.repo.all()) if (y.confirmed) official[String(y.year)] = y.table;
    return buildCalendar(official);
  }
}
