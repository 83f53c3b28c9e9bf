import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toOfficeIso } from '../calendar/office-time.js';
import { applyDossierAction } from './lifecycle.js';
import { act, at, calendar, ctx, HOUR, iso, receive, TZ } from './testing.js';
import { dossierClockAt, effectiveDueAt, isDueSoon, isOverdue, outcomeOf, receptionDueAt } from './time.js';
import { addWorkingMs, workingMsBetween } from './working-time.js';

const due = (local: string, amount: number | null, unit: 'working-days' | 'working-hours' | 'same-day') => {
  const r = receptionDueAt({ receivedAt: at(local), processingTime: { amount, unit }, calendar, timeZone: TZ });
  return r.ok ? toOfficeIso(r.value, TZ) : r.error;
};

describe('due date at reception', () => {
  it('[D4] working days: the day of receipt is not counted, due at closing time', () => {
    // Thu 8/10/2026: Fri 9 (1), Mon 12 (2), Tue 13 (3).
    expect(due('2026-10-08T09:15', 3, 'working-days')).toBe('2026-10-13T17:00:00+07:00');
    // Fri 28/8/2026, 2 days: the Quốc khánh break 29/8–2/9 is skipped → Thu 3 (1), Fri 4 (2).
    expect(due('2026-08-28T10:00', 2, 'working-days')).toBe('2026-09-04T17:00:00+07:00');
  });

  it('[D4] working hours and same day go through the calendar', () => {
    // Thu 10:00 + 4 h: 10:00–11:30 (1.5 h), 13:00–15:30 (2.5 h).
    expect(due('2026-10-08T10:00', 4, 'working-hours')).toBe('2026-10-08T15:30:00+07:00');
    expect(due('2026-10-08T14:59', null, 'same-day')).toBe('2026-10-08T17:00:00+07:00');
    expect(due('2026-10-08T15:30', null, 'same-day')).toBe('2026-10-09T17:00:00+07:00');
  });

  it('[D4] no published time: refused, the clerk must choose one', () => {
    expect(due('2026-10-08T09:15', null, 'working-days')).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('chọn thời hạn') });
    expect(due('2026-10-08T09:15', null, 'working-hours')).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('[D4] impossible amounts and instants are refused in Vietnamese, never thrown', () => {
    expect(due('2026-10-08T09:15', 0, 'working-days')).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('số nguyên') });
    expect(due('2026-10-08T09:15', 2.5, 'working-days')).toMatchObject({ code: 'BAD_REQUEST' });
    expect(due('2026-10-08T09:15', -1, 'working-hours')).toMatchObject({ code: 'BAD_REQUEST' });
    const nan = receptionDueAt({ receivedAt: NaN, processingTime: { amount: 1, unit: 'working-days' }, calendar, timeZone: TZ });
    expect(nan.ok).toBe(false);
    const zone = receptionDueAt({ receivedAt: at('2026-10-08T09:15'), processingTime: { amount: 1, unit: 'working-days' }, calendar, timeZone: 'Mars/Olympus' });
    expect(zone).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('Múi giờ') } });
  });
});

describe('working time', () => {
  it('[D9] a pause from Mon 10:00 to Tue 10:00 covers one working day (8 h)', () => {
    expect(workingMsBetween(at('2026-10-05T10:00'), at('2026-10-06T10:00'), calendar, TZ)).toBe(8 * HOUR);
  });

  it('[D9] only office sessions of working days count: nights, lunch, weekends and holidays do not', () => {
    // Fri 16:00 → Mon 08:30: 1 h on Friday, 1 h on Monday.
    expect(workingMsBetween(at('2026-10-09T16:00'), at('2026-10-12T08:30'), calendar, TZ)).toBe(2 * HOUR);
    // 11:00 → 13:30 the same day: 30 min before lunch, 30 min after.
    expect(workingMsBetween(at('2026-10-08T11:00'), at('2026-10-08T13:30'), calendar, TZ)).toBe(1 * HOUR);
    // Fri 28/8 17:00 → Thu 3/9 07:30 spans the Quốc khánh break: nothing.
    expect(workingMsBetween(at('2026-08-28T17:00'), at('2026-09-03T07:30'), calendar, TZ)).toBe(0);
    // Make-up Saturday 22/8/2026 is a working day.
    expect(workingMsBetween(at('2026-08-22T00:00'), at('2026-08-23T00:00'), calendar, TZ)).toBe(8 * HOUR);
    expect(workingMsBetween(at('2026-10-08T12:00'), at('2026-10-08T10:00'), calendar, TZ)).toBe(0);
  });

  it('[D9] adding working time and measuring it back agree', { timeout: 60_000 }, () => {
    const from = at('2026-01-01T00:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 24 * 60 }), fc.integer({ min: 1, max: 30 * 8 * 60 }), (startMin, workMin) => {
        const start = from + startMin * 60_000;
        const end = addWorkingMs(start, workMin * 60_000, calendar, TZ);
        expect(end).toBeGreaterThan(start);
        expect(workingMsBetween(start, end, calendar, TZ)).toBe(workMin * 60_000);
      }),
      { numRuns: 200 },
    );
  });
});

