import { PairResultSchema, ShellConfigSchema, type ShellConfig } from './shellProtocol.js';

export type PairError = { code: string; message: string };
export type PairClientResult = { ok: true; config: ShellConfig; name: string } | { ok: false; error: PairError };

/**
 * Pairs this machine with a hub: `POST <hub>/api/devices/pair { code }` → `{ deviceToken, role, name }`
 * (see docs/deployment.md). Never throws: every failure is a `{ code, message }` to show on the pairing page.
 */
export async function pairWithHub(
  hubUrl: string,
  code: string,
  options: { fetch?: typeof fetch; timeoutMs?: number; printerProfileId?: string } = {},
): Promise<PairClientResult> {
  const origin = normaliseHub(hubUrl);
  if (!origin) return { ok: false, error: { code: 'BAD_REQUEST', message: 'Địa chỉ máy chủ không hợp lệ (ví dụ: http://192.168.1.10:8080).' } };
  const trimmed = code.trim();
  if (trimmed.length < 4 || trimmed.length > 32) return { ok: false, error: { code: 'BAD_REQUEST', message: 'Mã ghép nối không hợp lệ.' } };
  const doFetch = options.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(new URL('/api/devices/pair', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ code: trimmed }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (e) {
    return { ok: false, error: { code: 'UNREACHABLE', message: `Không kết nối được máy chủ ${origin} (${(e as Error).message}).` } };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (err && typeof err.code === 'string' && typeof err.message === 'string') return { ok: false, error: { code: err.code, message: err.message } };
    return { ok: false, error: { code: `HTTP_${res.status}`, message: `Máy chủ trả lời lỗi ${res.status}.` } };
  }
  const parsed = PairResultSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: { code: 'BAD_ANSWER', message: 'Máy chủ trả lời không đúng định dạng ghép nối.' } };
  const r = parsed.data;
  const config = ShellConfigSchema.safeParse({
    hubUrl: origin,
    role: r.role,
    deviceToken: r.deviceToken,
    ...(r.counterId ? { counterId: r.counterId } : {}),
    ...((r.printerProfileId ?? options.printerProfileId) ? { printerProfileId: r.printerProfileId ?? options.printerProfileId } : {}),
  });
  if (!config.success) return { ok: false, error: { code: 'BAD_ANSWER', message: config.error.issues.map((i) => i.message).join('; ') } };
  return { ok: true, config: config.data, name: r.name };
}

/** `192.168.1.10:8080` → `http://192.168.1.10:8080`; a path is dropped; only http(s). */
export function normaliseHub(hubUrl: string): string | null {
  const text = hubUrl.trim();
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    if (u.username || u.password || !u.hostname) return null;
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
