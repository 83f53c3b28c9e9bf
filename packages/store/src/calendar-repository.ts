import type { Db } from './db.js';

export interface StoredYearTable {
  year: number;
  table: { off: Array<[string, string]>; workSaturdays: string[] };
  /** Confirmed by an admin (or official data); unconfirmed years use the rules' defaults. */
  confirmed: boolean;
  updatedAt: string;
}

/** Each year's official days off and make-up Saturdays, as entered or confirmed by an admin. */
export class CalendarRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      upsert: db.prepare(
        `INSERT INTO calendar_years (year, data, confirmed, updated_at) VALUES (@year, @data, @confirmed, @at)
         ON CONFLICT (year) DO UPDATE SET data = excluded.data, confirmed = excluded.confirmed, updated_at = excluded.updated_at`,
      ),
      all: db.prepare<[], { year: number; data: string; confirmed: number; updated_at: string }>(
        `SELECT * FROM calendar_years ORDER BY year`,
      ),
    };
  }

  save(year: number, table: StoredYearTable['table'], at: string): void {
    this.s.upsert.run({ year, data: JSON.stringify(table), confirmed: 1, at });
  }

  all(): StoredYearTable[] {
    return this.s.all.all().map((r) => ({
      year: r.year,
      table: JSON.parse(r.data) as StoredYearTable['table'],
      confirmed: r.confirmed === 1,
      updatedAt: r.updated_at,
    }));
  }
}
