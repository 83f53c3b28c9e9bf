import { z } from 'zod';

/** Stable error ids. Screens show `message` (Vietnamese); programs branch on `code`. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PROTOCOL_MISMATCH',
  'RATE_LIMITED',
  'SERVICE_UNKNOWN',
  'SERVICE_CLOSED',
  'DAILY_CAP_REACHED',
  'COUNTER_UNKNOWN',
  'COUNTER_NOT_OPEN',
  'COUNTER_TAKEN',
  'COUNTER_PAUSED',
  'COUNTER_BUSY',
  'COUNTER_IDLE',
  'COUNTER_NOT_SERVING_SERVICE',
  'CLERK_ELSEWHERE',
  'QUEUE_EMPTY',
  'TICKET_UNKNOWN',
  'TICKET_NOT_CALLABLE',
  'TICKET_WRONG_STATE',
  'TRANSFER_INVALID',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Body of every non-2xx REST answer. */
export interface ErrorBody {
  error: ApiError;
}

/** Every socket command answers with one of these. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const apiError = (code: ErrorCode, message: string): ApiError => ({ code, message });

/** HTTP status for each error code (REST mapping). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_REQUEST':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'SERVICE_UNKNOWN':
    case 'COUNTER_UNKNOWN':
    case 'TICKET_UNKNOWN':
      return 404;
    case 'RATE_LIMITED':
      return 429;
    case 'PROTOCOL_MISMATCH':
      return 426;
    case 'INTERNAL':
      return 500;
    default:
      return 409;
  }
}
