import type { Dossier, DossierStatusCode } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { toOfficeIso } from '../calendar/office-time.js';
import { allowedDossierActions, applyDossierAction, DOSSIER_TRANSITIONS } from './lifecycle.js';
import type { DossierAction, DossierActionType } from './lifecycle.js';
import { newReceivedDossier } from './receive.js';
import { act, at, calendar, CLERK, ctx, deepFreeze, iso, OFFICER, OFFICER2, person, receive, TZ } from './testing.js';

// Received Mon 5/10/2026 09:00, 5 working days → due Mon 12/10 17:00.
const s2 = receive('2026-10-05T09:00');
const s4 = act(s2, { type: 'start' }, '2026-10-05T10:00');
const s5 = act(s4, { type: 'request-supplement', reason: 'Thiếu bản sao giấy chứng sinh' }, '2026-10-06T10:00');
const s6 = act(s4, { type: 'request-financial', reason: 'Nộp lệ phí 8.000 đồng' }, '2026-10-06T10:00');
const s7 = act(s4, { type: 'withdraw', reason: 'Công dân không còn nhu cầu' }, '2026-10-06T10:00');
const s8 = act(s4, { type: 'stop', reason: 'Hồ sơ có tranh chấp' }, '2026-10-06T10:00');
const s9 = act(s4, { type: 'resolve' }, '2026-10-08T10:00');
const s10 = act(s9, { type: 'return', method: 'counter' }, '2026-10-09T08:00');
const s1: Dossier = { ...s2, status: 1 };
const s3: Dossier = { ...s2, status: 3 };
const byStatus: Record<DossierStatusCode, Dossier> = { 1: s1, 2: s2, 3: s3, 4: s4, 5: s5, 6: s6, 7: s7, 8: s8, 9: s9, 10: s10 };

/** One valid instance of each action, applied on Wed 7/10 09:00 (before the due instant). */
const sample: Record<DossierActionType, DossierAction> = {
  start: { type: 'start' },
  handoff: { type: 'handoff', to: OFFICER2, note: 'Chuyển thẩm định' },
  'request-supplement': { type: 'request-supplement', reason: 'Thiếu tờ khai' },
  'supplement-received': { type: 'supplement-received' },
  'request-financial': { type: 'request-financial', reason: 'Nộp lệ phí' },
  'financial-done': { type: 'financial-done' },
  withdraw: { type: 'withdraw', reason: 'Rút hồ sơ' },
  stop: { type: 'stop', reason: 'Dừng xử lý' },
  resolve: { type: 'resolve' },
  return: { type: 'return', method: 'post' },
  reschedule: { type: 'reschedule', newDueAt: at('2026-10-14T17:00'), reason: 'Cần xác minh thêm' },
};

