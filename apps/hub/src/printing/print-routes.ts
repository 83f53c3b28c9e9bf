import { Router } from 'express';
import { z } from 'zod';
import { renderDocument, renderPng } from '@motcua/printer';
import { ReprintInputSchema, type Ack, type PrintJobInfo } from '@motcua/protocol';
import type { PrintRepository } from '@motcua/store';
import type { AuthService } from '../auth/auth-service.js';
import { requireRole } from '../http/auth-middleware.js';
import { sendError } from '../http/errors.js';
import { zodMessage } from '../http/validation.js';
import type { HubServer } from '../realtime.js';
import type { PrintService } from './print-service.js';

const AssignSchema = z.object({ printerId: z.string().min(1).max(64).nullable() }).strict();


/** Staff printing routes, admin printer configuration, and the socket `print:reprint`. */
export function printRouter(print: PrintService, repo: PrintRepository, auth: AuthService): Router {
  const r = Router();
  const staff = requireRole(auth, ['clerk', 'admin']);
  const admin = requireRole(auth, ['admin']);

  r.get('/print/jobs/failed', staff, (_req, res) => {
    res.json({ jobs: print.failedJobs() });
  });
  r.get('/print/jobs/:id', requireRole(auth, 'any'), (req, res) => {
    const job = print.job(String(req.params.id));
    if (!job) return sendError(res, { code: 'NOT_FOUND', message: 'Không có lệnh in này.' });
    res.json({ job });
  });
  r.get('/print/jobs/:id/preview.png', staff, (req, res) => {
    const job = print.job(String(req.params.id));
    const doc = job ? print.documentOf(job.id) : null;
    const profile = job ? (repo.printers().find((p) => p.info.id === job.printerId)?.profile as { widthDots?: number; dpi?: number }) : null;
    if (!job || !doc) return sendError(res, { code: 'NOT_FOUND', message: 'Không có lệnh in này.' });
    const raster = renderDocument(doc, {
      widthDots: profile?.widthDots === 512 ? 512 : 576,
      dpi: profile?.dpi === 180 ? 180 : 203,
    });
    res.type('png').send(renderPng(raster));
  });
  r.post('/print/jobs/:id/reprint', staff, (req, res) => {
    const p = ReprintInputSchema.safeParse({ jobId: req.params.id });
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    const out = print.reprint(p.data.jobId);
    if (!out.ok) return sendError(res, out.error);
    res.json({ job: out.job });
  });
  r.get('/admin/printers', admin, (_req, res) => {
    res.json({ printers: print.printerInfos(), profiles: print.printerProfiles(), assignments: print.assignments() });
  });
  r.put('/admin/printers/:id', admin, (req, res) => {
    const body = req.body as Record<string, unknown> | undefined;
    const out = print.savePrinter({ ...(body && typeof body === 'object' ? body : {}), id: req.params.id });
    if (!out.ok) return sendError(res, out.error);
    res.json({ printer: out.printer });
  });
  r.put('/admin/devices/:id/printer', admin, (req, res) => {
    const p = AssignSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    if (p.data.printerId !== null && !print.printerInfos().some((x) => x.id === p.data.printerId)) {
      return sendError(res, { code: 'NOT_FOUND', message: 'Không có máy in này.' });
    }
    if (!auth.assignPrinter(String(req.params.id), p.data.printerId)) {
      return sendError(res, { code: 'NOT_FOUND', message: 'Không có thiết bị này.' });
    }
    res.json({ ok: true });
  });
  r.put('/admin/counters/:id/printer', admin, (req, res) => {
    const p = AssignSchema.safeParse(req.body);
    if (!p.success) return sendError(res, { code: 'BAD_REQUEST', message: zodMessage(p.error) });
    if (p.data.printerId !== null && !print.printerInfos().some((x) => x.id === p.data.printerId)) {
      return sendError(res, { code: 'NOT_FOUND', message: 'Không có máy in này.' });
    }
    auth.assignCounterPrinter(String(req.params.id), p.data.printerId);
    res.json({ ok: true });
  });
  return r;
}

/** `print:reprint` on the socket, for desk and admin pages. */
export function attachPrintSocket(io: HubServer, print: PrintService, auth: AuthService): void {
  io.on('connection', (socket) => {
    socket.on('print:reprint', (...args: unknown[]) => {
      const last = args[args.length - 1];
      const ack = typeof last === 'function' ? (last as (a: Ack<{ job: PrintJobInfo }>) => void) : () => {};
      const actor = auth.resolve(socket.data.token);
      if (!actor) return ack({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Phiên đăng nhập đã hết hạn.' } });
      if (actor.role !== 'clerk' && actor.role !== 'admin') {
        return ack({ ok: false, error: { code: 'FORBIDDEN', message: 'Bạn không có quyền in lại.' } });
      }
      const p = ReprintInputSchema.safeParse(args[0]);
      if (!p.success) return ack({ ok: false, error: { code: 'BAD_REQUEST', message: zodMessage(p.error) } });
      const out = print.reprint(p.data.jobId);
      ack(out.ok ? { ok: true, data: { job: out.job } } : { ok: false, error: out.error });
    });
  });
}
