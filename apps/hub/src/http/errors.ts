import type { ErrorRequestHandler, Response } from 'express';
import { httpStatusOf, type ApiError, type ErrorBody } from '@motcua/protocol';
import type { Logger } from 'pino';

export function sendError(res: Response, error: ApiError): void {
  const body: ErrorBody = { error };
  res.status(httpStatusOf(error.code)).json(body);
}

/** Turns body-parser failures and anything unexpected into the JSON error shape. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const e = err as { type?: string; status?: number; message?: string };
    if (e.type === 'entity.parse.failed') {
      sendError(res, { code: 'BAD_REQUEST', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' });
    } else if (e.type === 'entity.too.large') {
      sendError(res, { code: 'BAD_REQUEST', message: 'Dữ liệu gửi lên quá lớn.' });
    } else if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      sendError(res, { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' });
    } else {
      log.error({ err }, 'unhandled request error');
      sendError(res, { code: 'INTERNAL', message: 'Lỗi hệ thống. Vui lòng thử lại.' });
    }
  };
}
