import type { Bieu06Report } from '@motcua/core';
import type {
  DisplaySettings,
  PrintJobInfo,
  PrinterInfo,
  Procedure,
  TimeUnit,
} from '@motcua/protocol';
import { isApiError, NETWORK_ERROR, type Result } from '@motcua/ui';

// REST calls of the admin page that packages/ui does not have yet (PUT, binary answers).
// Candidates to move to packages/ui/src/client/rest.ts.

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const BAD_ANSWER = { code: 'INTERNAL' as const, message: 'Máy chủ trả lời không đúng định dạng.' };

async function errorOf(res: Response): Promise<{ code: never; message: string }> {
  const json: unknown = await res.json().catch(() => null);
  const err = (json as { error?: unknown } | null)?.error;
  if (isApiError(err)) return { code: err.code as never, message: err.message };
  const code = (res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL') as never;
  return { code, message: `Lỗi máy chủ (HTTP ${res.status}).` };
}

/** JSON in, `Result` out, any method; the hub's `{ error }` body becomes `{ ok: false, error }`. */
export async function call<T>(method: Method, path: string, token: string, body?: unknown): Promise<Result<T>> {
  const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
  if (!res.ok) return { ok: false, error: await errorOf(res) };
  try {
    return { ok: true, data: (await res.json()) as T };
  } catch {
    return { ok: false, error: BAD_ANSWER };
  }
}

/** A binary answer (PNG preview, .xlsx) fetched with the Bearer token. */
export async function fetchBlob(path: string, token: string): Promise<Result<Blob>> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
  if (!res.ok) return { ok: false, error: await errorOf(res) };
  return { ok: true, data: await res.blob() };
}

const enc = encodeURIComponent;

// ---- printers --------------------------------------------------------------------------

export type TransportConfig =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'usb-file'; path: string }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'virtual' };

/** `hardware/printer` `PrinterProfileSchema` (the fields this page edits; the rest keep their defaults). */
export interface PrinterProfile {
  id: string;
  name: string;
  transport: TransportConfig;
  widthDots: 576 | 512;
  dpi: 203 | 180;
  cut: 'full' | 'partial' | 'none';
  textMode: 'tcvn3' | null;
  [extra: string]: unknown;
}

export const listPrinters = (token: string) =>
  call<{ printers: PrinterInfo[]; profiles: PrinterProfile[] }>('GET', '/api/admin/printers', token);
export const savePrinter = (p: PrinterProfile, token: string) =>
  call<{ printer: PrinterInfo }>('PUT', `/api/admin/printers/${enc(p.id)}`, token, p);
export const failedJobs = (token: string) => call<{ jobs: PrintJobInfo[] }>('GET', '/api/print/jobs/failed', token);
export const reprint = (jobId: string, token: string) =>
  call<{ job: PrintJobInfo }>('POST', `/api/print/jobs/${enc(jobId)}/reprint`, token, {});
export const previewPath = (jobId: string) => `/api/print/jobs/${enc(jobId)}/preview.png`;
export const assignDevicePrinter = (deviceId: string, printerId: string | null, token: string) =>
  call<{ ok: true }>('PUT', `/api/admin/devices/${enc(deviceId)}/printer`, token, { printerId });
export const assignCounterPrinter = (counterId: string, printerId: string | null, token: string) =>
  call<{ ok: true }>('PUT', `/api/admin/counters/${enc(counterId)}/printer`, token, { printerId });

// ---- calendar --------------------------------------------------------------------------

export type DayReason = 'weekend' | 'holiday' | 'compensatory' | 'day-off' | 'makeup-saturday' | 'workday';

/** `packages/core` `DayInfo`, as the hub sends it. */
export interface DayInfo {
  date: string;
  weekday: number;
  working: boolean;
  reason: DayReason;
  name?: string;
  source: 'official' | 'derived';
}

export interface YearTable {
  off: Array<[string, string]>;
  workSaturdays: string[];
}

export interface CalendarYear {
  year: number;
  source: 'official' | 'derived';
  confirmed: boolean;
  table: YearTable;
  days: DayInfo[];
}

export const calendarYear = (year: number, token: string) => call<CalendarYear>('GET', `/api/calendar/years/${year}`, token);
export const saveCalendarYear = (year: number, table: YearTable, token: string) =>
  call<{ ok: true; year: number; source: string }>('PUT', `/api/admin/calendar/years/${year}`, token, table);
export const dueDate = (receivedAt: string, amount: number, unit: TimeUnit, token: string) =>
  call<{ dueAt: string }>(
    'GET',
    `/api/calendar/due-date?receivedAt=${enc(receivedAt)}&amount=${enc(String(amount))}&unit=${enc(unit)}`,
    token,
  );

// ---- catalog ---------------------------------------------------------------------------

export const procedureFields = (token: string) =>
  call<{ fields: Array<{ field: string; count: number }> }>('GET', '/api/procedures/fields', token);
export const searchProcedures = (q: string, field: string, token: string) =>
  call<{ procedures: Procedure[] }>(
    'GET',
    `/api/procedures?all=1&limit=500${q.trim() ? `&q=${enc(q.trim())}` : ''}${field ? `&field=${enc(field)}` : ''}`,
    token,
  );
export const saveProcedure = (p: Procedure, token: string) =>
  call<{ procedure: Procedure }>('PUT', `/api/admin/procedures/${enc(p.code)}`, token, p);
export const importProcedures = (entries: unknown[], token: string) =>
  call<{ imported: number; errors: Array<{ index: number; message: string }> }>(
    'POST',
    '/api/admin/procedures/import',
    token,
    entries,
  );

// ---- reports ---------------------------------------------------------------------------

// the report's types are the pure domain's (type-only: nothing of core reaches the page)
export type { Bieu06Counts, Bieu06Report, Bieu06Row } from '@motcua/core';

export const bieu06Query = (from: string, to: string, groupBy: 'field' | 'unit') =>
  `from=${enc(from)}&to=${enc(to)}&groupBy=${groupBy}`;
export const bieu06 = (from: string, to: string, groupBy: 'field' | 'unit', token: string) =>
  call<Bieu06Report>('GET', `/api/reports/bieu06?${bieu06Query(from, to, groupBy)}`, token);

// ---- display, pairing ------------------------------------------------------------------

export const getDisplay = (token: string) => call<DisplaySettings>('GET', '/api/display', token);
export const saveDisplay = (s: DisplaySettings, token: string) => call<DisplaySettings>('PUT', '/api/admin/display', token, s);

export type PairingRole = 'kiosk' | 'display' | 'desk' | 'counter-display';
export const createPairingCode = (
  input: { name: string; role: PairingRole; counterId: string | null; printerId: string | null },
  token: string,
) => call<{ code: string; expiresAt: string }>('POST', '/api/admin/pairing-codes', token, input);