describe('transitions', () => {
  for (const status of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const) {
    for (const type of Object.keys(sample) as DossierActionType[]) {
      const allowed = DOSSIER_TRANSITIONS[type].from.includes(status);
      it(`[D5] ${type} from status ${status}: ${allowed ? 'allowed' : 'refused'}`, () => {
        const before = deepFreeze(structuredClone(byStatus[status]));
        const r = applyDossierAction(before, sample[type], ctx('2026-10-07T09:00'));
        const target = DOSSIER_TRANSITIONS[type].to;
        if (allowed) {
          expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
          if (r.ok) expect(r.value.status).toBe(target === 'same' ? status : target);
        } else {
          expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Không thể .+ trạng thái «.+»\.$/) } });
        }
        expect(before).toEqual(byStatus[status]);
      });
    }
  }

  it('[D5] the officer page offers exactly the actions of the table', () => {
    expect(allowedDossierActions(s2)).toEqual(['start', 'handoff', 'withdraw', 'stop', 'reschedule']);
    expect(allowedDossierActions(s4)).toEqual(['handoff', 'request-supplement', 'request-financial', 'withdraw', 'stop', 'resolve', 'reschedule']);
    expect(allowedDossierActions(s9)).toEqual(['return']);
    expect(allowedDossierActions(s10)).toEqual([]);
  });

  it('[D5] an unknown action or a bad clock is a BAD_REQUEST', () => {
    expect(applyDossierAction(s4, { type: 'approve' } as unknown as DossierAction, ctx('2026-10-07T09:00'))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(applyDossierAction(s4, { type: 'toString' } as unknown as DossierAction, ctx('2026-10-07T09:00'))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(applyDossierAction(s4, { type: 'resolve' }, ctx(NaN))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(applyDossierAction(s4, { type: 'resolve' }, { ...ctx('2026-10-07T09:00'), actor: { id: '', name: '', unit: '' } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});

describe('history', () => {
  it('[D6] every transition appends one entry: when, new status, who, what', () => {
    const r = act(s4, { type: 'request-supplement', reason: 'Thiếu tờ khai' }, '2026-10-06T10:00:30.750', OFFICER2);
    expect(r.history).toHaveLength(s4.history.length + 1);
    expect(r.history.slice(0, -1)).toEqual(s4.history);
    expect(r.history.at(-1)).toEqual({ at: iso('2026-10-06T10:00:30'), status: 5, actor: OFFICER2, note: 'Yêu cầu bổ sung, hoàn thiện hồ sơ: Thiếu tờ khai' });
  });

  it('[D6] a clock stepped back never records an event before the previous one', () => {
    const r = act(s4, { type: 'resolve' }, '2026-10-05T09:30');
    expect(r.history.at(-1)?.at).toBe(iso('2026-10-05T10:00'));
    expect(r.resultAt).toBe(iso('2026-10-05T10:00'));
  });
});

describe('hand-offs (control sheet)', () => {
  it('[D7] a row from the current holder to the receiver; the receiver holds it', () => {
    expect(s2.holder).toEqual(CLERK);
    const a = act(s2, { type: 'handoff', to: OFFICER, note: 'Chuyển phòng Tư pháp' }, '2026-10-05T09:30', CLERK);
    expect(a.status).toBe(4);
    expect(a.holder).toEqual(OFFICER);
    expect(a.handoffs).toEqual([{ from: CLERK, to: OFFICER, at: iso('2026-10-05T09:30'), note: 'Chuyển phòng Tư pháp' }]);
    const leader = person('ld1', 'Lãnh đạo UBND');
    const b = act(a, { type: 'handoff', to: leader }, '2026-10-07T14:00');
    expect(b.handoffs).toHaveLength(2);
    expect(b.handoffs[1]).toEqual({ from: OFFICER, to: leader, at: iso('2026-10-07T14:00'), note: null });
    expect(b.history.at(-1)?.note).toBe('Chuyển cho Cán bộ ld1 (Lãnh đạo UBND)');
  });

  it('[D7] handing to the current holder or to nobody is refused', () => {
    expect(applyDossierAction(s2, { type: 'handoff', to: CLERK }, ctx('2026-10-05T09:30'))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(applyDossierAction(s2, { type: 'handoff', to: { id: ' ', name: 'x', unit: 'y' } }, ctx('2026-10-05T09:30'))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});

describe('pauses', () => {
  it('[D8] a supplement or financial request opens a pause with its reason', () => {
    expect(s5.pauses).toEqual([{ kind: 'supplement', from: iso('2026-10-06T10:00'), to: null, reason: 'Thiếu bản sao giấy chứng sinh' }]);
    expect(s6.pauses).toEqual([{ kind: 'financial', from: iso('2026-10-06T10:00'), to: null, reason: 'Nộp lệ phí 8.000 đồng' }]);
  });

  it('[D8] a request without a reason is refused', () => {
    expect(applyDossierAction(s4, { type: 'request-supplement', reason: '  ' }, ctx('2026-10-06T10:00'))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(applyDossierAction(s4, { type: 'request-financial', reason: '' }, ctx('2026-10-06T10:00'))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('[D9] a supplement pause from Tue 10:00 to Wed 10:00 moves the due date one working day', () => {
    const r = act(s5, { type: 'supplement-received' }, '2026-10-07T10:00');
    expect(r.status).toBe(4);
    expect(r.pauses).toEqual([{ ...s5.pauses[0], to: iso('2026-10-07T10:00') }]);
    expect(r.dueAt).toBe(iso('2026-10-13T17:00'));
    expect(r.history.at(-1)?.note).toBe('Đã nhận hồ sơ bổ sung, tiếp tục xử lý; hẹn trả mới 17 giờ 00 phút, ngày 13/10/2026');
  });

  it('[D9] a financial pause over a weekend moves the due date by its working hours only', () => {
    const waiting = act(s4, { type: 'request-financial', reason: 'Nộp lệ phí' }, '2026-10-09T16:00');
    // Fri 16:00–17:00 and Mon 07:30–08:30: 2 working hours; Mon 12/10 17:00 + 2 h → Tue 13/10 09:30.
    const r = act(waiting, { type: 'financial-done' }, '2026-10-12T08:30');
    expect(r.dueAt).toBe(iso('2026-10-13T09:30'));
  });

  it('[D9] a pause that covers no working time (the Quốc khánh break) leaves the due date', () => {
    const d = act(receive('2026-08-26T09:00', { amount: 10 }), { type: 'start' }, '2026-08-26T10:00');
    const waiting = act(d, { type: 'request-supplement', reason: 'Thiếu tờ khai' }, '2026-08-28T17:00');
    const r = act(waiting, { type: 'supplement-received' }, '2026-09-03T07:30');
    expect(r.dueAt).toBe(d.dueAt);
  });

  it('[D9] a pause that begins after the due instant does not move it (the dossier is already late)', () => {
    const waiting = act(s4, { type: 'request-supplement', reason: 'Thiếu tờ khai' }, '2026-10-13T09:00');
    const r = act(waiting, { type: 'supplement-received' }, '2026-10-16T09:00');
    expect(r.dueAt).toBe(s4.dueAt);
  });

  it('[D9] several pauses add up, each closed before the next opens', () => {
    let d = act(s5, { type: 'supplement-received' }, '2026-10-07T10:00'); // +8 h → Tue 13/10 17:00
    d = act(d, { type: 'request-financial', reason: 'Nộp phí' }, '2026-10-08T13:00');
    d = act(d, { type: 'financial-done' }, '2026-10-08T15:00'); // +2 h → Wed 14/10 09:30
    expect(d.dueAt).toBe(iso('2026-10-14T09:30'));
    expect(d.pauses.map((p) => [p.kind, p.from, p.to])).toEqual([
      ['supplement', iso('2026-10-06T10:00'), iso('2026-10-07T10:00')],
      ['financial', iso('2026-10-08T13:00'), iso('2026-10-08T15:00')],
    ]);
  });

  it('[D9] closing the wrong kind of pause is refused', () => {
    expect(applyDossierAction(s6, { type: 'supplement-received' }, ctx('2026-10-07T10:00')).ok).toBe(false);
    expect(applyDossierAction(s5, { type: 'financial-done' }, ctx('2026-10-07T10:00')).ok).toBe(false);
  });
});

describe('withdraw and stop', () => {
  it('[D10] withdrawing during a wait closes the pause and leaves the due date', () => {
    const r = act(s5, { type: 'withdraw', reason: 'Không bổ sung được giấy tờ' }, '2026-10-08T10:00');
    expect(r.status).toBe(7);
    expect(r.pauses[0]?.to).toBe(iso('2026-10-08T10:00'));
    expect(r.dueAt).toBe(s5.dueAt);
    expect(r.history.at(-1)?.note).toBe('Công dân rút hồ sơ: Không bổ sung được giấy tờ');
  });

  it('[D10] stopping needs a reason; both are final', () => {
    expect(applyDossierAction(s4, { type: 'stop', reason: '' }, ctx('2026-10-08T10:00'))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(allowedDossierActions(s7)).toEqual([]);
    expect(allowedDossierActions(s8)).toEqual([]);
  });
});

describe('result and return', () => {
  it('[D11] resolving records the result instant and the outcome against the due instant', () => {
    expect(s9.resultAt).toBe(iso('2026-10-08T10:00'));
    expect(s9.outcome).toBe('early');
    expect(act(s4, { type: 'resolve' }, '2026-10-12T16:00').outcome).toBe('on-time');
    expect(act(s4, { type: 'resolve' }, '2026-10-12T17:00:01').outcome).toBe('late');
  });

  it('[D11] a same-day dossier resolved the same afternoon is on time', () => {
    const d = act(receive('2026-10-07T14:00', { unit: 'same-day' }), { type: 'start' }, '2026-10-07T14:05');
    expect(act(d, { type: 'resolve' }, '2026-10-07T16:30').outcome).toBe('on-time');
  });

  it('[D12] returning records when and how the result was handed over', () => {
    expect(s10.returnedAt).toBe(iso('2026-10-09T08:00'));
    expect(s10.returnMethod).toBe('counter');
    const post = act(s9, { type: 'return', method: 'post' }, '2026-10-09T08:00');
    expect(post.returnMethod).toBe('post');
    expect(post.history.at(-1)?.note).toBe('Đã gửi kết quả qua bưu chính');
    expect(applyDossierAction(s9, { type: 'return', method: 'email' } as unknown as DossierAction, ctx('2026-10-09T08:00')).ok).toBe(false);
  });
});

describe('re-schedule (Mẫu 04)', () => {
  const move = (d: Dossier, newDue: string, now: string) =>
    applyDossierAction(d, { type: 'reschedule', newDueAt: at(newDue), reason: 'Cần xác minh thực địa' }, ctx(now));

  it('[D13] before the due instant, to a later working time: recorded with the previous date', () => {
    const r = move(s4, '2026-10-15T17:00', '2026-10-12T09:00');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe(4);
    expect(r.value.dueAt).toBe(iso('2026-10-15T17:00'));
    expect(r.value.rescheduled).toEqual({ previousDueAt: s4.dueAt, newDueAt: iso('2026-10-15T17:00'), reason: 'Cần xác minh thực địa', at: iso('2026-10-12T09:00') });
    expect(r.value.history.at(-1)).toMatchObject({ status: 4, note: 'Xin lỗi và hẹn lại ngày trả kết quả: 17 giờ 00 phút, ngày 15/10/2026 (Cần xác minh thực địa)' });
  });

  it('[D13] only once', () => {
    const once = move(s4, '2026-10-15T17:00', '2026-10-12T09:00');
    if (!once.ok) throw new Error(once.error.message);
    expect(move(once.value, '2026-10-16T17:00', '2026-10-13T09:00')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('một lần') } });
  });

  it('[D13] only before the due instant', () => {
    expect(move(s4, '2026-10-15T17:00', '2026-10-12T17:00')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(move(s4, '2026-10-15T17:00', '2026-10-13T09:00')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('[D13] during a wait that began before the due instant the clock is stopped, so it is still before the due instant', () => {
    expect(move(s5, '2026-10-20T17:00', '2026-10-14T09:00').ok).toBe(true);
  });

  it('[D13] the new date must be later, on a working day, inside office hours', () => {
    expect(move(s4, '2026-10-12T17:00', '2026-10-08T09:00')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(move(s4, '2026-10-09T17:00', '2026-10-08T09:00')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(move(s4, '2026-10-18T10:00', '2026-10-08T09:00')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('ngày làm việc') } });
    expect(move(s4, '2026-10-15T20:00', '2026-10-08T09:00')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(move(s4, '2026-10-15T12:00', '2026-10-08T09:00')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(applyDossierAction(s4, { type: 'reschedule', newDueAt: at('2026-10-15T17:00'), reason: ' ' }, ctx('2026-10-08T09:00')).ok).toBe(false);
  });

  it('[D13] not after the result', () => {
    expect(move(s9, '2026-10-15T17:00', '2026-10-08T11:00')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('reception', () => {
  it('[D19] a received dossier: status 2, due date from the calendar, held by the clerk, one history entry', () => {
    expect(s2).toMatchObject({
      status: 2,
      receivedAt: iso('2026-10-05T09:00'),
      dueAt: iso('2026-10-12T17:00'),
      holder: CLERK,
      receivedBy: CLERK,
      pauses: [],
      handoffs: [],
      rescheduled: null,
      resultAt: null,
      returnedAt: null,
      outcome: null,
    });
    expect(s2.history).toEqual([{ at: iso('2026-10-05T09:00'), status: 2, actor: CLERK, note: 'Tiếp nhận hồ sơ' }]);
  });

  const input = {
    code: 'H15.50.05.13-261005-0001',
    procedure: { code: 'X', name: 'Thủ tục X', field: 'Đất đai', processingTime: { amount: null, unit: 'working-days' as const } },
    applicant: s2.applicant,
    components: s2.components,
    sets: 1,
    channel: 'in-person' as const,
    returnMethod: 'counter' as const,
    receivedAt: at('2026-10-05T09:00'),
    receivedBy: CLERK,
    counterId: null,
    ticketId: null,
    logBook: 'Sổ 01',
    entryNumber: 1,
    calendar,
    timeZone: TZ,
  };

  it('[D19] a procedure without a published time needs the time the clerk chose', () => {
    expect(newReceivedDossier(input)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const r = newReceivedDossier({ ...input, chosenProcessingTime: { amount: 2, unit: 'working-days' } });
    expect(r.ok && [r.value.dueAt, r.value.processingTime]).toEqual([toOfficeIso(at('2026-10-07T17:00'), TZ), { amount: 2, unit: 'working-days' }]);
  });

  it('[D19] a malformed or non-normalised code is refused', () => {
    const time = { chosenProcessingTime: { amount: 2, unit: 'working-days' as const } };
    expect(newReceivedDossier({ ...input, ...time, code: 'h15.50.05.13-261005-0001' }).ok).toBe(false);
    expect(newReceivedDossier({ ...input, ...time, code: 'H15-261005-0000' }).ok).toBe(false);
  });
});
