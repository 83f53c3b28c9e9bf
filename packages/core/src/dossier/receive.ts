import type { Applicant, Dossier, DossierComponent, PersonRef, Procedure, TimeUnit } from '@motcua/protocol';
import type { OfficeHours } from '../calendar/due-date.js';
import { toOfficeIso } from '../calendar/office-time.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { fail, ok } from '../queue/result.js';
import type { Result } from '../queue/result.js';
import { parseDossierCode } from './code.js';
import { calendarResult, receptionDueAt } from './time.js';

export interface ReceivedDossierInput {
  /** From `formatDossierCode(agency, officeDay, nextDossierSeq(last))`. */
  code: string;
  procedure: Pick<Procedure, 'code' | 'name' | 'field' | 'processingTime'>;
  /**
   * The time the clerk chose. Required when the procedure publishes none (`amount: null`);
   * otherwise the procedure's own time is used and this is ignored.
   */
  chosenProcessingTime?: { amount: number; unit: TimeUnit } | null;
  applicant: Applicant;
  components: DossierComponent[];
  sets: number;
  channel: Dossier['channel'];
  returnMethod: Dossier['returnMethod'];
  /** Clock reading at acceptance, epoch ms. */
  receivedAt: number;
  receivedBy: PersonRef;
  counterId: string | null;
  ticketId: string | null;
  logBook: string;
  entryNumber: number;
  calendar: WorkingCalendar;
  timeZone: string;
  hours?: OfficeHours;
}

/**
 * [D19] A dossier accepted at the counter: status 2, due instant from [D4], held by the clerk
 * who received it, one history entry, no pause, hand-off, re-schedule or result.
 */
export function newReceivedDossier(input: ReceivedDossierInput): Result<Dossier> {
  const parsed = parseDossierCode(input.code);
  if (!parsed || parsed.code !== input.code) return fail('BAD_REQUEST', `Mã hồ sơ không hợp lệ: ${input.code}.`);
  const published = input.procedure.processingTime;
  const time = published.amount === null && published.unit !== 'same-day' ? input.chosenProcessingTime ?? null : published;
  if (!time) {
    return fail('BAD_REQUEST', 'Thủ tục chưa có thời hạn giải quyết được công bố; cán bộ phải chọn thời hạn trước khi tiếp nhận.');
  }
  const due = receptionDueAt({
    receivedAt: input.receivedAt,
    processingTime: time,
    calendar: input.calendar,
    timeZone: input.timeZone,
    ...(input.hours ? { hours: input.hours } : {}),
  });
  if (!due.ok) return due;
  const times = calendarResult(() => ({
    receivedAt: toOfficeIso(input.receivedAt, input.timeZone),
    dueAt: toOfficeIso(due.value, input.timeZone),
  }));
  if (!times.ok) return times;
  const { receivedAt, dueAt } = times.value;
  return ok({
    code: input.code,
    procedureCode: input.procedure.code,
    procedureName: input.procedure.name,
    field: input.procedure.field,
    applicant: input.applicant,
    components: input.components,
    sets: input.sets,
    channel: input.channel,
    returnMethod: input.returnMethod,
    receivedAt,
    dueAt,
    processingTime: { amount: time.amount ?? 0, unit: time.unit },
    status: 2,
    receivedBy: input.receivedBy,
    holder: input.receivedBy,
    counterId: input.counterId,
    ticketId: input.ticketId,
    pauses: [],
    handoffs: [],
    history: [{ at: receivedAt, status: 2, actor: input.receivedBy, note: 'Tiếp nhận hồ sơ' }],
    rescheduled: null,
    resultAt: null,
    returnedAt: null,
    outcome: null,
    logBook: input.logBook,
    entryNumber: input.entryNumber,
  });
}
