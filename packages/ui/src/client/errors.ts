import type { ApiError, ErrorCode } from '@motcua/protocol';

/** Codes only a client can produce: the hub never answered. */
export type ClientOnlyCode = 'OFFLINE' | 'TIMEOUT' | 'NETWORK';

export interface ClientError {
  code: ErrorCode | ClientOnlyCode;
  message: string;
}

/** A command or REST answer as a client sees it: the hub's Ack, or a client-side failure. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ClientError };

export const clientError = (code: ClientOnlyCode, message: string): ClientError => ({ code, message });

export const OFFLINE_ERROR = clientError(
  'OFFLINE',
  'Mất kết nối với máy chủ. Vui lòng chờ trong giây lát rồi thử lại.',
);
export const TIMEOUT_ERROR = clientError(
  'TIMEOUT',
  'Máy chủ không trả lời kịp. Vui lòng kiểm tra lại trước khi thử lần nữa.',
);
export const NETWORK_ERROR = clientError('NETWORK', 'Không kết nối được với máy chủ. Vui lòng thử lại.');

/** The hub refused the connection itself: retrying with the same token will not help. */
export const REFUSAL_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'PROTOCOL_MISMATCH']);

export function isApiError(x: unknown): x is ApiError {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as { code?: unknown }).code === 'string' &&
    typeof (x as { message?: unknown }).message === 'string'
  );
}
