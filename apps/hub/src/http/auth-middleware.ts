import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Actor, Role } from '@motcua/protocol';
import type { AuthService } from '../auth/auth-service.js';
import { sendError } from './errors.js';

export function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

export function actorOf(res: Response): Actor {
  return res.locals.actor as Actor;
}

/** Resolves the bearer token; refuses unknown tokens (401) and roles not listed (403). */
export function requireRole(auth: AuthService, roles: readonly Role[] | 'any'): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const actor = auth.resolve(bearer(req));
    if (!actor) {
      sendError(res, { code: 'UNAUTHENTICATED', message: 'Vui lòng đăng nhập (hoặc mã thiết bị không hợp lệ).' });
      return;
    }
    if (roles !== 'any' && !roles.includes(actor.role)) {
      sendError(res, { code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' });
      return;
    }
    res.locals.actor = actor;
    next();
  };
}
