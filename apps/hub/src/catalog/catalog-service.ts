import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { foldVietnamese, matchesQuery } from '@motcua/core';
import { ProcedureSchema, type Procedure } from '@motcua/protocol';
import type { CatalogRepository } from '@motcua/store';

/** The shape of the shared reference file (`procedures.vi.json`): processing time in working days. */
const ReferenceProcedureSchema = z.object({
  code: z.string().min(1).nullable(),
  name: z.string().min(1),
  field: z.string().min(1),
  level: z.string().nullable().optional(),
  processingDays: z.number().min(0).nullable(),
  fee: z.string().nullable().optional(),
  components: z.array(z.string()),
  onlineLevel: z.union([z.string(), z.number()]).nullable().optional(),
});

/**
 * Some published procedures have no national code; they get a stable local one from their
 * name (`LOCAL-` + 8 hex digits), so re-importing the same file updates rather than duplicates.
 */
export function localCode(name: string): string {
  return `LOCAL-${createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 8).toUpperCase()}`;
}

/** One imported entry: our own Procedure shape, or the reference file's shape (converted). */
export function toProcedure(raw: unknown): { ok: true; procedure: Procedure } | { ok: false; message: string } {
  const own = ProcedureSchema.safeParse(raw);
  if (own.success) return { ok: true, procedure: own.data };
  const ref = ReferenceProcedureSchema.safeParse(raw);
  if (!ref.success) return { ok: false, message: own.error.issues[0]?.message ?? 'không đúng định dạng thủ tục' };
  const r = ref.data;
  return {
    ok: true,
    procedure: ProcedureSchema.parse({
      code: r.code ?? localCode(r.name),
      name: r.name,
      field: r.field,
      level: r.level ?? null,
      processingTime:
        r.processingDays === 0
          ? { amount: 0, unit: 'same-day' }
          : { amount: r.processingDays, unit: 'working-days' },
      fee: r.fee ?? null,
      components: r.components.map((c) => c.slice(0, 600)).filter((c) => c.trim().length > 0),
      onlineLevel: r.onlineLevel === null || r.onlineLevel === undefined ? null : String(r.onlineLevel),
      active: true,
    }),
  };
}

/** The procedure catalog: browse by field, search with or without diacritics, edit, import. */
export class CatalogService {
  /** The catalog as searched: read once, dropped on every change (kiosks search as citizens type). */
  private cache: Array<{ procedure: Procedure; folded: string }> | null = null;

  constructor(
    private readonly repo: CatalogRepository,
    private readonly now: () => string,
  ) {}

  /** Seeds an empty catalog from a reference file. */
  seedIfEmpty(path: string): number {
    if (this.repo.count() > 0) return 0;
    return this.import(JSON.parse(readFileSync(path, 'utf8')) as unknown[]).imported;
  }

  import(entries: unknown[]): { imported: number; errors: Array<{ index: number; message: string }> } {
    const errors: Array<{ index: number; message: string }> = [];
    let imported = 0;
    entries.forEach((raw, index) => {
      const r = toProcedure(raw);
      if (!r.ok) {
        errors.push({ index, message: r.message });
        return;
      }
      this.save(r.procedure);
      imported++;
    });
    return { imported, errors };
  }

  save(p: Procedure): void {
    this.repo.save(p, foldVietnamese(`${p.name} ${p.code}`), this.now());
    this.cache = null;
  }

  private entries(): Array<{ procedure: Procedure; folded: string }> {
    this.cache ??= this.repo.all();
    return this.cache;
  }

  get(code: string): Procedure | null {
    return this.repo.byCode(code);
  }

  fields(): Array<{ field: string; count: number }> {
    const counts = new Map<string, number>();
    for (const { procedure } of this.entries()) {
      if (procedure.active) counts.set(procedure.field, (counts.get(procedure.field) ?? 0) + 1);
    }
    return [...counts.entries()]
      .map(([field, count]) => ({ field, count }))
      .sort((a, b) => a.field.localeCompare(b.field, 'vi'));
  }

  /** Matches, those containing the typed words as one phrase first, then by field and name. */
  search(o: { field?: string | undefined; q?: string | undefined; limit: number; includeInactive?: boolean }): Procedure[] {
    const phrase = o.q ? ` ${foldVietnamese(o.q)}` : '';
    const hits: Array<{ procedure: Procedure; rank: number }> = [];
    for (const { procedure, folded } of this.entries()) {
      if (!procedure.active && !o.includeInactive) continue;
      if (o.field && procedure.field !== o.field) continue;
      if (o.q && !matchesQuery(folded, o.q)) continue;
      hits.push({ procedure, rank: phrase.trim() && ` ${folded}`.includes(phrase) ? 0 : 1 });
    }
    return hits
      .sort((a, b) => a.rank - b.rank)
      .slice(0, o.limit)
      .map((h) => h.procedure);
  }
}
