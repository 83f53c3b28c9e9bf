import type { Procedure } from '@motcua/protocol';
import type { Db } from './db.js';

interface Row {
  data: string;
}

/** The procedure catalog; `folded` is the name and code folded for diacritic-insensitive search. */
export class CatalogRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      upsert: db.prepare(
        `INSERT INTO procedures (code, name, field, folded, data, active, updated_at)
         VALUES (@code, @name, @field, @folded, @data, @active, @at)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, field = excluded.field, folded = excluded.folded,
           data = excluded.data, active = excluded.active, updated_at = excluded.updated_at`,
      ),
      all: db.prepare<[], Row & { folded: string }>(`SELECT data, folded FROM procedures ORDER BY field, name`),
      byCode: db.prepare<[string], Row>(`SELECT data FROM procedures WHERE code = ?`),
      count: db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM procedures`),
    };
  }

  save(p: Procedure, folded: string, at: string): void {
    this.s.upsert.run({ code: p.code, name: p.name, field: p.field, folded, data: JSON.stringify(p), active: p.active ? 1 : 0, at });
  }

  all(): Array<{ procedure: Procedure; folded: string }> {
    return this.s.all.all().map((r) => ({ procedure: JSON.parse(r.data) as Procedure, folded: r.folded }));
  }

  byCode(code: string): Procedure | null {
    const r = this.s.byCode.get(code);
    return r ? (JSON.parse(r.data) as Procedure) : null;
  }

  count(): number {
    return this.s.count.get()!.n;
  }
}
