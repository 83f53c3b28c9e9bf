import { Router } from 'express';
import { z } from 'zod';
import { bieu06, checkBieu06Period } from '@motcua/core';
import { renderPdf, type OfficeHeader } from '@motcua/forms';
import {
  DossierActionInputSchema,
  DossierCodeSchema,
  ReceiveDossierInputSchema,
  ReceptionSlipInputSchema,
} from '@motcua/protocol';
import type { DossierRepository } from '@motcua/store';
import type { AuthService } from '../auth/auth-service.js';
import type { Clock } from '../clock.js';
import { actorOf, requireRole } from '../http/auth-middleware.js';
import { sendError } from '../http/errors.js';
import { zodMessage } from '../http/validation.js';
import { bieu06Workbook } from '../reports/bieu06-xlsx.js';
import { apologyData, controlSheetData, receiptData } from './forms-data.js';
import type { DossierLookupService } from './lookup.js';
import type { DossierService } from './dossier-service.js';

const ReportQuerySchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD'),
  groupBy: z.enum(['field', 'unit']).default('field'),
});
const ListQuerySchema = z.object({ holder: z.enum(['me', 'all']).default('me') });
const LookupQuerySchema = z.object({ factor: z.string().max(20).optional() });

/** Reception, officer tracking, printable forms, public look-up and the Biểu 06 report. */
export function dossierRouter(deps: {
  auth: AuthService;
  dossiers: DossierService;
  lookup: DossierLookupService;
  repo: DossierRepository;
  clock: Clock;
  office: OfficeHeader;
  officeName: string;
  timeZone: string;
  /** The bundled Noto Sans folder (the hub bundle cannot find it relative to itself). */
  fontDir: string;
}): Router {
  const { auth, dossiers } = deps;
  const r = Router();
  const counterStaff = requireRole(auth, ['clerk', 'admin']);
  const staff = requireRole(auth, ['clerk', 'officer', 'admin']);
  const head = requireRole(auth, ['admin', 'officer']);
  const kiosk = requireRole(auth, ['kiosk', 'clerk', 'admin']);

  r.post('/dossiers', counterStaff, (req, res) => {
    const p = ReceiveDossierInputSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    const out = dossiers.receive(p.data, actorOf(res));
    if (!out.ok) return sendError(res, out.error);
    res.status(201).json(out.value);
  });
  r.post('/dossiers/slips', counterStaff, (req, res) => {
    const p = ReceptionSlipInputSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    const out = dossiers.slip(p.data, actorOf(res));
    if (!out.ok) return sendError(res, out.error);
    res.status(201).json(out.value);
  });
  r.get('/dossiers', staff, (req, res) => {
    const p = ListQuerySchema.safeParse(req.query);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    res.json({ dossiers: dossiers.list(p.data.holder === 'me' ? actorOf(res).id : null) });
  });
  r.get('/dossiers/:code', staff, (req, res) => {
    const code = DossierCodeSchema.safeParse(req.params.code);
    const d = code.success ? dossiers.get(code.data) : null;
    if (!d) return sendError(res, { code: 'NOT_FOUND', message: 'Không có hồ sơ này.' });
    res.json({ dossier: d });
  });
  r.post('/dossiers/:code/actions', staff, (req, res) => {
    const code = DossierCodeSchema.safeParse(req.params.code);
    if (!code.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(code.error) });
    const p = DossierActionInputSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    const out = dossiers.act(code.data, p.data, actorOf(res));
    if (!out.ok) return sendError(res, out.error);
    res.json(out.value);
  });
  r.get('/dossiers/:code/:form.pdf', staff, async (req, res) => {
    const code = DossierCodeSchema.safeParse(req.params.code);
    const d = code.success ? dossiers.get(code.data) : null;
    if (!d) return sendError(res, { code: 'NOT_FOUND', message: 'Không có hồ sơ này.' });
    const now = new Date(deps.clock.now()).toISOString();
    let pdf: Buffer;
    const fontDir = deps.fontDir;
    if (req.params.form === 'receipt') pdf = await renderPdf('mau-01', receiptData(d, deps.office, null, null), { fontDir });
    else if (req.params.form === 'control-sheet') pdf = await renderPdf('phieu-kiem-soat', controlSheetData(d, deps.office, now), { fontDir });
    else if (req.params.form === 'apology' && d.rescheduled) {
      pdf = await renderPdf('mau-04', apologyData(d, deps.office), { fontDir });
    } else if (req.params.form === 'apology') {
      return sendError(res, { code: 'NOT_FOUND', message: 'Hồ sơ này chưa được hẹn lại ngày trả kết quả.' });
    } else return sendError(res, { code: 'NOT_FOUND', message: 'Không có biểu mẫu này (receipt, control-sheet, apology).' });
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${d.code}-${req.params.form}.pdf"`);
    res.send(pdf);
  });

  r.get('/public/dossiers/:code', kiosk, (req, res) => {
    const q = LookupQuerySchema.safeParse(req.query);
    if (!q.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(q.error) });
    const out = deps.lookup.lookup(String(req.params.code), q.data.factor ?? null, actorOf(res).id);
    if (!out.ok) return sendError(res, out.error);
    res.setHeader('Cache-Control', 'no-store');
    res.json(out.value);
  });

  const report = (query: unknown) => {
    const p = ReportQuerySchema.safeParse(query);
    if (!p.success) return { ok: false as const, error: { code: 'BAD_REQUEST' as const, message: zodMessage(p.error) } };
    const period = { from: p.data.from, to: p.data.to };
    const checked = checkBieu06Period(period);
    if (!checked.ok) return checked;
    const endIso = `${p.data.to}T23:59:59.999Z`;
    const rows = deps.repo.receivedUpTo(endIso);
    return { ok: true as const, value: bieu06(rows, period, { timeZone: deps.timeZone, groupBy: p.data.groupBy }) };
  };
  r.get('/reports/bieu06', head, (req, res) => {
    const out = report(req.query);
    if (!out.ok) return sendError(res, out.error);
    res.json(out.value);
  });
  r.get('/reports/bieu06.xlsx', head, async (req, res) => {
    const out = report(req.query);
    if (!out.ok) return sendError(res, out.error);
    const file = await bieu06Workbook(out.value, deps.officeName);
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="bieu06-${out.value.period.from}-${out.value.period.to}.xlsx"`);
    res.send(file);
  });
  return r;
}
