import type { Dossier } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { bieu06, bieu06Buckets, checkBieu06Period } from './bieu06.js';
import type { Bieu06Counts } from './bieu06.js';
import { act, iso, OFFICER2, receive, TZ } from './testing.js';

/**
 * A seeded office, October 2026 (no holiday that month). Days of week:
 * Mon 28/9 · Tue 29/9 · Wed 30/9 · Thu 1/10 · Fri 2 · Mon 5 · Tue 6 · Wed 7 · Thu 8 · Fri 9 ·
 * Mon 12 · Tue 13 · Wed 14 · Thu 15 · Fri 16 · Mon 19 · … · Mon 26 · … · Fri 30 · Sat 31.
 * Period 1 = 1/10–15/10, period 2 = 16/10–31/10. Each dossier's due date is worked out by hand
 * next to it (day of receipt not counted, due at 17:00). H = Hộ tịch, D = Đất đai, C = Chứng thực.
 */
const H = 'Hộ tịch';
const D = 'Đất đai';
const C = 'Chứng thực';
const start = { type: 'start' } as const;
const resolve = { type: 'resolve' } as const;

function seed(): Record<string, Dossier> {
  const s: Record<string, Dossier> = {};
  // --- received before period 1 ---
  // A1 H: Mon 28/9 + 5 → Tue29 Wed30 Thu1 Fri2 Mon5 → due 5/10 17:00; resolved Fri 2/10 → early.
  s.A1 = act(act(receive('2026-09-28T09:00', { field: H, amount: 5 }), start, '2026-09-28T10:00'), resolve, '2026-10-02T10:00');
  // A2 D: Tue 29/9 + 3 → Wed30 Thu1 Fri2 → due 2/10 17:00; resolved Mon 5/10 → late; returned 6/10.
  s.A2 = act(act(act(receive('2026-09-29T08:00', { field: D, amount: 3 }), start, '2026-09-29T09:00'), resolve, '2026-10-05T09:00'), { type: 'return', method: 'counter' }, '2026-10-06T09:00');
  // A3 D: Wed 30/9 + 10 → due Wed 14/10 17:00; never resolved → overdue at the end of both periods.
  s.A3 = act(receive('2026-09-30T14:00', { field: D, amount: 10 }), start, '2026-10-01T08:00');
  // A4 H: Mon 28/9 + 2 → due Wed 30/9; resolved Wed 30/9 → before period 1: counted nowhere.
  s.A4 = act(act(receive('2026-09-28T10:00', { field: H, amount: 2 }), start, '2026-09-28T11:00'), resolve, '2026-09-30T16:00');
  // A5 C: Tue 29/9 + 2 → due Thu 1/10; withdrawn Fri 2/10.
  s.A5 = act(receive('2026-09-29T09:00', { field: C, amount: 2 }), { type: 'withdraw', reason: 'Công dân rút' }, '2026-10-02T09:00');
  // --- received in period 1 ---
  // B1 H online: Thu 1/10 + 3 → Fri2 Mon5 Tue6 → due 6/10 17:00; resolved 6/10 15:00 → on time.
  s.B1 = act(act(receive('2026-10-01T09:00', { field: H, amount: 3, channel: 'online' }), start, '2026-10-01T10:00'), resolve, '2026-10-06T15:00');
  // B2 H: Fri 2/10 + 5 → due Fri 9/10; supplement Mon 5/10 10:00 → Wed 7/10 10:00 = 5.5 + 8 + 2.5 = 16 h
  //   = 2 working days → due Tue 13/10 17:00; resolved 13/10 16:00 → on time.
  s.B2 = act(
    act(act(act(receive('2026-10-02T10:00', { field: H, amount: 5 }), start, '2026-10-02T11:00'), { type: 'request-supplement', reason: 'Thiếu tờ khai' }, '2026-10-05T10:00'), { type: 'supplement-received' }, '2026-10-07T10:00'),
    resolve,
    '2026-10-13T16:00',
  );
  // B3 D: Mon 5/10 + 15 → due Mon 26/10; supplement from Wed 14/10 09:00 (open at the end of period 1:
  //   within time, waiting for a supplement) to Tue 20/10 09:00 = 6.5 + 8 + 8 + 8 + 1.5 = 32 h = 4 days
  //   → due Fri 30/10 17:00; resolved Thu 29/10 → early (period 2).
  s.B3 = act(
    act(act(act(receive('2026-10-05T08:00', { field: D, amount: 15 }), start, '2026-10-05T09:00'), { type: 'request-supplement', reason: 'Thiếu trích đo' }, '2026-10-14T09:00'), { type: 'supplement-received' }, '2026-10-20T09:00'),
    resolve,
    '2026-10-29T10:00',
  );
  // B4 D by post: Tue 6/10 + 3 → due Fri 9/10; never resolved → overdue at the end of both periods.
  s.B4 = act(receive('2026-10-06T09:00', { field: D, amount: 3, channel: 'post' }), start, '2026-10-06T10:00');
  // B5 C same day: received Wed 7/10 14:00 (before 15:00) → due 7/10 17:00; resolved 16:30 → on time.
  s.B5 = act(act(receive('2026-10-07T14:00', { field: C, unit: 'same-day' }), start, '2026-10-07T14:10'), resolve, '2026-10-07T16:30');
  // B6 C online same day: received Thu 8/10 15:30 (after 15:00) → due Fri 9/10 17:00; resolved Fri 09:00 → on time.
  s.B6 = act(act(receive('2026-10-08T15:30', { field: C, unit: 'same-day', channel: 'online' }), start, '2026-10-09T08:00'), resolve, '2026-10-09T09:00');
  // B7 H: Mon 12/10 + 5 → due Mon 19/10; re-scheduled on Thu 15/10 to Wed 21/10 17:00;
  //   within time at the end of period 1; resolved 21/10 11:00 → on time (period 2).
  s.B7 = act(
    act(act(receive('2026-10-12T09:00', { field: H, amount: 5 }), start, '2026-10-12T10:00'), { type: 'reschedule', newDueAt: Date.parse(iso('2026-10-21T17:00')), reason: 'Chờ xác minh' }, '2026-10-15T10:00'),
    resolve,
    '2026-10-21T11:00',
  );
  // B8 D: Tue 13/10 + 2 → due Thu 15/10 17:00; overdue at the end of period 1; resolved Mon 19/10 → late.
  s.B8 = act(act(act(receive('2026-10-13T10:00', { field: D, amount: 2 }), start, '2026-10-13T11:00'), { type: 'handoff', to: OFFICER2 }, '2026-10-14T08:00'), resolve, '2026-10-19T10:00');
  // B9 H online: Wed 14/10 + 3 → due Mon 19/10; within time at the end of period 1; withdrawn Fri 16/10.
  s.B9 = act(receive('2026-10-14T08:00', { field: H, amount: 3, channel: 'online' }), { type: 'withdraw', reason: 'Nộp nhầm thủ tục' }, '2026-10-16T09:00');
  // B10 D: Thu 15/10 16:00 + 10 → due Thu 29/10; still status 2 at the end of period 1 (within);
  //   waiting for a financial obligation from Mon 19/10 10:00 to beyond period 2 → the clock stopped
  //   before the due date: within time, waiting (financial).
  s.B10 = act(act(receive('2026-10-15T16:00', { field: D, amount: 10 }), start, '2026-10-16T08:00'), { type: 'request-financial', reason: 'Nộp tiền sử dụng đất' }, '2026-10-19T10:00');
  // --- received in period 2 ---
  // C1 H: Fri 16/10 + 3 → due Wed 21/10; resolved Tue 20/10 → early.
  s.C1 = act(act(receive('2026-10-16T08:00', { field: H, amount: 3 }), start, '2026-10-16T09:00'), resolve, '2026-10-20T10:00');
  // C2 D online: Mon 19/10 + 5 → due Mon 26/10; stopped Thu 22/10.
  s.C2 = act(act(receive('2026-10-19T09:00', { field: D, amount: 5, channel: 'online' }), start, '2026-10-19T10:00'), { type: 'stop', reason: 'Có tranh chấp' }, '2026-10-22T10:00');
  // C3 H: Tue 20/10 + 2 → due Thu 22/10; resolved Fri 23/10 08:00 → late; returned Mon 26/10.
  s.C3 = act(act(act(receive('2026-10-20T09:00', { field: H, amount: 2 }), start, '2026-10-20T10:00'), resolve, '2026-10-23T08:00'), { type: 'return', method: 'post' }, '2026-10-26T09:00');
  // C4 C by post: Mon 26/10 + 5 → due Mon 2/11; supplement requested Tue 27/10, still open → within, waiting.
  s.C4 = act(act(receive('2026-10-26T09:00', { field: C, amount: 5, channel: 'post' }), start, '2026-10-26T10:00'), { type: 'request-supplement', reason: 'Thiếu bản chính' }, '2026-10-27T09:00');
  // C5 D: Wed 28/10 + 2 → due Fri 30/10; not resolved → overdue at the end of period 2.
  s.C5 = act(receive('2026-10-28T10:00', { field: D, amount: 2 }), start, '2026-10-28T11:00');
  // C6 H online: Fri 30/10 + 3 → due Wed 4/11; resolved Mon 2/11 (after period 2) → within time at its end.
  s.C6 = act(act(receive('2026-10-30T10:00', { field: H, amount: 3, channel: 'online' }), start, '2026-10-30T11:00'), resolve, '2026-11-02T10:00');
  // --- counted in neither period ---
  // D1 H: received Mon 2/11, after period 2.
  s.D1 = receive('2026-11-02T09:00', { field: H });
  // X1 H: an online registration never accepted (status 1) during period 1.
  s.X1 = { ...receive('2026-10-07T09:00', { field: H, channel: 'online' }), status: 1 };
  // X3 C: refused at reception (status 3) during period 2.
  s.X3 = { ...receive('2026-10-20T09:00', { field: C }), status: 3 };
  return s;
}

