import { DOSSIER_STATUS } from '@motcua/protocol';
import type { Dossier, TimeUnit } from '@motcua/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toCalendarDate, toIsoDate } from '../calendar/date.js';
import { toOfficeIso } from '../calendar/office-time.js';
import { bieu06 } from './bieu06.js';
import type { Bieu06Counts } from './bieu06.js';
import { allowedDossierActions, applyDossierAction, DOSSIER_TRANSITIONS } from './lifecycle.js';
import type { DossierAction, DossierActionType } from './lifecycle.js';
import { at, CLERK, ctx, DAY, deepFreeze, HOUR, OFFICER, OFFICER2, person, receive, TZ } from './testing.js';
import { isActiveDossierStatus, isOverdue, outcomeOf } from './time.js';

const t = (iso: string): number => Date.parse(iso);
const PEOPLE = [CLERK, OFFICER, OFFICER2, person('ld1', 'Lãnh đạo')];
const TYPES = Object.keys(DOSSIER_TRANSITIONS) as DossierActionType[];
const DUE_MOVERS: readonly DossierActionType[] = ['supplement-received', 'financial-done', 'reschedule'];

interface Step {
  /** Minutes since the previous action; a few are negative (a clock stepped back). */
  dtMin: number;
  type: DossierActionType;
  allowedOnly: boolean;
  pick: number;
  who: number;
  reasonOk: boolean;
  /** For reschedule: days after the current due instant, and an hour shift. */
  shiftDays: number;
  shiftHours: number;
  post: boolean;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  dtMin: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: -120, max: 0 }) }, { weight: 8, arbitrary: fc.integer({ min: 0, max: 4 * 24 * 60 }) }),
  type: fc.constantFrom(...TYPES),
  /** Most steps pick among the actions the status allows (`pick`), so sequences go deep; the rest try `type`. */
  allowedOnly: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  pick: fc.nat({ max: 1000 }),
  who: fc.nat({ max: PEOPLE.length - 1 }),
  /** false: a blank reason, which must be refused. */
  reasonOk: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  shiftDays: fc.integer({ min: -1, max: 8 }),
  shiftHours: fc.integer({ min: -3, max: 3 }),
  post: fc.boolean(),
});

interface Reception {
  minute: number;
  unit: TimeUnit;
  amount: number;
  channel: Dossier['channel'];
  field: string;
}

const receptionArb: fc.Arbitrary<Reception> = fc.record({
  minute: fc.integer({ min: 0, max: 80 * 24 * 60 }),
  unit: fc.constantFrom<TimeUnit>('working-days', 'working-days', 'working-hours', 'same-day'),
  amount: fc.integer({ min: 1, max: 15 }),
  channel: fc.constantFrom<Dossier['channel']>('in-person', 'post', 'online'),
  field: fc.constantFrom('Hộ tịch', 'Đất đai', 'Chứng thực'),
});

const ORIGIN = at('2026-09-01T00:00');

function received(r: Reception): { d: Dossier; now: number } {
  const now = ORIGIN + r.minute * 60_000;
  const d = receive(toOfficeIso(now, TZ).slice(0, 16), { unit: r.unit, amount: r.amount, channel: r.channel, field: r.field });
  return { d, now };
}

function actionOf(step: Step, d: Dossier): DossierAction {
  const allowed = allowedDossierActions(d).filter((x) => x !== 'withdraw' && x !== 'stop');
  // withdraw and stop end a dossier: only through `type`, so sequences live long enough to go deep
  const type = step.allowedOnly && allowed.length > 0 ? allowed[step.pick % allowed.length]! : step.type;
  return actionOfType({ ...step, type }, d);
}

function actionOfType(step: Step, d: Dossier): DossierAction {
  const reason = step.reasonOk ? 'Lý do ghi rõ' : '   ';
  switch (step.type) {
    case 'handoff':
      return { type: 'handoff', to: PEOPLE[step.who]!, note: null };
    case 'request-supplement':
    case 'request-financial':
    case 'withdraw':
    case 'stop':
      return { type: step.type, reason };
    case 'return':
      return { type: 'return', method: step.post ? 'post' : 'counter' };
    case 'reschedule':
      return { type: 'reschedule', newDueAt: t(d.dueAt) + step.shiftDays * DAY + step.shiftHours * HOUR, reason };
    default:
      return { type: step.type };
  }
}

/** Checks the invariants every dossier must satisfy, whatever happened to it. */
function checkDossier(d: Dossier): void {
  expect(Object.keys(DOSSIER_STATUS)).toContain(String(d.status));
  // history: in time order
  for (let i = 1; i < d.history.length; i++) expect(t(d.history[i]!.at)).toBeGreaterThanOrEqual(t(d.history[i - 1]!.at));
  expect(d.history.at(-1)?.status).toBe(d.status);
  // [D8] pauses: closed ones in order and not overlapping; only the last may be open, exactly in 5/6
  for (let i = 0; i < d.pauses.length; i++) {
    const p = d.pauses[i]!;
    if (p.to !== null) expect(t(p.to)).toBeGreaterThanOrEqual(t(p.from));
    else expect(i).toBe(d.pauses.length - 1);
    const next = d.pauses[i + 1];
    if (next) expect(p.to !== null && t(p.to) <= t(next.from)).toBe(true);
  }
  const open = d.pauses.find((p) => p.to === null);
  expect(open?.kind ?? null).toBe(d.status === 5 ? 'supplement' : d.status === 6 ? 'financial' : null);
  // [D7] the control sheet is a chain from the receiving clerk to the holder
  let holder = d.receivedBy;
  for (const h of d.handoffs) {
    expect(h.from).toEqual(holder);
    holder = h.to;
  }
  expect(d.holder).toEqual(holder);
  // [D11][D12]
  if (d.status === 9 || d.status === 10) {
    expect(d.resultAt).not.toBeNull();
    expect(d.outcome).toBe(outcomeOf(t(d.resultAt!), t(d.dueAt), TZ));
  } else {
    expect(d.resultAt).toBeNull();
    expect(d.outcome).toBeNull();
  }
  expect(d.returnedAt !== null).toBe(d.status === 10);
}

