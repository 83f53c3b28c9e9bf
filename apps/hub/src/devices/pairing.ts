import { randomInt } from 'node:crypto';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { PairRequestSchema, SHELL_ROLES, type DeviceRole, type PairResult, type ShellRole } from '@motcua/protocol';
import type { AuthRepository } from '@motcua/store';
import type { AuthService } from '../auth/auth-service.js';
import { hashToken } from '../auth/tokens.js';
import type { Clock } from '../clock.js';
import { requireRole } from '../http/auth-middleware.js';
import { sendError } from '../http/errors.js';
import { zodMessage } from '../http/validation.js';

/** No 0/O, 1/I/L: read aloud or typed on a kiosk without mistakes. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
const VALID_MS = 30 * 60_000;
const MAX_TRIES_PER_MINUTE = 10;

const IssueSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    role: z.enum(SHELL_ROLES),
    counterId: z.string().min(1).max(64).nullable().default(null),
    printerId: z.string().min(1).max(64).nullable().default(null),
  })
  .strict()
  .refine((v) => v.role !== 'counter-display' || v.counterId !== null, { message: 'màn hình quầy cần chọn quầy', path: ['counterId'] });

/** The device role a shell role gets: only kiosks issue tickets; everything else only watches. */
const deviceRoleOf = (role: ShellRole): DeviceRole => (role === 'kiosk' ? 'kiosk' : 'display');

/**
 * Pairing a new machine: an admin issues a one-time code (8 characters, 30 minutes); the
 * shell's first-run screen sends it and receives its device token. Codes are stored hashed.
 */
export function pairingRouter(deps: { auth: AuthService; repo: AuthRepository; clock: Clock }): Router {
  const r = Router();
  const tries = new Map<string, number[]>();
  r.post('/admin/pairing-codes', requireRole(deps.auth, ['admin']), (req, res) => {
    const p = IssueSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    const code = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const now = deps.clock.now();
    const expiresAt = new Date(now + VALID_MS).toISOString();
    deps.repo.addPairingCode({
      codeHash: hashToken(code),
      name: p.data.name,
      role: p.data.role,
      counterId: p.data.counterId,
      printerId: p.data.printerId,
      createdAt: new Date(now).toISOString(),
      expiresAt,
    });
    res.status(201).json({ code, expiresAt });
  });
  r.post('/devices/pair', (req: Request, res) => {
    const now = deps.clock.now();
    const from = req.ip ?? 'unknown';
    const recent = (tries.get(from) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= MAX_TRIES_PER_MINUTE) {
      return sendError(res, { code: 'RATE_LIMITED', message: 'Thử quá nhiều lần. Vui lòng đợi một phút.' });
    }
    tries.set(from, [...recent, now]);
    const p = PairRequestSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    const used = deps.repo.usePairingCode(hashToken(p.data.code.toUpperCase().replace(/[\s-]/g, '')), new Date(now).toISOString());
    if (!used) return sendError(res, { code: 'UNAUTHENTICATED', message: 'Mã ghép nối sai, đã dùng hoặc đã hết hạn.' });
    const role = used.role as ShellRole;
    const { device, token } = deps.auth.createDevice({ name: used.name, role: deviceRoleOf(role) });
    if (used.printerId) deps.auth.assignPrinter(device.id, used.printerId);
    const body: PairResult = {
      deviceToken: token,
      role,
      name: used.name,
      ...(used.counterId ? { counterId: used.counterId } : {}),
      ...(used.printerId ? { printerProfileId: used.printerId } : {}),
    };
    res.json(body);
  });
  return r;
}
