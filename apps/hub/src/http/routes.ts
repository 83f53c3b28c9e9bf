import { Router, type Request } from 'express';
import { z } from 'zod';
import { COMMAND_NAMES, LoginInputSchema, PROTOCOL_VERSION, type CommandName, type Snapshot } from '@motcua/protocol';
import type { AuthService } from '../auth/auth-service.js';
import type { CommandBus } from '../queue/command-bus.js';
import { actorOf, bearer, requireRole } from './auth-middleware.js';
import { sendError } from './errors.js';
import { zodMessage } from './validation.js';

const CreateUserSchema = z
  .object({
    username: z.string().trim().min(2).max(64).regex(/^[a-z0-9._-]+$/, 'chữ thường không dấu, số, . _ -'),
    displayName: z.string().trim().min(1).max(120),
    role: z.enum(['admin', 'clerk', 'officer']),
    password: z.string().min(8, 'mật khẩu tối thiểu 8 ký tự').max(256),
    unit: z.string().trim().min(1).max(120).nullable().default(null),
  })
  .strict();
const CreateDeviceSchema = z
  .object({ name: z.string().trim().min(1).max(80), role: z.enum(['kiosk', 'display']) })
  .strict();

export interface RouteDeps {
  auth: AuthService;
  bus: CommandBus;
  snapshot: () => Snapshot;
  /** Stream events and the frames that carried them since start. */
  broadcast: () => { events: number; frames: number };
  startedAt: number;
  version: string;
  now: () => number;
  dbOk: () => boolean;
}

const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** Thin routes: auth → validate → one command or query → JSON. */
export function apiRouter(d: RouteDeps): Router {
  const r = Router();

  r.get('/health', (_req, res) => {
    const db = d.dbOk();
    res.status(db ? 200 : 503).json({
      status: db ? 'ok' : 'degraded',
      version: d.version,
      protocolVersion: PROTOCOL_VERSION,
      uptimeS: Math.round((d.now() - d.startedAt) / 1000),
      time: new Date(d.now()).toISOString(),
      commits: d.bus.stats(),
      broadcast: d.broadcast(),
    });
  });

  r.post('/auth/login', async (req, res) => {
    const p = LoginInputSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    const result = await d.auth.login(p.data.username, p.data.password, clientAddress(req));
    if ('code' in result) return sendError(res, result);
    res.json(result);
  });

  r.post('/auth/logout', requireRole(d.auth, 'any'), (req, res) => {
    d.auth.logout(bearer(req)!);
    res.json({ ok: true });
  });

  r.get('/auth/me', requireRole(d.auth, 'any'), (_req, res) => {
    res.json({ actor: actorOf(res) });
  });

  r.get('/snapshot', requireRole(d.auth, 'any'), (_req, res) => {
    res.json(d.snapshot());
  });

  r.post('/commands/:name', requireRole(d.auth, 'any'), async (req, res) => {
    const name = req.params.name as CommandName;
    if (!COMMAND_NAMES.includes(name)) return sendError(res, { code: 'NOT_FOUND', message: 'Không có lệnh này.' });
    const ack = await d.bus.submit(name, req.body, actorOf(res));
    if (!ack.ok) return sendError(res, ack.error);
    res.json({ data: ack.data });
  });

  // who a dossier can be handed to: active staff, without anything secret
  r.get('/staff', requireRole(d.auth, ['clerk', 'officer', 'admin']), (_req, res) => {
    res.json({
      users: d.auth
        .listUsers()
        .filter((u) => u.active)
        .map((u) => ({ id: u.id, displayName: u.displayName, role: u.role, unit: u.unit })),
    });
  });

  const admin = requireRole(d.auth, ['admin']);
  r.get('/admin/users', admin, (_req, res) => {
    res.json({
      users: d.auth.listUsers().map(({ passwordHash: _h, ...u }) => u),
    });
  });
  r.post('/admin/users', admin, async (req, res) => {
    const p = CreateUserSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    const u = await d.auth.createUser(p.data);
    if ('code' in u) return sendError(res, u);
    const { passwordHash: _h, ...user } = u;
    res.status(201).json({ user });
  });
  r.get('/admin/devices', admin, (_req, res) => {
    res.json({ devices: d.auth.listDevices() });
  });
  r.post('/admin/devices', admin, (req, res) => {
    const p = CreateDeviceSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    res.status(201).json(d.auth.createDevice(p.data));
  });
  r.delete('/admin/devices/:id', admin, (req, res) => {
    if (!d.auth.revokeDevice(String(req.params.id))) {
      return sendError(res, { code: 'NOT_FOUND', message: 'Không có thiết bị này (hoặc đã thu hồi).' });
    }
    res.json({ ok: true });
  });

  r.use((_req, res) => sendError(res, { code: 'NOT_FOUND', message: 'Không có địa chỉ API này.' }));
  return r;
}