describe('random action sequences', () => {
  it('[D5][D6][D14] statuses follow the table, history only grows, the due date never moves earlier, at most one re-schedule', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(receptionArb, fc.array(stepArb, { minLength: 1, maxLength: 40, size: 'medium' }), (r, steps) => {
        let { d, now } = received(r);
        let wall = now;
        let reschedules = 0;
        checkDossier(d);
        for (const step of steps) {
          now += step.dtMin * 60_000;
          // [D5] the input is never changed: frozen, so any write would throw (ES modules are strict)
          const before = deepFreeze(d);
          const action = actionOf(step, before);
          const result = applyDossierAction(before, action, ctx(now, PEOPLE[step.who]!));
          if (!result.ok) {
            expect(['BAD_REQUEST', 'CONFLICT']).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(10);
            continue;
          }
          const next = result.value;
          const rule = DOSSIER_TRANSITIONS[action.type];
          expect(rule.from).toContain(before.status);
          expect(next.status).toBe(rule.to === 'same' ? before.status : rule.to);
          // [D6] exactly one entry appended, the past untouched
          expect(next.history).toHaveLength(before.history.length + 1);
          for (let i = 0; i < before.history.length; i++) expect(next.history[i]).toBe(before.history[i]);
          // [D14] the due date never moves earlier, and only pause ends and re-schedules move it
          expect(t(next.dueAt)).toBeGreaterThanOrEqual(t(before.dueAt));
          if (!DUE_MOVERS.includes(action.type)) expect(next.dueAt).toBe(before.dueAt);
          // [D13] once re-scheduled, the record never changes again
          if (before.rescheduled !== null) expect(next.rescheduled).toEqual(before.rescheduled);
          if (action.type === 'reschedule') reschedules++;
          expect(reschedules).toBeLessThanOrEqual(1);
          checkDossier(next);
          // [D16] once overdue, overdue until it leaves the active statuses
          const nextWall = Math.max(wall, now);
          if (isOverdue(before, wall) && isActiveDossierStatus(next.status)) expect(isOverdue(next, nextWall)).toBe(true);
          wall = nextWall;
          d = next;
        }
      }),
      { numRuns: 200 },
    );
  });
});

const sumCheck = (c: Bieu06Counts): void => {
  expect(c.received.total).toBe(c.received.onlineNew + c.received.inPersonOrPostNew + c.received.carriedOver);
  expect(c.resolved.total).toBe(c.resolved.early + c.resolved.onTime + c.resolved.late);
  expect(c.inProgress.total).toBe(c.inProgress.withinTime + c.inProgress.overdue);
  // every dossier counted in a period leaves it resolved, withdrawn/stopped, or still in progress
  expect(c.received.total).toBe(c.resolved.total + c.withdrawnOrStopped + c.inProgress.total);
  expect(c.waitingSupplement + c.waitingFinancial).toBeLessThanOrEqual(c.inProgress.total);
  if (c.resolved.total === 0) expect(c.onTimeOrEarlyPercent).toBeNull();
  else expect(c.onTimeOrEarlyPercent).toBeCloseTo(((c.resolved.early + c.resolved.onTime) * 100) / c.resolved.total, 2);
};

describe('Biểu 06 invariants on random offices', () => {
  const officeArb = fc.array(fc.tuple(receptionArb, fc.array(stepArb, { maxLength: 20, size: 'medium' })), { minLength: 1, maxLength: 15 });
  const periodsArb = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }));

  it('[D26] totals add up, rows add up to the total row, and the next period carries over what this one left in progress', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(officeArb, periodsArb, fc.constantFrom<'field' | 'unit'>('field', 'unit'), (office, [a, len1, len2], groupBy) => {
        const dossiers = office.map(([r, steps]) => {
          let { d, now } = received(r);
          for (const step of steps) {
            now += Math.max(0, step.dtMin) * 60_000;
            const res = applyDossierAction(d, actionOf(step, d), ctx(now, PEOPLE[step.who]!));
            if (res.ok) d = res.value;
          }
          return d;
        });
        const from1 = addDays(toCalendarDate('2026-09-01'), a);
        const to1 = addDays(from1, len1);
        const from2 = addDays(to1, 1);
        const to2 = addDays(from2, len2);
        const p1 = bieu06(dossiers, { from: toIsoDate(from1), to: toIsoDate(to1) }, { timeZone: TZ, groupBy });
        const p2 = bieu06(dossiers, { from: toIsoDate(from2), to: toIsoDate(to2) }, { timeZone: TZ, groupBy });
        for (const report of [p1, p2]) {
          sumCheck(report.total);
          const summed = structuredClone(report.total);
          for (const group of ['received', 'resolved', 'inProgress'] as const) {
            for (const k of Object.keys(summed[group])) {
              expect((summed[group] as Record<string, number>)[k]).toBe(report.rows.reduce((s, row) => s + (row[group] as Record<string, number>)[k]!, 0));
            }
          }
          for (const row of report.rows) {
            sumCheck(row);
            expect(row.received.total).toBeGreaterThan(0);
          }
        }
        expect(p2.total.received.carriedOver).toBe(p1.total.inProgress.total);
        for (const row of p1.rows) {
          expect(p2.rows.find((r) => r.key === row.key)?.received.carriedOver ?? 0).toBe(row.inProgress.total);
        }
      }),
      { numRuns: 150 },
    );
  });
});
