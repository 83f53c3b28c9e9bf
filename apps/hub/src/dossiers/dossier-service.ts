import {
  applyDossierAction,
  businessDayOf,
  dossierPauseAt,
  formatDossierCode,
  isDueSoon,
  isOverdue,
  newReceivedDossier,
  nextDossierSeq,
  type DossierAction,
  type QueueState,
  type Result,
} from '@motcua/core';
import { thermalDocuments, type FormDataMap, type FormId, type OfficeHeader } from '@motcua/forms';
import {
  DOSSIER_STATUS,
  type Actor,
  type ApiError,
  type Dossier,
  type DossierActionInput,
  type DossierListItem,
  type PersonRef,
  type ReceiveDossierInput,
  type ReceptionSlipInput,
} from '@motcua/protocol';
import type { Db, DossierRepository, EventLog } from '@motcua/store';
import type { Logger } from 'pino';
import type { AuthService } from '../auth/auth-service.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import type { CatalogService } from '../catalog/catalog-service.js';
import type { Clock } from '../clock.js';
import type { PrintService } from '../printing/print-service.js';
import { apologyData, receiptData } from './forms-data.js';

export interface DossierServiceDeps {
  db: Db;
  repo: DossierRepository;
  events: EventLog;
  catalog: CatalogService;
  calendar: CalendarService;
  print: PrintService;
  auth: AuthService;
  clock: Clock;
  log: Logger;
  queue: () => QueueState;
  agencyCode: string;
  timeZone: string;
  office: OfficeHeader;
  /** Notifies staff pages (no personal data). */
  changed: (d: Dossier) => void;
}

const RECEPTION_UNIT = 'Bộ phận Tiếp nhận và Trả kết quả';
const err = (code: ApiError['code'], message: string): { ok: false; error: ApiError } => ({ ok: false, error: { code, message } });

/**
 * Reception and tracking of dossiers. Each change runs the pure dossier domain, then writes the
 * dossier, its event row and any print job in one transaction; print jobs are sent after it.
 */
export class DossierService {
  constructor(private readonly d: DossierServiceDeps) {}

  /** Who an actor is on forms and control sheets. */
  personOf(actor: Actor): PersonRef {
    const user = actor.kind === 'user' ? this.d.auth.user(actor.id) : null;
    return { id: actor.id, name: user?.displayName ?? actor.name, unit: user?.unit ?? RECEPTION_UNIT };
  }

  /** [issue 4] A complete dossier accepted at a counter: code, due date, Mẫu 01. */
  receive(input: ReceiveDossierInput, actor: Actor): Result<{ dossier: Dossier; printJobIds: string[] }> {
    const counter = this.d.queue().counters.get(input.counterId);
    if (!counter) return err('COUNTER_UNKNOWN', 'Không có quầy này.');
    if (actor.role !== 'admin' && (counter.status === 'closed' || counter.clerkId !== actor.id)) {
      return err('FORBIDDEN', `Bạn không làm việc ở quầy ${counter.number}.`);
    }
    const procedure = this.d.catalog.get(input.procedureCode);
    if (!procedure || !procedure.active) return err('NOT_FOUND', 'Không có thủ tục này trong danh mục.');
    const now = this.d.clock.now();
    const officeDay = businessDayOf(now, this.d.timeZone);
    const person = this.personOf(actor);
    const tx = this.d.db.transaction((): { dossier: Dossier; printJobIds: string[] } => {
      const seq = nextDossierSeq(this.d.repo.nextSeq(officeDay) - 1);
      if (!seq.ok) throw new Refused(seq.error);
      const made = newReceivedDossier({
        code: formatDossierCode(this.d.agencyCode, officeDay, seq.value),
        procedure,
        chosenProcessingTime: input.processingTime,
        applicant: input.applicant,
        components: input.components,
        sets: input.sets,
        channel: input.channel,
        returnMethod: input.returnMethod,
        receivedAt: now,
        receivedBy: person,
        counterId: counter.id,
        ticketId: counter.currentTicketId,
        // one log book a year (Quyển số 01/2026), entries numbered through the year
        logBook: `01/${officeDay.slice(0, 4)}`,
        entryNumber: this.d.repo.nextSeq(`book:${officeDay.slice(0, 4)}`),
        calendar: this.d.calendar.current(),
        timeZone: this.d.timeZone,
      });
      // a refusal rolls the sequence back too: no dossier ever carried that number
      if (!made.ok) throw new Refused(made.error);
      const dossier = made.value;
      this.d.repo.insert(dossier, officeDay, seq.value);
      this.d.events.append(dossier.receivedAt, 'dossier:received', actor, { code: dossier.code, status: 2 });
      const printJobIds = input.print
        ? this.printForm('mau-01', receiptData(dossier, this.d.office, procedure.fee, counter.name), 'receipt', dossier.code, counter.id)
        : [];
      return { dossier, printJobIds };
    });
    let out: { dossier: Dossier; printJobIds: string[] };
    try {
      out = tx();
    } catch (e) {
      if (e instanceof Refused) return { ok: false, error: e.error };
      throw e;
    }
    this.afterCommit(out.dossier);
    return { ok: true, value: out };
  }

