import { Router } from 'express';
import { DisplaySettingsSchema, type DisplaySettings } from '@motcua/protocol';
import type { QueueRepository } from '@motcua/store';
import type { AuthService } from '../auth/auth-service.js';
import { requireRole } from '../http/auth-middleware.js';
import { sendError } from '../http/errors.js';
import { zodMessage } from '../http/validation.js';

const KEY = 'displaySettings';

/** The TVs' notice line and display profiles, kept in the office's meta table. */
export class DisplaySettingsStore {
  private cached: DisplaySettings;

  constructor(private readonly repo: QueueRepository) {
    const raw = repo.meta(KEY);
    const parsed = raw ? DisplaySettingsSchema.safeParse(JSON.parse(raw)) : null;
    this.cached = parsed?.success ? parsed.data : { notice: null, profiles: [] };
  }

  get(): DisplaySettings {
    return this.cached;
  }

  save(s: DisplaySettings): void {
    this.repo.setMeta(KEY, JSON.stringify(s));
    this.cached = s;
  }
}

/** `GET /api/display` for any device; `PUT /api/admin/display` for admins (then broadcast). */
export function displayRouter(auth: AuthService, store: DisplaySettingsStore, changed: (s: DisplaySettings) => void): Router {
  const r = Router();
  r.get('/display', requireRole(auth, 'any'), (_req, res) => {
    res.json(store.get());
  });
  r.put('/admin/display', requireRole(auth, ['admin']), (req, res) => {
    const p = DisplaySettingsSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    store.save(p.data);
    changed(p.data);
    res.json(p.data);
  });
  return r;
}
