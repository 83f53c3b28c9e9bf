import { DOSSIER_STATUS } from '@motcua/protocol';
import type { Dossier, DossierEvent, DossierPause, DossierStatusCode, Handoff, PersonRef } from '@motcua/protocol';
import { DEFAULT_OFFICE_HOURS } from '../calendar/due-date.js';
import type { OfficeHours } from '../calendar/due-date.js';
import { toOfficeClock, toOfficeIso } from '../calendar/office-time.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { fail, ok } from '../queue/result.js';
import type { Result } from '../queue/result.js';
import { calendarResult, dossierClockAt, extendedDueAt, instantOf, outcomeOf, viDateTime } from './time.js';

/** What an officer (or the clerk, or the citizen through the clerk) does to a dossier. */
export type DossierAction =
  /** 2 → 4: the department takes it into processing. */
  | { type: 'start'; note?: string | null }
  /** 2/4 → 4: one row of the control sheet, from the current holder to `to`. */
  | { type: 'handoff'; to: PersonRef; note?: string | null }
  /** 4 → 5: Mẫu 02 after reception; the clock pauses. */
  | { type: 'request-supplement'; reason: string }
  /** 5 → 4: the wait ends; the due instant moves by the working time it covered. */
  | { type: 'supplement-received'; note?: string | null }
  /** 4 → 6: waiting for fees, taxes (nghĩa vụ tài chính); the clock pauses. */
  | { type: 'request-financial'; reason: string }
  /** 6 → 4: the obligation is met; the due instant moves by the working time it covered. */
  | { type: 'financial-done'; note?: string | null }
  /** 2/4/5/6 → 7: the citizen withdraws the dossier. */
  | { type: 'withdraw'; reason: string }
  /** 2/4/5/6 → 8: processing stops (dừng xử lý). */
  | { type: 'stop'; reason: string }
  /** 4 → 9: the result is ready; `resultAt` and `outcome` are set. */
  | { type: 'resolve'; note?: string | null }
  /** 9 → 10: the result is handed over at the counter or sent by post. */
  | { type: 'return'; method: 'counter' | 'post'; note?: string | null }
  /** Mẫu 04, status unchanged: once, before the due instant, to a later instant. */
  | { type: 'reschedule'; newDueAt: number; reason: string };

export type DossierActionType = DossierAction['type'];

export interface DossierContext {
  /** Clock reading, epoch ms. */
  now: number;
  actor: PersonRef;
  calendar: WorkingCalendar;
  timeZone: string;
  /** Office sessions for working-time arithmetic; default 07:30–11:30, 13:00–17:00. */
  hours?: OfficeHours;
}

/** [D5] The transition table: which statuses an action starts from, and where it leads. */
export const DOSSIER_TRANSITIONS: Readonly<
  Record<DossierActionType, { readonly from: readonly DossierStatusCode[]; readonly to: DossierStatusCode | 'same' }>
> = {
  start: { from: [2], to: 4 },
  handoff: { from: [2, 4], to: 4 },
  'request-supplement': { from: [4], to: 5 },
  'supplement-received': { from: [5], to: 4 },
  'request-financial': { from: [4], to: 6 },
  'financial-done': { from: [6], to: 4 },
  withdraw: { from: [2, 4, 5, 6], to: 7 },
  stop: { from: [2, 4, 5, 6], to: 8 },
  resolve: { from: [4], to: 9 },
  return: { from: [9], to: 10 },
  reschedule: { from: [2, 4, 5, 6], to: 'same' },
};

const VERB: Record<DossierActionType, string> = {
  start: 'bắt đầu xử lý',
  handoff: 'chuyển',
  'request-supplement': 'yêu cầu bổ sung',
  'supplement-received': 'ghi nhận đã bổ sung',
  'request-financial': 'yêu cầu thực hiện nghĩa vụ tài chính',
  'financial-done': 'ghi nhận đã thực hiện nghĩa vụ tài chính',
  withdraw: 'rút',
  stop: 'dừng xử lý',
  resolve: 'ghi nhận kết quả',
  return: 'trả kết quả',
  reschedule: 'hẹn lại ngày trả',
};

/** [D5] The actions the table allows from the dossier's status (for the officer page's buttons). */
export function allowedDossierActions(d: Pick<Dossier, 'status'>): DossierActionType[] {
  return (Object.keys(DOSSIER_TRANSITIONS) as DossierActionType[]).filter((t) => DOSSIER_TRANSITIONS[t].from.includes(d.status));
}

const text = (s: string | null | undefined): string => (typeof s === 'string' ? s.trim() : '');
const withNote = (head: string, note: string | null | undefined): string => (text(note) ? `${head}: ${text(note)}` : head);
const validPerson = (p: PersonRef | undefined): p is PersonRef =>
  !!p && typeof p.id === 'string' && p.id.trim() !== '' && typeof p.name === 'string' && p.name.trim() !== '' && typeof p.unit === 'string';