  /** Mẫu 02 (supplement guidance) or Mẫu 03 (refusal) at the counter: printed, logged, no dossier code. */
  slip(input: ReceptionSlipInput, actor: Actor): Result<{ printJobIds: string[] }> {
    const counter = this.d.queue().counters.get(input.counterId);
    if (!counter) return err('COUNTER_UNKNOWN', 'Không có quầy này.');
    if (actor.role !== 'admin' && (counter.status === 'closed' || counter.clerkId !== actor.id)) {
      return err('FORBIDDEN', `Bạn không làm việc ở quầy ${counter.number}.`);
    }
    const procedure = this.d.catalog.get(input.procedureCode);
    if (!procedure) return err('NOT_FOUND', 'Không có thủ tục này trong danh mục.');
    const issuedAt = new Date(this.d.clock.now()).toISOString();
    const officer = { name: this.personOf(actor).name, unit: RECEPTION_UNIT };
    let printJobIds: string[] = [];
    this.d.db.transaction(() => {
      this.d.events.append(issuedAt, input.kind === 'supplement' ? 'dossier:supplement-slip' : 'dossier:refusal-slip', actor, {
        procedureCode: procedure.code,
        items: input.items.length,
      });
      if (!input.print) return;
      printJobIds =
        input.kind === 'supplement'
          ? this.printForm(
              'mau-02',
              { office: this.d.office, issuedAt, applicantName: input.applicantName, procedureName: procedure.name, items: input.items, officer },
              'slip',
              procedure.name,
              counter.id,
            )
          : this.printForm(
              'mau-03',
              { office: this.d.office, issuedAt, applicantName: input.applicantName, procedureName: procedure.name, reasons: input.items, officer },
              'slip',
              procedure.name,
              counter.id,
            );
    })();
    this.d.print.onCommitted();
    return { ok: true, value: { printJobIds } };
  }

  /** [issue 5] One lifecycle step by a staff member. */
  act(code: string, input: DossierActionInput, actor: Actor): Result<{ dossier: Dossier; printJobIds: string[] }> {
    const current = this.d.repo.byCode(code);
    if (!current) return err('NOT_FOUND', `Không có hồ sơ ${code}.`);
    const atCounter = input.type === 'return' || input.type === 'withdraw';
    if (actor.role !== 'admin' && current.holder.id !== actor.id && !(atCounter && actor.role === 'clerk')) {
      return err('FORBIDDEN', `Hồ sơ ${code} đang do ${current.holder.name} (${current.holder.unit}) giữ.`);
    }
    const action = this.toDomainAction(input);
    if (!action.ok) return action;
    const now = this.d.clock.now();
    const next = applyDossierAction(current, action.value, {
      now,
      actor: this.personOf(actor),
      calendar: this.d.calendar.current(),
      timeZone: this.d.timeZone,
    });
    if (!next.ok) return next;
    const dossier = next.value;
    let printJobIds: string[] = [];
    this.d.db.transaction(() => {
      this.d.repo.update(dossier);
      this.d.events.append(new Date(now).toISOString(), `dossier:${input.type}`, actor, { code, status: dossier.status });
      if (input.type === 'reschedule' && input.print && dossier.counterId) {
        printJobIds = this.printForm('mau-04', apologyData(dossier, this.d.office), 'slip', code, dossier.counterId);
      }
    })();
    this.afterCommit(dossier);
    return { ok: true, value: { dossier, printJobIds } };
  }

  get(code: string): Dossier | null {
    return this.d.repo.byCode(code);
  }

  /** Open dossiers (all, or those one person holds), most urgent first, with flags. */
  list(holderId: string | null): DossierListItem[] {
    const now = this.d.clock.now();
    const cal = this.d.calendar.current();
    const rows = holderId ? this.d.repo.heldBy(holderId) : this.d.repo.open();
    return rows.map((d) => ({
      code: d.code,
      procedureName: d.procedureName,
      field: d.field,
      applicantName: d.applicant.name,
      status: d.status,
      statusName: DOSSIER_STATUS[d.status],
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      holder: d.holder,
      overdue: isOverdue(d, now),
      dueSoon: isDueSoon(d, now, cal, this.d.timeZone),
      paused: dossierPauseAt(d, now) !== undefined,
    }));
  }

  private toDomainAction(input: DossierActionInput): Result<DossierAction> {
    switch (input.type) {
      case 'handoff': {
        const to = this.d.auth.user(input.toUserId);
        if (!to || !to.active) return err('NOT_FOUND', 'Không có cán bộ nhận hồ sơ này.');
        return { ok: true, value: { type: 'handoff', to: { id: to.id, name: to.displayName, unit: to.unit ?? RECEPTION_UNIT }, note: input.note } };
      }
      case 'reschedule':
        return { ok: true, value: { type: 'reschedule', newDueAt: Date.parse(input.newDueAt), reason: input.reason } };
      default:
        return { ok: true, value: input as DossierAction };
    }
  }

  private printForm<F extends FormId>(formId: F, data: FormDataMap[F], kind: 'receipt' | 'slip', label: string, counterId: string): string[] {
    const printerId = this.d.print.counterPrinter(counterId);
    const paper = this.d.print.paperOf(printerId);
    if (!printerId || !paper) return [];
    return thermalDocuments(formId, data, { paper }).flatMap((document) => {
      const id = this.d.print.createDocumentJob({ kind, label, printerId, document });
      return id ? [id] : [];
    });
  }

  private afterCommit(d: Dossier): void {
    this.d.print.onCommitted();
    this.d.changed(d);
  }
}

/** Thrown inside a transaction to roll it back with a domain refusal. */
class Refused extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}
