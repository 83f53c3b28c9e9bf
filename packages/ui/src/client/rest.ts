import type {
  CommandName,
  CommandPayload,
  CommandResults,
  DeviceRole,
  LoginResult,
  Actor,
  PrintJobInfo,
  UserRole,
} from '@motcua/protocol';
import { isApiError, NETWORK_ERROR, type Result } from './errors.js';

export interface RestOptions {
  /** Hub origin; default: the page's origin. */
  baseUrl?: string;
  token?: string | null;
  fetch?: typeof fetch;
}

/** One REST call: JSON in, `Result` out; the hub's `{ error }` body becomes `{ ok: false, error }`. */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body: unknown,
  opts: RestOptions = {},
): Promise<Result<T>> {
  const f = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let res: Response;
  try {
    res = await f(`${opts.baseUrl ?? ''}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    json = null;
  }
  if (!res.ok) {
    const err = (json as { error?: unknown } | null)?.error;
    if (isApiError(err)) return { ok: false, error: { code: err.code as never, message: err.message } };
    return {
      ok: false,
      error: { code: res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', message: `Lỗi máy chủ (HTTP ${res.status}).` },
    };
  }
  return { ok: true, data: json as T };
}

export function login(username: string, password: string, opts?: RestOptions): Promise<Result<LoginResult>> {
  return apiRequest<LoginResult>('POST', '/api/auth/login', { username, password }, opts);
}

export function logout(opts: RestOptions): Promise<Result<unknown>> {
  return apiRequest('POST', '/api/auth/logout', undefined, opts);
}

export function me(opts: RestOptions): Promise<Result<{ actor: Actor }>> {
  return apiRequest('GET', '/api/auth/me', undefined, opts);
}

/** A command over REST (the socket's `command` is preferred when connected). */
export async function restCommand<N extends CommandName>(
  name: N,
  payload: CommandPayload<N>,
  opts: RestOptions,
): Promise<Result<CommandResults[N]>> {
  const r = await apiRequest<{ data: CommandResults[N] }>('POST', `/api/commands/${name}`, payload, opts);
  return r.ok ? { ok: true, data: r.data.data } : r;
}

// ---- admin ----------------------------------------------------------------------------

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  [extra: string]: unknown;
}

export interface AdminDevice {
  id: string;
  name: string;
  role: DeviceRole;
  createdAt?: string;
  revokedAt?: string | null;
  lastSeenAt?: string | null;
  [extra: string]: unknown;
}

/** Lists come either bare or wrapped (`{ users: [...] }`, `{ data: [...] }`): accept both. */
function listOf<T>(json: unknown, key: string): T[] {
  if (Array.isArray(json)) return json as T[];
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    for (const k of [key, 'data', 'items']) if (Array.isArray(o[k])) return o[k] as T[];
  }
  return [];
}

export async function listUsers(opts: RestOptions): Promise<Result<AdminUser[]>> {
  const r = await apiRequest<unknown>('GET', '/api/admin/users', undefined, opts);
  return r.ok ? { ok: true, data: listOf<AdminUser>(r.data, 'users') } : r;
}

export function createUser(
  input: { username: string; displayName: string; role: UserRole; password: string },
  opts: RestOptions,
): Promise<Result<unknown>> {
  return apiRequest('POST', '/api/admin/users', input, opts);
}

export async function listDevices(opts: RestOptions): Promise<Result<AdminDevice[]>> {
  const r = await apiRequest<unknown>('GET', '/api/admin/devices', undefined, opts);
  return r.ok ? { ok: true, data: listOf<AdminDevice>(r.data, 'devices') } : r;
}

export async function createDevice(
  input: { name: string; role: DeviceRole },
  opts: RestOptions,
): Promise<Result<{ device: AdminDevice; token: string }>> {
  const r = await apiRequest<unknown>('POST', '/api/admin/devices', input, opts);
  if (!r.ok) return r;
  const o = r.data as { device?: AdminDevice; token?: string; data?: { device: AdminDevice; token: string } };
  const d = o.data ?? o;
  return d.device && typeof d.token === 'string'
    ? { ok: true, data: { device: d.device, token: d.token } }
    : { ok: false, error: { code: 'INTERNAL', message: 'Máy chủ trả lời không đúng định dạng.' } };
}

export function revokeDevice(id: string, opts: RestOptions): Promise<Result<unknown>> {
  return apiRequest('DELETE', `/api/admin/devices/${encodeURIComponent(id)}`, undefined, opts);
}

/** Staff: print a failed job again (same ticket, never a new number). */
export async function reprintJob(jobId: string, opts: RestOptions): Promise<Result<{ job: PrintJobInfo }>> {
  const r = await apiRequest<{ data?: { job: PrintJobInfo }; job?: PrintJobInfo }>(
    'POST',
    `/api/print/jobs/${encodeURIComponent(jobId)}/reprint`,
    {},
    opts,
  );
  if (!r.ok) return r;
  const job = r.data.data?.job ?? r.data.job;
  return job ? { ok: true, data: { job } } : { ok: false, error: { code: 'INTERNAL', message: 'Máy chủ trả lời không đúng định dạng.' } };
}

/** One print job's current state (any role: the kiosk asks about its own ticket). */
export async function getPrintJob(jobId: string, opts: RestOptions): Promise<Result<PrintJobInfo>> {
  const r = await apiRequest<{ job?: PrintJobInfo }>('GET', `/api/print/jobs/${encodeURIComponent(jobId)}`, undefined, opts);
  if (!r.ok) return r;
  return r.data.job ? { ok: true, data: r.data.job } : { ok: false, error: { code: 'NOT_FOUND', message: 'Không có lệnh in này.' } };
}