/** [D6] The instant of the new event: `now` to the second, never before the last recorded event. */
function eventInstant(d: Dossier, now: number, timeZone: string): number {
  const floored = instantOf(toOfficeIso(now, timeZone));
  let last = instantOf(d.receivedAt);
  for (const e of d.history) last = Math.max(last, instantOf(e.at));
  return Number.isFinite(last) ? Math.max(floored, last) : floored;
}

function closeOpenPause(pauses: DossierPause[], at: string): DossierPause[] {
  return pauses.map((p) => (p.to === null ? { ...p, to: at } : p));
}

function inOfficeHours(t: number, ctx: DossierContext): boolean {
  const { date, msOfDay } = toOfficeClock(t, ctx.timeZone);
  if (!ctx.calendar.isWorkingDay(date)) return false;
  const msOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 3_600_000 + Number(hhmm.slice(3, 5)) * 60_000;
  return (ctx.hours ?? DEFAULT_OFFICE_HOURS).sessions.some((s) => msOfDay >= msOf(s.start) && msOfDay <= msOf(s.end));
}

/**
 * [D5]–[D14] Applies one action to a dossier: a new dossier (the input is never changed) with
 * one more history entry, or a refusal with a Vietnamese message (`CONFLICT` when the status or
 * the dossier's past forbids it, `BAD_REQUEST` for bad input).
 */
