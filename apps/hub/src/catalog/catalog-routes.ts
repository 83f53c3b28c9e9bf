import { Router } from 'express';
import { z } from 'zod';
import {
  CalendarError,
  dueDate,
  parseOfficeInstant,
  toOfficeIso,
  type YearTable,
} from '@motcua/core';
import { ProcedureSchema, TimeUnitSchema } from '@motcua/protocol';
import type { AuthService } from '../auth/auth-service.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import { requireRole } from '../http/auth-middleware.js';
import { sendError } from '../http/errors.js';
import { zodMessage } from '../http/validation.js';
import type { CatalogService } from './catalog-service.js';

const SearchSchema = z.object({
  field: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  all: z.enum(['0', '1']).optional(),
});

const DueDateQuerySchema = z.object({
  receivedAt: z.string().min(10).max(40),
  amount: z.coerce.number().min(0).max(1000).optional(),
  unit: TimeUnitSchema,
});

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const YearTableSchema = z
  .object({ off: z.array(z.tuple([IsoDay, IsoDay])).max(40), workSaturdays: z.array(IsoDay).max(20) })
  .strict();

/** Procedure catalog (kiosk look-up, admin edit/import) and the working-day calendar. */
export function catalogRouter(deps: {
  auth: AuthService;
  catalog: CatalogService;
  calendar: CalendarService;
  timeZone: string;
}): Router {
  const { auth, catalog, calendar, timeZone } = deps;
  const r = Router();
  const anyone = requireRole(auth, 'any');
  const admin = requireRole(auth, ['admin']);

  r.get('/procedures/fields', anyone, (_req, res) => {
    res.json({ fields: catalog.fields() });
  });
  r.get('/procedures', anyone, (req, res) => {
    const p = SearchSchema.safeParse(req.query);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    res.json({
      procedures: catalog.search({ field: p.data.field, q: p.data.q, limit: p.data.limit, includeInactive: p.data.all === '1' }),
    });
  });
  r.get('/procedures/:code', anyone, (req, res) => {
    const p = catalog.get(String(req.params.code));
    if (!p) return sendError(res, { code: 'NOT_FOUND', message: 'Không có thủ tục này.' });
    res.json({ procedure: p });
  });
  r.put('/admin/procedures/:code', admin, (req, res) => {
    const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    const p = ProcedureSchema.safeParse({ ...body, code: req.params.code });
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    catalog.save(p.data);
    res.json({ procedure: p.data });
  });
  r.post('/admin/procedures/import', admin, (req, res) => {
    if (!Array.isArray(req.body)) {
      return sendError(res, { code: 'BAD_REQUEST', message: 'Cần một danh sách (mảng JSON) các thủ tục.' });
    }
    res.json(catalog.import(req.body as unknown[]));
  });

  r.get('/calendar/due-date', anyone, (req, res) => {
    const p = DueDateQuerySchema.safeParse(req.query);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    try {
      // a '+' left unencoded in a query string arrives as a space
      const receivedAt = parseOfficeInstant(p.data.receivedAt.replace(/ (\d{2}:?\d{2})$/, '+$1'), timeZone);
      const due = dueDate({
        receivedAt,
        amount: p.data.amount,
        unit: p.data.unit,
        calendar: calendar.current(),
        timeZone,
      });
      res.json({ dueAt: toOfficeIso(due, timeZone) });
    } catch (e) {
      if (e instanceof CalendarError) {
        return sendError(res, { code: 'BAD_REQUEST', message: `Không tính được ngày hẹn trả: ${e.message}` });
      }
      throw e;
    }
  });
  r.get('/calendar/years/:year', anyone, (req, res) => {
    const year = Number(req.params.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2199) {
      return sendError(res, { code: 'BAD_REQUEST', message: 'Năm không hợp lệ (1900–2199).' });
    }
    const cal = calendar.current();
    res.json({
      year,
      source: cal.yearSource(year),
      confirmed: calendar.isConfirmed(year),
      table: cal.tableOf(year),
      days: cal.daysOfYear(year),
    });
  });
  r.put('/admin/calendar/years/:year', admin, (req, res) => {
    const year = Number(req.params.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2199) {
      return sendError(res, { code: 'BAD_REQUEST', message: 'Năm không hợp lệ (1900–2199).' });
    }
    const p = YearTableSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    const problems = calendar.saveYear(year, p.data as YearTable);
    if (problems.length) return sendError(res, { code: 'BAD_REQUEST', message: `Lịch năm ${year} chưa đúng: ${problems.join('; ')}` });
    res.json({ ok: true, year, source: calendar.current().yearSource(year) });
  });
  return r;
}