const dossiers = seed();
const all = Object.values(dossiers);
const P1 = { from: '2026-10-01', to: '2026-10-15' };
const P2 = { from: '2026-10-16', to: '2026-10-31' };

const counts = (
  received: [number, number, number, number],
  resolved: [number, number, number, number],
  inProgress: [number, number, number],
  waitingSupplement: number,
  waitingFinancial: number,
  withdrawnOrStopped: number,
  onTimeOrEarlyPercent: number | null,
): Bieu06Counts => ({
  received: { total: received[0], onlineNew: received[1], inPersonOrPostNew: received[2], carriedOver: received[3] },
  resolved: { total: resolved[0], early: resolved[1], onTime: resolved[2], late: resolved[3] },
  inProgress: { total: inProgress[0], withinTime: inProgress[1], overdue: inProgress[2] },
  waitingSupplement,
  waitingFinancial,
  withdrawnOrStopped,
  onTimeOrEarlyPercent,
});

describe('Biểu 06 on a seeded office', () => {
  it('[D26] the seeded due dates are the ones worked out by hand', () => {
    const dues = Object.fromEntries(Object.entries(dossiers).map(([k, d]) => [k, d.dueAt]));
    expect(dues).toMatchObject({
      A1: iso('2026-10-05T17:00'), A2: iso('2026-10-02T17:00'), A3: iso('2026-10-14T17:00'), A5: iso('2026-10-01T17:00'),
      B1: iso('2026-10-06T17:00'), B2: iso('2026-10-13T17:00'), B3: iso('2026-10-30T17:00'), B4: iso('2026-10-09T17:00'),
      B5: iso('2026-10-07T17:00'), B6: iso('2026-10-09T17:00'), B7: iso('2026-10-21T17:00'), B8: iso('2026-10-15T17:00'),
      B9: iso('2026-10-19T17:00'), B10: iso('2026-10-29T17:00'), C1: iso('2026-10-21T17:00'), C2: iso('2026-10-26T17:00'),
      C3: iso('2026-10-22T17:00'), C4: iso('2026-11-02T17:00'), C5: iso('2026-10-30T17:00'), C6: iso('2026-11-04T17:00'),
    });
  });

  it('[D21][D22][D23][D24][D25] period 1 (1/10–15/10) by field, against hand-computed figures', () => {
    const r = bieu06(all, P1, { timeZone: TZ, groupBy: 'field' });
    expect(r.rows.map((row) => row.key)).toEqual([C, D, H]); // Vietnamese order: C < Đ < H
    // Chứng thực: A5 carried over and withdrawn 2/10; B5 new in person, on time; B6 new online, on time.
    expect(r.rows[0]).toEqual({ key: C, ...counts([3, 1, 1, 1], [2, 0, 2, 0], [0, 0, 0], 0, 0, 1, 100) });
    // Đất đai: carried over A2 (late 5/10) and A3 (overdue); new B3 (within, waiting supplement),
    // B4 by post (overdue, due 9/10), B8 (overdue, due 15/10 17:00), B10 (within, due 29/10).
    expect(r.rows[1]).toEqual({ key: D, ...counts([6, 0, 4, 2], [1, 0, 0, 1], [5, 2, 3], 1, 0, 0, 0) });
    // Hộ tịch: A1 carried over, early; B1 online, on time; B2 on time (after its pause);
    // B7 within (due 19/10, re-scheduled to 21/10); B9 online, within (due 19/10). X1 (status 1) not counted.
    expect(r.rows[2]).toEqual({ key: H, ...counts([5, 2, 2, 1], [3, 1, 2, 0], [2, 2, 0], 0, 0, 0, 100) });
    // Total: 14 received = 3 online + 7 in person/post + 4 carried over; 6 resolved = 1 + 4 + 1;
    // 7 in progress = 4 within + 3 overdue; on time or early 5/6 = 83.33 %.
    expect(r.total).toEqual(counts([14, 3, 7, 4], [6, 1, 4, 1], [7, 4, 3], 1, 0, 1, 83.33));
  });

  it('[D21][D22][D23][D24][D25] period 2 (16/10–31/10) by field, against hand-computed figures', () => {
    const r = bieu06(all, P2, { timeZone: TZ, groupBy: 'field' });
    expect(r.rows.map((row) => row.key)).toEqual([C, D, H]);
    // Chứng thực: only C4 (post, within time, waiting supplement); nothing resolved → no percentage. X3 not counted.
    expect(r.rows[0]).toEqual({ key: C, ...counts([1, 0, 1, 0], [0, 0, 0, 0], [1, 1, 0], 1, 0, 0, null) });
    // Đất đai: carried over A3 (overdue), B3 (early 29/10), B4 (overdue), B8 (late 19/10), B10 (within,
    // financial wait); new C2 online (stopped 22/10), C5 (overdue, due 30/10).
    expect(r.rows[1]).toEqual({ key: D, ...counts([7, 1, 1, 5], [2, 1, 0, 1], [4, 1, 3], 0, 1, 1, 50) });
    // Hộ tịch: carried over B7 (on time 21/10) and B9 (withdrawn 16/10); new C1 (early), C3 (late),
    // C6 online (within; resolved 2/11, after the period). D1 (received 2/11) not counted.
    expect(r.rows[2]).toEqual({ key: H, ...counts([5, 1, 2, 2], [3, 1, 1, 1], [1, 1, 0], 0, 0, 1, 66.67) });
    // Total: 13 = 2 + 4 + 7; resolved 5 = 2 + 1 + 2; in progress 6 = 3 + 3; 3/5 = 60 %.
    expect(r.total).toEqual(counts([13, 2, 4, 7], [5, 2, 1, 2], [6, 3, 3], 1, 1, 2, 60));
  });

  it('[D26] period 2 carries over exactly what period 1 left in progress', () => {
    const p1 = bieu06(all, P1, { timeZone: TZ, groupBy: 'field' });
    const p2 = bieu06(all, P2, { timeZone: TZ, groupBy: 'field' });
    expect(p2.total.received.carriedOver).toBe(p1.total.inProgress.total);
    for (const row of p2.rows) {
      expect(row.received.carriedOver).toBe(p1.rows.find((x) => x.key === row.key)?.inProgress.total ?? 0);
    }
  });

  it('[D26] by unit: the current holder\'s unit by default, or the one unitOf gives; same total', () => {
    const byHolder = bieu06(all, P2, { timeZone: TZ, groupBy: 'unit' });
    // B8 was handed to Phòng Tài nguyên và Môi trường; everything else is held by the clerk.
    expect(byHolder.rows.map((r) => [r.key, r.received.total])).toEqual([
      ['Bộ phận một cửa', 12],
      ['Phòng Tài nguyên và Môi trường', 1],
    ]);
    const byField = bieu06(all, P2, { timeZone: TZ, groupBy: 'field' });
    expect(byHolder.total).toEqual(byField.total);
    const custom = bieu06(all, P2, { timeZone: TZ, groupBy: 'unit', unitOf: (d) => (d.field === D ? 'Văn phòng đăng ký đất đai' : 'UBND xã') });
    expect(custom.rows.map((r) => [r.key, r.received.total])).toEqual([
      ['UBND xã', 6],
      ['Văn phòng đăng ký đất đai', 7],
    ]);
  });

  it('[D20] a period is read in office days: 23:30 on 15/10 in Hà Nội is period 1, 00:10 on 16/10 is period 2', () => {
    const late = receive('2026-10-15T23:30', { channel: 'online' });
    const early = receive('2026-10-16T00:10', { channel: 'online' });
    expect(bieu06Buckets(late, P1, TZ)?.received).toBe('online-new');
    expect(bieu06Buckets(late, P2, TZ)?.received).toBe('carried-over');
    expect(bieu06Buckets(early, P1, TZ)).toBeNull();
    expect(bieu06Buckets(early, P2, TZ)?.received).toBe('online-new');
  });

  it('[D20] a malformed or reversed period is refused', () => {
    expect(checkBieu06Period({ from: '2026-10-16', to: '2026-10-15' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(checkBieu06Period({ from: '2026-10-1', to: '2026-10-15' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(checkBieu06Period({ from: '2026-02-30', to: '2026-03-15' }).ok).toBe(false);
    expect(checkBieu06Period(P1).ok).toBe(true);
    expect(() => bieu06(all, { from: '2026-10-16', to: '2026-10-15' }, { timeZone: TZ, groupBy: 'field' })).toThrow(RangeError);
  });

  it('[D26] an empty period has a zero total row and no percentage', () => {
    const r = bieu06(all, { from: '2026-01-01', to: '2026-01-31' }, { timeZone: TZ, groupBy: 'field' });
    expect(r.rows).toEqual([]);
    expect(r.total).toEqual(counts([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0], 0, 0, 0, null));
  });
});