export function applyDossierAction(dossier: Dossier, action: DossierAction, ctx: DossierContext): Result<Dossier> {
  const type = (action as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(DOSSIER_TRANSITIONS, type)) {
    return fail('BAD_REQUEST', 'Thao tác trên hồ sơ không hợp lệ.');
  }
  const rule = DOSSIER_TRANSITIONS[action.type];
  if (!Number.isFinite(ctx.now)) return fail('BAD_REQUEST', 'Thời điểm thao tác không hợp lệ.');
  if (!validPerson(ctx.actor)) return fail('BAD_REQUEST', 'Thiếu thông tin cán bộ thực hiện thao tác.');
  if (!rule.from.includes(dossier.status)) {
    return fail(
      'CONFLICT',
      `Không thể ${VERB[action.type]} hồ sơ ${dossier.code} đang ở trạng thái «${DOSSIER_STATUS[dossier.status]}».`,
    );
  }
  const instant = calendarResult(() => eventInstant(dossier, ctx.now, ctx.timeZone));
  if (!instant.ok) return instant;
  const nowMs = instant.value;
  const at = toOfficeIso(nowMs, ctx.timeZone);
  const next = rule.to === 'same' ? dossier.status : rule.to;
  const done = (changes: Partial<Dossier>, note: string | null): Result<Dossier> => {
    const entry: DossierEvent = { at, status: next, actor: ctx.actor, note };
    return ok({ ...dossier, ...changes, status: next, history: [...dossier.history, entry] });
  };
  const hours = ctx.hours ?? DEFAULT_OFFICE_HOURS;

  switch (action.type) {
    case 'start':
      return done({}, withNote('Bắt đầu xử lý', action.note));

    case 'handoff': {
      // [D7]
      if (!validPerson(action.to)) return fail('BAD_REQUEST', 'Cần chọn người nhận hồ sơ (mã, họ tên, đơn vị).');
      if (action.to.id === dossier.holder.id) {
        return fail('BAD_REQUEST', `${dossier.holder.name} đang giữ hồ sơ này; hãy chọn người nhận khác.`);
      }
      const row: Handoff = { from: dossier.holder, to: action.to, at, note: text(action.note) || null };
      return done(
        { holder: action.to, handoffs: [...dossier.handoffs, row] },
        withNote(`Chuyển cho ${action.to.name} (${action.to.unit})`, action.note),
      );
    }

    case 'request-supplement':
    case 'request-financial': {
      // [D8]
      const reason = text(action.reason);
      const supplement = action.type === 'request-supplement';
      if (!reason) {
        return fail('BAD_REQUEST', supplement ? 'Cần ghi rõ giấy tờ phải bổ sung, hoàn thiện.' : 'Cần ghi rõ nghĩa vụ tài chính phải thực hiện.');
      }
      if (dossier.pauses.some((p) => p.to === null)) return fail('CONFLICT', 'Hồ sơ đang có một lần tạm dừng chưa kết thúc.');
      const pause: DossierPause = { kind: supplement ? 'supplement' : 'financial', from: at, to: null, reason };
      return done(
        { pauses: [...dossier.pauses, pause] },
        `${supplement ? 'Yêu cầu bổ sung, hoàn thiện hồ sơ' : 'Yêu cầu thực hiện nghĩa vụ tài chính'}: ${reason}`,
      );
    }

    case 'supplement-received':
    case 'financial-done': {
      // [D9]
      const kind = action.type === 'supplement-received' ? 'supplement' : 'financial';
      const open = dossier.pauses.find((p) => p.to === null);
      if (!open || open.kind !== kind) return fail('CONFLICT', 'Không tìm thấy lần tạm dừng đang mở của hồ sơ; dữ liệu cần kiểm tra lại.');
      const moved = calendarResult(() =>
        extendedDueAt(instantOf(dossier.dueAt), instantOf(open.from), nowMs, ctx.calendar, ctx.timeZone, hours),
      );
      if (!moved.ok) return moved;
      const dueAt = moved.value === instantOf(dossier.dueAt) ? dossier.dueAt : toOfficeIso(moved.value, ctx.timeZone);
      const head = kind === 'supplement' ? 'Đã nhận hồ sơ bổ sung, tiếp tục xử lý' : 'Đã thực hiện nghĩa vụ tài chính, tiếp tục xử lý';
      const dueNote = dueAt === dossier.dueAt ? '' : `; hẹn trả mới ${viDateTime(moved.value, ctx.timeZone)}`;
      return done({ pauses: closeOpenPause(dossier.pauses, at), dueAt }, withNote(head + dueNote, action.note));
    }

    case 'withdraw':
    case 'stop': {
      // [D10]
      const reason = text(action.reason);
      if (!reason) return fail('BAD_REQUEST', action.type === 'withdraw' ? 'Cần ghi lý do rút hồ sơ.' : 'Cần ghi lý do dừng xử lý.');
      return done(
        { pauses: closeOpenPause(dossier.pauses, at) },
        `${action.type === 'withdraw' ? 'Công dân rút hồ sơ' : 'Dừng xử lý'}: ${reason}`,
      );
    }

    case 'resolve': {
      // [D11]
      const outcome = calendarResult(() => outcomeOf(nowMs, instantOf(dossier.dueAt), ctx.timeZone));
      if (!outcome.ok) return outcome;
      return done({ resultAt: at, outcome: outcome.value }, withNote('Đã có kết quả giải quyết', action.note));
    }

    case 'return': {
      // [D12]
      if (action.method !== 'counter' && action.method !== 'post') {
        return fail('BAD_REQUEST', 'Cách trả kết quả phải là tại quầy hoặc qua bưu chính.');
      }
      return done(
        { returnedAt: at, returnMethod: action.method },
        withNote(action.method === 'counter' ? 'Đã trả kết quả tại quầy' : 'Đã gửi kết quả qua bưu chính', action.note),
      );
    }

    case 'reschedule': {
      // [D13]
      const reason = text(action.reason);
      if (!reason) return fail('BAD_REQUEST', 'Cần ghi lý do xin lỗi và hẹn lại ngày trả kết quả.');
      if (!Number.isFinite(action.newDueAt)) return fail('BAD_REQUEST', 'Ngày hẹn trả mới không hợp lệ.');
      if (dossier.rescheduled !== null) {
        return fail('CONFLICT', 'Hồ sơ đã được hẹn lại ngày trả một lần; không được hẹn lại lần nữa.');
      }
      const due = instantOf(dossier.dueAt);
      if (dossierClockAt(dossier, nowMs) >= due) {
        return fail('CONFLICT', 'Đã đến hoặc quá hạn trả kết quả; phiếu xin lỗi và hẹn lại chỉ được lập trước hạn.');
      }
      const newDueIso = calendarResult(() => toOfficeIso(action.newDueAt, ctx.timeZone));
      if (!newDueIso.ok) return newDueIso;
      const newDue = instantOf(newDueIso.value);
      if (!(newDue > due) || !(newDue > nowMs)) {
        return fail('BAD_REQUEST', 'Ngày hẹn trả mới phải sau ngày hẹn hiện tại.');
      }
      const inHours = calendarResult(() => inOfficeHours(newDue, ctx));
      if (!inHours.ok) return inHours;
      if (!inHours.value) return fail('BAD_REQUEST', 'Ngày hẹn trả mới phải là ngày làm việc, trong giờ làm việc.');
      return done(
        {
          dueAt: newDueIso.value,
          rescheduled: { previousDueAt: dossier.dueAt, newDueAt: newDueIso.value, reason, at },
        },
        `Xin lỗi và hẹn lại ngày trả kết quả: ${viDateTime(newDue, ctx.timeZone)} (${reason})`,
      );
    }

    default: {
      const never: never = action;
      return fail('BAD_REQUEST', `Thao tác không hợp lệ: ${String((never as { type?: unknown }).type)}.`);
    }
  }
}