describe('outcome', () => {
  const dueAt = at('2026-10-13T17:00'); // Tue
  it('[D15] early = resolved on an office day before the due day', () => {
    expect(outcomeOf(at('2026-10-12T16:59'), dueAt, TZ)).toBe('early');
    expect(outcomeOf(at('2026-10-12T23:59'), dueAt, TZ)).toBe('early');
  });
  it('[D15] on time = on the due day, not after the due instant', () => {
    expect(outcomeOf(at('2026-10-13T00:00'), dueAt, TZ)).toBe('on-time');
    expect(outcomeOf(at('2026-10-13T08:00'), dueAt, TZ)).toBe('on-time');
    expect(outcomeOf(dueAt, dueAt, TZ)).toBe('on-time');
  });
  it('[D15] late = after the due instant, by even a second', () => {
    expect(outcomeOf(dueAt + 1000, dueAt, TZ)).toBe('late');
    expect(outcomeOf(at('2026-10-20T09:00'), dueAt, TZ)).toBe('late');
  });
  it('[D15] the day is the office day, not the UTC day', () => {
    // 06:30 in Hà Nội on Tue is still Mon 23:30 UTC: the office day is Tuesday, so on time.
    expect(outcomeOf(Date.parse('2026-10-12T23:30:00Z'), dueAt, TZ)).toBe('on-time');
  });
});

describe('overdue and due soon', () => {
  // Received Mon 5/10 09:00, 5 working days → due Mon 12/10 17:00.
  const received = receive('2026-10-05T09:00');
  const started = act(received, { type: 'start' }, '2026-10-05T10:00');

  it('[D16] overdue once the clock passes the due instant, not at it', () => {
    expect(received.dueAt).toBe(iso('2026-10-12T17:00'));
    expect(isOverdue(started, at('2026-10-12T17:00'))).toBe(false);
    expect(isOverdue(started, at('2026-10-12T17:00') + 1)).toBe(true);
    expect(isOverdue(started, at('2026-10-20T09:00'))).toBe(true);
  });

  it('[D16] a wait that began before the due instant stops the clock: never overdue while it lasts', () => {
    const waiting = act(started, { type: 'request-supplement', reason: 'Thiếu bản sao CCCD' }, '2026-10-09T10:00');
    expect(isOverdue(waiting, at('2026-10-30T10:00'))).toBe(false);
    expect(dossierClockAt(waiting, at('2026-10-30T10:00'))).toBe(at('2026-10-09T10:00'));
  });

  it('[D16] a dossier already overdue when a wait begins stays overdue', () => {
    const waiting = act(started, { type: 'request-financial', reason: 'Nộp lệ phí' }, '2026-10-13T10:00');
    expect(isOverdue(waiting, at('2026-10-14T10:00'))).toBe(true);
    const resumed = act(waiting, { type: 'financial-done' }, '2026-10-15T10:00');
    expect(resumed.dueAt).toBe(started.dueAt);
    expect(isOverdue(resumed, at('2026-10-15T10:00'))).toBe(true);
  });

  it('[D16] resolved, returned, withdrawn or stopped dossiers are never overdue', () => {
    const late = at('2026-12-01T10:00');
    const resolved = act(started, { type: 'resolve' }, '2026-10-14T10:00');
    expect(isOverdue(resolved, late)).toBe(false);
    expect(isOverdue(act(resolved, { type: 'return', method: 'counter' }, '2026-10-15T10:00'), late)).toBe(false);
    expect(isOverdue(act(started, { type: 'withdraw', reason: 'Không còn nhu cầu' }, '2026-10-14T10:00'), late)).toBe(false);
    expect(isOverdue(act(started, { type: 'stop', reason: 'Có tranh chấp' }, '2026-10-14T10:00'), late)).toBe(false);
  });

  it('[D17] the effective due date of an open wait is what closing it now would record', () => {
    const waiting = act(started, { type: 'request-supplement', reason: 'Thiếu tờ khai' }, '2026-10-06T10:00');
    for (const now of ['2026-10-06T10:00', '2026-10-07T10:00', '2026-10-10T09:00', '2026-10-27T14:45']) {
      const eff = effectiveDueAt(waiting, at(now), calendar, TZ);
      const closed = applyDossierAction(waiting, { type: 'supplement-received' }, ctx(now));
      expect(closed.ok && closed.value.dueAt).toBe(toOfficeIso(eff, TZ));
    }
    // Tue 10:00 → Wed 10:00 is one working day: due Mon 12 → Tue 13 17:00.
    expect(toOfficeIso(effectiveDueAt(waiting, at('2026-10-07T10:00'), calendar, TZ), TZ)).toBe('2026-10-13T17:00:00+07:00');
    expect(effectiveDueAt(started, at('2026-10-07T10:00'), calendar, TZ)).toBe(at('2026-10-12T17:00'));
  });

  it('[D18] due soon: at most 8 working hours left, not yet overdue', () => {
    // Fri 9/10 17:00 → Mon 12/10 17:00 is exactly 8 working hours.
    expect(isDueSoon(started, at('2026-10-09T16:59'), calendar, TZ)).toBe(false);
    expect(isDueSoon(started, at('2026-10-09T17:00'), calendar, TZ)).toBe(true);
    expect(isDueSoon(started, at('2026-10-10T20:00'), calendar, TZ)).toBe(true);
    expect(isDueSoon(started, at('2026-10-12T17:00'), calendar, TZ)).toBe(true);
    expect(isDueSoon(started, at('2026-10-12T17:00:01'), calendar, TZ)).toBe(false);
    expect(isDueSoon(started, at('2026-10-08T17:00'), calendar, TZ, 16)).toBe(true);
    expect(isDueSoon(received, at('2026-10-12T10:00'), calendar, TZ)).toBe(true);
  });

  it('[D18] a waiting, resolved or finished dossier is never due soon', () => {
    const waiting = act(started, { type: 'request-supplement', reason: 'Thiếu tờ khai' }, '2026-10-12T09:00');
    expect(isDueSoon(waiting, at('2026-10-12T10:00'), calendar, TZ)).toBe(false);
    const resolved = act(started, { type: 'resolve' }, '2026-10-12T09:00');
    expect(isDueSoon(resolved, at('2026-10-12T10:00'), calendar, TZ)).toBe(false);
  });
});
