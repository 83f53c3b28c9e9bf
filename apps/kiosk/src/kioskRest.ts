import type { DossierLookup, Procedure } from '@motcua/protocol';
import { apiRequest, type Result } from '@motcua/ui';

// Typed calls to the catalog and public dossier look-up routes (docs/api.md). They belong next
// to the other REST helpers of `@motcua/ui` (client/rest.ts).

export interface FieldCount {
  field: string;
  count: number;
}

const opts = (token: string) => ({ token });

export async function fetchFields(token: string): Promise<Result<FieldCount[]>> {
  const r = await apiRequest<{ fields?: FieldCount[] }>('GET', '/api/procedures/fields', undefined, opts(token));
  return r.ok ? { ok: true, data: Array.isArray(r.data.fields) ? r.data.fields : [] } : r;
}

export async function searchProcedures(
  query: { field?: string; q?: string; limit?: number },
  token: string,
): Promise<Result<Procedure[]>> {
  const params = new URLSearchParams();
  if (query.field) params.set('field', query.field);
  if (query.q) params.set('q', query.q);
  params.set('limit', String(query.limit ?? 100));
  const r = await apiRequest<{ procedures?: Procedure[] }>('GET', `/api/procedures?${params}`, undefined, opts(token));
  return r.ok ? { ok: true, data: Array.isArray(r.data.procedures) ? r.data.procedures : [] } : r;
}

/** Public look-up by code; with `factor` (last 4 digits of phone or ID) the timeline too. */
export function lookupDossier(code: string, factor: string | null, token: string): Promise<Result<DossierLookup>> {
  const q = factor ? `?factor=${encodeURIComponent(factor)}` : '';
  return apiRequest<DossierLookup>('GET', `/api/public/dossiers/${encodeURIComponent(code)}${q}`, undefined, opts(token));
}
