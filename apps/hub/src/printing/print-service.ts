import { randomUUID } from 'node:crypto';
import type { DomainEvent, QueueState } from '@motcua/core';
import {
  createPrinter,
  encodeDocument,
  statusError,
  PrinterError,
  PRINTER_ERROR_CODES,
  type PrinterErrorCode,
  type PrintWarning,
  PrinterProfileSchema,
  ticketDocument,
  transportFactory,
  type PrintDocument,
  type PrintResult,
  type Printer,
  type PrinterProfile,
  type TicketPrintData,
  type TransportFactoryOptions,
} from '@motcua/printer';
import type {
  Actor,
  AgentPrintRequest,
  AgentPrintResult,
  ApiError,
  OfficeInfo,
  PrintJobInfo,
  PrintJobKind,
  PrinterHealth,
  PrinterInfo,
  Ticket,
} from '@motcua/protocol';
import type { AuthRepository, PrintRepository } from '@motcua/store';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { ServiceTimes } from '../queue/service-times.js';

export interface PrintServiceDeps {
  repo: PrintRepository;
  devices: AuthRepository;
  clock: Clock;
  log: Logger;
  office: OfficeInfo;
  transports: TransportFactoryOptions;
  serviceTimes: ServiceTimes;
  /** Base URL phones reach the hub at, for the ticket's QR code; null = no QR. */
  publicUrl: () => string | null;
  footer: string | null;
  /** Sends a job to a device agent; 'offline' when that device has no agent connected. */
  agents: { send(deviceId: string, job: AgentPrintRequest, timeoutMs: number): Promise<AgentPrintResult | 'offline'> };
  /** Broadcast with the realtime seq. */
  publish: (
    event: { name: 'print:updated'; job: PrintJobInfo } | { name: 'printer:changed'; printer: PrinterInfo },
  ) => void;
}

/** What a stored job prints: a ticket (rendered from its data) or a ready document (forms). */
type StoredDocument = { kind: 'ticket'; data: TicketPrintData } | { kind: 'document'; document: PrintDocument };

interface LivePrinter {
  /** For a hosted printer, only its profile is used: jobs go through the agent. */
  printer: Printer;
  info: PrinterInfo;
  /** Driven by this device's agent (USB/serial on a kiosk), not by the hub. */
  hostDeviceId: string | null;
  /** Serialises jobs sent to a hosted printer. */
  remoteTail: Promise<unknown>;
}

const FAILED_LIMIT = 20;

/**
 * Print jobs are data: a ticket's job is stored in the same transaction that issues the ticket,
 * then sent to the printer assigned to the issuing kiosk. A failure leaves the ticket valid and
 * the job `failed` with the printer's typed error; staff reprint it (same job, same ticket).
 * Nothing is retried automatically: a job that may have reached the paper is never sent twice
 * without a person deciding so.
 */
export class PrintService {
  private readonly printers = new Map<string, LivePrinter>();
  private toDispatch: string[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly d: PrintServiceDeps) {
    for (const stored of d.repo.printers()) {
      const parsed = PrinterProfileSchema.safeParse(stored.profile);
      if (!parsed.success) {
        d.log.error({ printer: stored.info.id, issues: parsed.error.issues }, 'printer profile invalid: skipped');
        continue;
      }
      this.addPrinter(parsed.data, stored.info, stored.hostDeviceId);
    }
  }

  private addPrinter(profile: PrinterProfile, info: PrinterInfo, hostDeviceId: string | null = null): void {
    const printer = createPrinter(profile, transportFactory(this.d.transports));
    this.printers.set(profile.id, { printer, info: { ...info, name: profile.name }, hostDeviceId, remoteTail: Promise.resolve() });
  }

