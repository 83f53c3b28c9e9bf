import type {
  Dossier,
  DossierActionInput,
  DossierListItem,
  PrintJobInfo,
  Procedure,
  ReceiveDossierInput,
  ReceptionSlipInput,
} from '@motcua/protocol';
import { apiRequest, NETWORK_ERROR, type Result } from '@motcua/ui';
import { dueDatePath } from './logic.js';

// The hub's dossier, catalog and calendar routes as typed calls (docs/api.md). Candidates for
// packages/ui/src/client/rest.ts once it is free to edit.

const opts = (token: string) => ({ token });

export async function searchProcedures(token: string, q: { q?: string; field?: string }): Promise<Result<Procedure[]>> {
  const params = new URLSearchParams();
  if (q.q?.trim()) params.set('q', q.q.trim());
  if (q.field) params.set('field', q.field);
  params.set('limit', '30');
  const r = await apiRequest<{ procedures: Procedure[] }>('GET', `/api/procedures?${params.toString()}`, undefined, opts(token));
  return r.ok ? { ok: true, data: r.data.procedures ?? [] } : r;
}

export async function dueDate(token: string, receivedAt: string, amount: number | null, unit: Procedure['processingTime']['unit']): Promise<Result<string>> {
  const r = await apiRequest<{ dueAt: string }>('GET', dueDatePath(receivedAt, amount, unit), undefined, opts(token));
  return r.ok ? { ok: true, data: r.data.dueAt } : r;
}

export function receiveDossier(token: string, input: ReceiveDossierInput): Promise<Result<{ dossier: Dossier; printJobIds: string[] }>> {
  return apiRequest('POST', '/api/dossiers', input, opts(token));
}

export function printSlip(token: string, input: ReceptionSlipInput): Promise<Result<{ printJobIds: string[] }>> {
  return apiRequest('POST', '/api/dossiers/slips', input, opts(token));
}

export async function getDossier(token: string, code: string): Promise<Result<Dossier>> {
  const r = await apiRequest<{ dossier: Dossier }>('GET', `/api/dossiers/${encodeURIComponent(code)}`, undefined, opts(token));
  return r.ok ? { ok: true, data: r.data.dossier } : r;
}

export async function listDossiers(token: string, holder: 'me' | 'all'): Promise<Result<DossierListItem[]>> {
  const r = await apiRequest<{ dossiers: DossierListItem[] }>('GET', `/api/dossiers?holder=${holder}`, undefined, opts(token));
  return r.ok ? { ok: true, data: r.data.dossiers ?? [] } : r;
}

export function actOn(token: string, code: string, action: DossierActionInput): Promise<Result<{ dossier: Dossier; printJobIds: string[] }>> {
  return apiRequest('POST', `/api/dossiers/${encodeURIComponent(code)}/actions`, action, opts(token));
}

export async function getJob(token: string, id: string): Promise<Result<PrintJobInfo>> {
  const r = await apiRequest<{ job: PrintJobInfo }>('GET', `/api/print/jobs/${encodeURIComponent(id)}`, undefined, opts(token));
  return r.ok ? { ok: true, data: r.data.job } : r;
}

/**
 * A PDF that needs the Bearer token (receipt, control sheet): fetched, then opened from a blob
 * URL in a new tab. The tab is opened first (a popup blocker allows it only inside the click).
 */
export async function openPdf(token: string, path: string): Promise<string | null> {
  const win = window.open('', '_blank');
  let res: Response;
  try {
    res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    win?.close();
    return NETWORK_ERROR.message;
  }
  if (!res.ok) {
    win?.close();
    try {
      const j = (await res.json()) as { error?: { message?: string } };
      return j.error?.message ?? `Lỗi máy chủ (HTTP ${res.status}).`;
    } catch {
      return `Lỗi máy chủ (HTTP ${res.status}).`;
    }
  }
  const url = URL.createObjectURL(new Blob([await res.arrayBuffer()], { type: 'application/pdf' }));
  if (win) win.location.href = url;
  else window.location.assign(url);
  setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
  return null;
}