  /**
   * A job for a printer behind a device agent: the hub encodes it for the printer's profile and
   * the agent writes the bytes to its USB or serial port and answers the outcome. Jobs for one
   * printer go out one after another. 'offline': no agent connected, nothing was sent.
   */
  private sendRemote(jobId: string, live: LivePrinter, document: PrintDocument): Promise<PrintResult | 'offline'> {
    const profile = live.printer.profile;
    const run = live.remoteTail.then(async (): Promise<PrintResult | 'offline'> => {
      const bytes = encodeDocument(document, profile);
      const answer = await this.d.agents.send(
        live.hostDeviceId!,
        { jobId, printerId: profile.id, bytes: Buffer.from(bytes).toString('base64') },
        // the agent's own send timeout plus its two status rounds, with room to answer
        profile.sendTimeoutMs + 2 * profile.statusTimeoutMs + 15_000,
      );
      if (answer === 'offline') return 'offline';
      const unknown = { ...UNKNOWN, raw: {} };
      if (answer.ok) {
        return {
          ok: true,
          warnings: answer.warnings.filter((w): w is PrintWarning => w === 'PAPER_NEAR_END' || w === 'STATUS_UNKNOWN'),
          bytes: bytes.length,
          acceptedAt: new Date(this.d.clock.now()).toISOString(),
          statusBefore: unknown,
          statusAfter: unknown,
        };
      }
      const code = (PRINTER_ERROR_CODES as readonly string[]).includes(answer.error.code) ? (answer.error.code as PrinterErrorCode) : 'PRINTER_ERROR';
      return {
        ok: false,
        error: new PrinterError(code, answer.error.message),
        stage: answer.maybePrinted ? 'send' : 'before',
        maybePrinted: answer.maybePrinted,
        statusBefore: null,
      };
    });
    live.remoteTail = run.catch(() => undefined);
    return run;
  }

  /** An agent registered its local printers: they become (or stay) printers hosted by that device. */
  registerAgentPrinters(deviceId: string, raws: readonly unknown[]): { ok: true; printers: string[] } | { ok: false; error: ApiError } {
    const profiles: PrinterProfile[] = [];
    for (const raw of raws) {
      const parsed = PrinterProfileSchema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: { code: 'BAD_REQUEST', message: `Cấu hình máy in không hợp lệ: ${parsed.error.issues[0]?.message ?? ''}` } };
      }
      const owner = this.printers.get(parsed.data.id)?.hostDeviceId;
      if (this.printers.has(parsed.data.id) && owner !== deviceId) {
        return { ok: false, error: { code: 'CONFLICT', message: `Mã máy in ${parsed.data.id} đã được dùng cho máy in khác.` } };
      }
      profiles.push(parsed.data);
    }
    for (const p of profiles) {
      this.d.repo.savePrinter(p.id, p, deviceId);
      const info = this.printers.get(p.id)?.info ?? { id: p.id, name: p.name, health: 'unknown' as const, code: null, message: null, checkedAt: null };
      this.addPrinter(p, info, deviceId);
    }
    return { ok: true, printers: profiles.map((p) => p.id) };
  }

  /** An agent came (back) online: send the jobs that waited for it. */
  agentOnline(deviceId: string): void {
    for (const j of this.d.repo.jobsInState('queued')) {
      if (this.printers.get(j.printerId)?.hostDeviceId === deviceId) this.dispatch(j.id);
    }
  }

  /** Saves (creates or replaces) a printer profile. */
  savePrinter(raw: unknown): { ok: true; printer: PrinterInfo } | { ok: false; error: ApiError } {
    const parsed = PrinterProfileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        error: { code: 'BAD_REQUEST', message: `Cấu hình máy in không hợp lệ — ${issue?.path.join('.')}: ${issue?.message ?? ''}` },
      };
    }
    this.d.repo.savePrinter(parsed.data.id, parsed.data);
    const old = this.printers.get(parsed.data.id);
    void old?.printer.close();
    const info: PrinterInfo = old?.info ?? {
      id: parsed.data.id,
      name: parsed.data.name,
      health: 'unknown',
      code: null,
      message: null,
      checkedAt: null,
    };
    this.addPrinter(parsed.data, info);
    return { ok: true, printer: this.printers.get(parsed.data.id)!.info };
  }

  /** Which printer each kiosk (device) and each counter prints on. */
  assignments(): { devices: Record<string, string>; counters: Record<string, string> } {
    return this.d.devices.printerAssignments();
  }

  printerProfiles(): unknown[] {
    return this.d.repo.printers().map((p) => p.profile);
  }

  printerInfos(): PrinterInfo[] {
    return [...this.printers.values()].map((p) => p.info);
  }

  failedJobs(): PrintJobInfo[] {
    return this.d.repo.recentFailedJobs(FAILED_LIMIT);
  }

  job(id: string): PrintJobInfo | null {
    return this.d.repo.job(id);
  }

  /**
   * Inside the issue transaction: stores the ticket's print job when the issuing device has a
   * printer. Returns the job id (or null: no printer assigned).
   */
  createTicketJob(ticket: Ticket, actor: Actor, state: QueueState): string | null {
    if (actor.kind !== 'device') return null;
    const printerId = this.d.devices.deviceById(actor.id)?.printerId ?? null;
    if (!printerId || !this.printers.has(printerId)) return null;
    const id = `pj-${randomUUID()}`;
    this.d.repo.addJob({
      id,
      kind: 'ticket',
      ticketId: ticket.id,
      label: ticket.label,
      printerId,
      deviceId: actor.id,
      document: { kind: 'ticket', data: this.ticketData(ticket, state) } satisfies StoredDocument,
      at: new Date(this.d.clock.now()).toISOString(),
    });
    this.toDispatch.push(id);
    return id;
  }

  /**
   * Inside a transaction: stores a form (receipt, slip) for a printer; it is sent after the
   * commit (`onCommitted`). Returns null when no such printer is configured.
   */
  createDocumentJob(o: { kind: PrintJobKind; label: string; printerId: string | null; document: PrintDocument }): string | null {
    if (!o.printerId || !this.printers.has(o.printerId)) return null;
    const id = `pj-${randomUUID()}`;
    this.d.repo.addJob({
      id,
      kind: o.kind,
      ticketId: null,
      label: o.label,
      printerId: o.printerId,
      deviceId: null,
      document: { kind: 'document', document: o.document } satisfies StoredDocument,
      at: new Date(this.d.clock.now()).toISOString(),
    });
    this.toDispatch.push(id);
    return id;
  }

  /** The paper of a configured printer (forms are laid out for it). */
  paperOf(printerId: string | null): { widthDots: 576 | 512; dpi: 203 | 180 } | null {
    const live = printerId ? this.printers.get(printerId) : undefined;
    return live ? { widthDots: live.printer.profile.widthDots, dpi: live.printer.profile.dpi } : null;
  }

  /** The printer assigned to a counter (receipts), if any. */
  counterPrinter(counterId: string): string | null {
    return this.d.devices.counterPrinter(counterId);
  }

  /** The document a job prints (previews). */
  documentOf(jobId: string): PrintDocument | null {
    const stored = this.d.repo.jobDocument(jobId) as StoredDocument | null;
    if (!stored) return null;
    return stored.kind === 'ticket' ? ticketDocument(stored.data) : stored.document;
  }

  /** After a commit: send the jobs that commit created. */
  onCommitted(_events: readonly DomainEvent[] = []): void {
    const ids = this.toDispatch;
    this.toDispatch = [];
    for (const id of ids) this.dispatch(id);
  }

  /** Staff reprint: the same job (same ticket, same number) is sent again. */
  reprint(jobId: string): { ok: true; job: PrintJobInfo } | { ok: false; error: ApiError } {
    const job = this.d.repo.job(jobId);
    if (!job) return { ok: false, error: { code: 'NOT_FOUND', message: 'Không có lệnh in này.' } };
    if (job.state === 'queued' || job.state === 'printing') {
      return { ok: false, error: { code: 'CONFLICT', message: 'Lệnh in này đang được in.' } };
    }
    if (!this.printers.has(job.printerId)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'Máy in của lệnh này không còn trong cấu hình.' } };
    }
    this.setState(job.id, 'queued', {});
    this.dispatch(job.id);
    return { ok: true, job: this.d.repo.job(job.id)! };
  }

  /**
   * At start: jobs still `queued` were never sent and are sent now; jobs left `printing` may have
   * reached the paper, so they become `failed` (INTERRUPTED) for a person to reprint.
   */
  recover(): void {
    for (const j of this.d.repo.jobsInState('printing')) {
      this.setState(j.id, 'failed', {
        error: { code: 'INTERRUPTED', message: 'Máy chủ khởi động lại khi đang in — kiểm tra phiếu và in lại nếu cần.' },
      });
    }
    for (const j of this.d.repo.jobsInState('queued')) this.dispatch(j.id);
  }

  /** Asks every printer for its status (between jobs) and publishes changes. */
  async pollStatus(): Promise<void> {
    await Promise.all(
      [...this.printers.entries()].map(async ([id, p]) => {
        // a printer behind a device agent is not reachable from here: its state comes with its jobs
        if (p.hostDeviceId) return;
        try {
          const s = await p.printer.status();
          const err = statusError(s);
          if (err) this.setHealth(id, err.code === 'NO_ANSWER' ? 'unknown' : 'error', { code: err.code, message: err.message });
          else if (s.paperNearEnd) this.setHealth(id, 'warning', NEAR_END);
          else this.setHealth(id, 'ok', null);
        } catch (err) {
          this.d.log.warn({ err, printer: id }, 'status poll failed');
        }
      }),
    );
  }

  /** Resolves when every job sent so far has an outcome (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  async close(): Promise<void> {
    await this.idle();
    await Promise.all([...this.printers.values()].map((p) => p.printer.close()));
  }

  private dispatch(jobId: string): void {
    const job = this.d.repo.job(jobId);
    const live = job ? this.printers.get(job.printerId) : undefined;
    if (!job || !live) return;
    const document = this.documentOf(jobId);
    if (!document) return;
    this.setState(jobId, 'printing', { attempt: true });
    const sent = live.hostDeviceId ? this.sendRemote(jobId, live, document) : live.printer.print(document);
    const run = sent
      .then((r) => {
        if (r === 'offline') {
          // the agent is not connected: the job waits, and goes out when the agent is back
          this.setState(jobId, 'queued', {
            error: { code: 'AGENT_OFFLINE', message: 'Máy in của kiosk đang mất kết nối — phiếu sẽ được in khi kết nối lại.' },
          });
          return;
        }
        this.finish(jobId, job.printerId, r);
      })
      .catch((err: unknown) => {
        this.d.log.error({ err, jobId }, 'print crashed');
        this.setState(jobId, 'failed', { error: { code: 'PRINTER_ERROR', message: 'Lỗi máy in.' } });
      });
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
  }

  private finish(jobId: string, printerId: string, r: PrintResult): void {
    if (r.ok) {
      this.setState(jobId, 'printed', { warnings: r.warnings });
      const near = r.warnings.includes('PAPER_NEAR_END');
      const unknown = r.warnings.includes('STATUS_UNKNOWN');
      this.setHealth(
        printerId,
        near ? 'warning' : unknown ? 'unknown' : 'ok',
        near
          ? NEAR_END
          : unknown
            ? { code: 'NO_ANSWER', message: 'Máy in không trả lời trạng thái.' }
            : null,
      );
      return;
    }
    const error = { code: r.error.code, message: r.error.message };
    this.setState(jobId, 'failed', { error });
    this.setHealth(printerId, 'error', error);
    this.d.log.warn({ jobId, printerId, code: r.error.code, stage: r.stage, detail: r.error.message, cause: String((r.error as { cause?: unknown }).cause ?? '') }, 'print failed');
  }

  private setState(
    id: string,
    state: PrintJobInfo['state'],
    o: { attempt?: boolean; error?: { code: string; message: string }; warnings?: string[] },
  ): void {
    this.d.repo.setJobState(id, state, new Date(this.d.clock.now()).toISOString(), o);
    const job = this.d.repo.job(id);
    if (job) this.d.publish({ name: 'print:updated', job });
  }

  private setHealth(id: string, health: PrinterHealth, detail: { code: string; message: string } | null): void {
    const live = this.printers.get(id);
    if (!live) return;
    const at = new Date(this.d.clock.now()).toISOString();
    const changed = live.info.health !== health || live.info.code !== (detail?.code ?? null);
    live.info = { ...live.info, health, code: detail?.code ?? null, message: detail?.message ?? null, checkedAt: at };
    this.d.repo.setPrinterHealth(id, health, live.info.code, live.info.message, at);
    if (changed) this.d.publish({ name: 'printer:changed', printer: live.info });
  }

  private ticketData(ticket: Ticket, state: QueueState): TicketPrintData {
    const service = state.services.get(ticket.serviceId);
    const { peopleAhead, estimate } = this.d.serviceTimes.position(state, ticket);
    return {
      agencyName: this.d.office.name,
      unitName: this.d.office.unitName,
      label: ticket.label,
      serviceName: service?.name ?? '',
      priority: ticket.priority,
      peopleAhead,
      estimatedWait: estimate,
      issuedAt: ticket.issuedAt,
      timeZone: this.d.office.timeZone,
      statusUrl: ((base) => (base ? `${base}/t/${ticket.id}` : null))(this.d.publicUrl()),
      ...(this.d.footer ? { footer: this.d.footer } : {}),
    };
  }
}

const UNKNOWN = { known: false, offline: false, coverOpen: false, paperOut: false, paperNearEnd: false, error: false } as const;

const NEAR_END = { code: 'PAPER_NEAR_END', message: 'Máy in sắp hết giấy — hãy thay cuộn giấy mới.' };
