import type { Actor, Counter, Priority, PriorityPolicy, Service, Ticket } from '@motcua/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callNext, callSpecific, finish, issueTicket, markAbsent, recall, start, transfer } from './commands.js';
import { closeCounter, openCounter, pauseCounter, resumeCounter, saveCounter, saveService } from './counters.js';
import type { Result } from './result.js';
import type { DomainEvent, QueueState } from './state.js';
import { admin, clerk, counter, kiosk, ms, MIN, Office, service, ticketOf } from './testing.js';

// ---- the random office and the random day --------------------------------------------------

const SERVICE_IDS = ['hotich', 'datdai', 'hokd'] as const;
const COUNTER_IDS = ['q1', 'q2', 'q3', 'q4'] as const;
const PREFIXES = ['A', 'B', 'HK', 'D'] as const;
const CLERKS = COUNTER_IDS.map((_, i) => clerk(`u${i + 1}`));

const policyArb: fc.Arbitrary<PriorityPolicy> = fc.oneof(
  fc.constant<PriorityPolicy>({ mode: 'strict' }),
  fc.integer({ min: 1, max: 4 }).map((every): PriorityPolicy => ({ mode: 'interleave', every })),
);
const priorityArb: fc.Arbitrary<Priority | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<Priority>('elderly', 'disabled', 'pregnant', 'merit') },
);
const servicesOfCounterArb = fc
  .uniqueArray(fc.constantFrom(...SERVICE_IDS), { minLength: 1, maxLength: 3 })
  .chain((ids) =>
    fc.tuple(...ids.map(() => fc.integer({ min: 0, max: 3 }))).map((ws) => ids.map((serviceId, i) => ({ serviceId, weight: ws[i]! }))),
  );
const serviceArb = (id: string) =>
  fc.record({
    prefix: fc.constantFrom(...PREFIXES),
    numberStart: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 990, max: 1002 })),
    numberWidth: fc.integer({ min: 1, max: 4 }),
    priorityPolicy: policyArb,
    dailyCap: fc.option(fc.integer({ min: 1, max: 8 }), { freq: 3 }),
    active: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  }).map((r) => service(id, r.prefix, r));

const setupArb = fc.record({
  /** Each service gets a distinct prefix at the start. */
  prefixes: fc.shuffledSubarray([...PREFIXES], { minLength: 3, maxLength: 3 }),
  policies: fc.tuple(policyArb, policyArb, policyArb),
  starts: fc.tuple(...SERVICE_IDS.map(() => fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 1001 })))),
  widths: fc.tuple(...SERVICE_IDS.map(() => fc.integer({ min: 1, max: 4 }))),
  caps: fc.tuple(...SERVICE_IDS.map(() => fc.option(fc.integer({ min: 1, max: 12 }), { freq: 4 }))),
  counters: fc.tuple(...COUNTER_IDS.map(() => servicesOfCounterArb)),
  issuingHours: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant<[string, string][]>([['07:30', '11:30'], ['13:30', '17:00']]) },
  ),
  /** Start somewhere in a day, in UTC. */
  start: fc.integer({ min: 0, max: 24 * 60 - 1 }).map((m) => ms('2026-11-29T00:00:00Z') + m * MIN),
});
type Setup = typeof setupArb extends fc.Arbitrary<infer T> ? T : never;

type Who = 'own' | 'admin' | 'other';
const whoArb: fc.Arbitrary<Who> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<Who>('own') },
  { weight: 1, arbitrary: fc.constant<Who>('admin') },
  { weight: 1, arbitrary: fc.constant<Who>('other') },
);
const c = fc.integer({ min: 0, max: COUNTER_IDS.length - 1 });
const s = fc.integer({ min: 0, max: SERVICE_IDS.length - 1 });

type Step =
  | { kind: 'issue'; s: number; priority: Priority | null }
  | { kind: 'callNext' | 'recall' | 'absent' | 'start' | 'open' | 'close' | 'pause' | 'resume'; c: number; who: Who }
  | { kind: 'finish'; c: number; who: Who; next: boolean }
  | { kind: 'callSpecific'; c: number; who: Who; pick: number }
  | { kind: 'transfer'; c: number; who: Who; toService: number | null; toCounter: number }
  | { kind: 'advance'; ms: number }
  | { kind: 'midnight'; offsetMs: number }
  | { kind: 'saveService'; s: number; service: Service }
  | { kind: 'saveCounter'; c: number; services: { serviceId: string; weight: number }[] };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('issue' as const), s, priority: priorityArb }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('callNext' as const), c, who: whoArb }) },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('finish' as const), c, who: whoArb, next: fc.boolean() }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('recall' as const, 'absent' as const, 'start' as const),
      c,
      who: whoArb,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('callSpecific' as const), c, who: whoArb, pick: fc.nat(1000) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      c,
      who: whoArb,
      toService: fc.option(s, { freq: 2 }),
      toCounter: c,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constantFrom('open' as const, 'resume' as const), c, who: whoArb }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('close' as const, 'pause' as const), c, who: whoArb }),
  },
  {
    weight: 4,
    arbitrary: fc
      .oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 10 * MIN }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 * 60 }).map((m) => m * MIN) },
        { weight: 1, arbitrary: fc.integer({ min: -2 * 60 * MIN, max: 0 }) },
      )
      .map((d) => ({ kind: 'advance' as const, ms: d })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -3000, max: 3000 }).map((o) => ({ kind: 'midnight' as const, offsetMs: o })),
  },
  {
    weight: 1,
    arbitrary: s.chain((i) => serviceArb(SERVICE_IDS[i]!).map((svc) => ({ kind: 'saveService' as const, s: i, service: svc }))),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('saveCounter' as const), c, services: servicesOfCounterArb }),
  },
);

function officeOf(setup: Setup): Office {
  const services = SERVICE_IDS.map((id, i) =>
    service(id, setup.prefixes[i]!, {
      priorityPolicy: setup.policies[i]!,
      numberStart: setup.starts[i]!,
      numberWidth: setup.widths[i]!,
      dailyCap: setup.caps[i]!,
    }),
  );
  const counters = COUNTER_IDS.map((id, i) => counter(id, i + 1, {}, { services: setup.counters[i]! }));
  const o = new Office({ now: setup.start, services, counters, settings: { issuingHours: setup.issuingHours } });
  COUNTER_IDS.forEach((id, i) => o.must(openCounter, CLERKS[i]!, { counterId: id }));
  return o;
}

function actorFor(o: Office, counterIndex: number, who: Who): Actor {
  if (who === 'admin') return admin();
  const cur = o.state.counters.get(COUNTER_IDS[counterIndex]!);
  const own = CLERKS.find((k) => k.id === cur?.clerkId) ?? CLERKS[counterIndex]!;
  if (who === 'own') return own;
  return CLERKS.find((k) => k.id !== own.id)!;
}

/** The next instant that is local midnight in Asia/Ho_Chi_Minh (17:00:00Z). */
function nextLocalMidnight(now: number): number {
  const day = 24 * 60 * MIN;
  const offset = 17 * 60 * MIN;
  return Math.floor((now - offset) / day + 1) * day + offset;
}

function runStep(o: Office, step: Step): Result<DomainEvent[]> | null {
  const counterId = 'c' in step ? COUNTER_IDS[step.c]! : '';
  const actor = 'who' in step ? actorFor(o, step.c, step.who) : admin();
  switch (step.kind) {
    case 'issue':
      return o.run(issueTicket, kiosk(), { serviceId: SERVICE_IDS[step.s]!, priority: step.priority });
    case 'callNext':
      return o.run(callNext, actor, { counterId });
    case 'recall':
      return o.run(recall, actor, { counterId });
    case 'absent':
      return o.run(markAbsent, actor, { counterId });
    case 'start':
      return o.run(start, actor, { counterId });
    case 'finish':
      return o.run(finish, actor, { counterId, callNext: step.next });
    case 'callSpecific': {
      const labels = [...o.state.tickets.values()].map((t) => t.label);
      const label = labels.length > 0 ? labels[step.pick % labels.length]! : 'A001';
      return o.run(callSpecific, actor, { counterId, label });
    }
    case 'transfer':
      return o.run(transfer, actor, {
        counterId,
        toServiceId: step.toService === null ? null : SERVICE_IDS[step.toService]!,
        toCounterId: step.toService === null ? COUNTER_IDS[step.toCounter]! : null,
      });
    case 'open':
      return o.run(openCounter, actor, { counterId });
    case 'close':
      return o.run(closeCounter, actor, { counterId });
    case 'pause':
      return o.run(pauseCounter, actor, { counterId, reason: null });
    case 'resume':
      return o.run(resumeCounter, actor, { counterId });
    case 'advance':
      o.advance(step.ms);
      return null;
    case 'midnight':
      o.now = nextLocalMidnight(o.now) + step.offsetMs;
      return null;
    case 'saveService':
      return o.run(saveService, admin(), step.service);
    case 'saveCounter': {
      const cur = o.state.counters.get(counterId)!;
      return o.run(saveCounter, admin(), { id: counterId, number: cur.number, name: cur.name, services: step.services });
    }
  }
}

// ---- the invariants ------------------------------------------------------------------------

/** [Q11] Checked after every step. */
function assertOneCounterPerTicket(state: QueueState): void {
  const holders = new Map<string, string>();
  for (const k of state.counters.values()) {
    if (k.currentTicketId === null) continue;
    expect(k.status, `closed counter ${k.id} holds a ticket`).not.toBe('closed');
    expect(holders.has(k.currentTicketId), `ticket ${k.currentTicketId} held by two counters`).toBe(false);
    holders.set(k.currentTicketId, k.id);
    const t = state.tickets.get(k.currentTicketId);
    expect(t, `counter ${k.id} points to a ticket not in state`).toBeDefined();
    expect(['called', 'serving']).toContain(t!.status);
    expect(t!.counterId).toBe(k.id);
  }
  for (const t of state.tickets.values()) {
    if (t.status === 'called' || t.status === 'serving') {
      expect(holders.get(t.id), `${t.label} is ${t.status} but no counter holds it`).toBe(t.counterId);
    }
    if (t.status === 'waiting') expect(t.counterId).toBeNull();
    expect(t.businessDay).toBe(state.businessDay);
    expect(Math.min(t.waitMs, t.walkMs, t.serviceMs)).toBeGreaterThanOrEqual(0);
  }
}

interface CallCheck {
  before: QueueState;
  counter: Counter;
  called: Ticket;
}

/** The ticket a call-next (alone or after a finish) called, with the state just before it. */
function callNextOf(before: QueueState, step: Step, events: readonly DomainEvent[]): CallCheck | null {
  if (step.kind !== 'callNext' && !(step.kind === 'finish' && step.next)) return null;
  const called = events.find((e) => e.type === 'ticket:called');
  if (!called || called.type !== 'ticket:called' || !called.counter) return null;
  const counterBefore = before.counters.get(called.counter.id)!;
  const prev = before.tickets.get(called.ticket.id);
  expect(prev, 'call-next called a ticket that was not in state').toBeDefined();
  return { before, counter: counterBefore, called: prev! };
}

/** Call-next takes tickets reserved for the counter first, else only from the services it serves. */
function assertCallNextServes({ before, counter: k, called }: CallCheck): void {
  expect(called.status).toBe('waiting');
  const reserved = [...before.tickets.values()].filter((t) => t.status === 'waiting' && t.targetCounterId === k.id);
  if (reserved.length > 0) {
    expect(called.targetCounterId, '[Q10] reserved tickets come first').toBe(k.id);
    return;
  }
  expect(called.targetCounterId, '[Q10] a ticket reserved for another counter').toBeNull();
  expect(k.services.map((x) => x.serviceId), `[Q9] ${called.label} of a service counter ${k.number} does not serve`).toContain(
    called.serviceId,
  );
}

/** [Q6] strict: no normal ticket while a priority one of the same service waits; [Q7] interleave likewise once due. */
function assertPriority({ before, called }: CallCheck): void {
  if (called.targetCounterId !== null || called.priority !== null) return;
  const svc = before.services.get(called.serviceId)!;
  const prioWaiting = [...before.tickets.values()].some(
    (t) => t.status === 'waiting' && t.targetCounterId === null && t.serviceId === svc.id && t.priority !== null,
  );
  if (!prioWaiting) return;
  expect(svc.priorityPolicy.mode, `[Q6] normal ${called.label} called while a priority ticket waits`).toBe('interleave');
  if (svc.priorityPolicy.mode === 'interleave') {
    const since = before.cursors.normalsSincePriority[svc.id] ?? svc.priorityPolicy.every;
    expect(since, `[Q7] normal ${called.label} called while a priority ticket was due`).toBeLessThan(svc.priorityPolicy.every);
  }
}

const RUNS = { numRuns: 300 };

// Generous: hundreds of random days must also pass on a slow, busy machine.
describe('queue properties over random days', { timeout: 120_000 }, () => {
  it('[Q3] never issued twice: no (business day, label) pair is issued twice', () => {
    fc.assert(
      fc.property(setupArb, fc.array(stepArb, { minLength: 30, maxLength: 150, size: 'max' }), (setup, steps) => {
        const o = officeOf(setup);
        const seen = new Set<string>();
        const numbers = new Set<string>();
        for (const step of steps) {
          const r = runStep(o, step);
          if (!r?.ok) continue;
          for (const e of r.value) {
            if (e.type !== 'ticket:issued') continue;
            const key = `${e.ticket.businessDay}|${e.ticket.label}`;
            expect(seen.has(key), `${key} issued twice`).toBe(false);
            seen.add(key);
            const num = `${e.ticket.businessDay}|${e.prefix}|${e.ticket.number}`;
            expect(numbers.has(num), `${num} issued twice`).toBe(false);
            numbers.add(num);
            expect(e.ticket.label.startsWith(e.prefix)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('[Q11] never held by two counters, and every hold is consistent, after every step', () => {
    fc.assert(
      fc.property(setupArb, fc.array(stepArb, { minLength: 30, maxLength: 150, size: 'max' }), (setup, steps) => {
        const o = officeOf(setup);
        assertOneCounterPerTicket(o.state);
        for (const step of steps) {
          runStep(o, step);
          assertOneCounterPerTicket(o.state);
        }
      }),
      RUNS,
    );
  });

  it('[Q9][Q10] call-next only calls tickets of the counter\'s services, or reserved for it', () => {
    fc.assert(
      fc.property(setupArb, fc.array(stepArb, { minLength: 30, maxLength: 150, size: 'max' }), (setup, steps) => {
        const o = officeOf(setup);
        for (const step of steps) {
          const before = o.state;
          const r = runStep(o, step);
          if (!r?.ok) continue;
          const check = callNextOf(before, step, r.value);
          if (check) assertCallNextServes(check);
        }
      }),
      RUNS,
    );
  });

  it('[Q6][Q7] call-next never calls a normal ticket while a priority one of its service is due', () => {
    fc.assert(
      fc.property(setupArb, fc.array(stepArb, { minLength: 30, maxLength: 150, size: 'max' }), (setup, steps) => {
        const o = officeOf(setup);
        for (const step of steps) {
          const before = o.state;
          const r = runStep(o, step);
          if (!r?.ok) continue;
          const check = callNextOf(before, step, r.value);
          if (check) assertPriority(check);
        }
      }),
      RUNS,
    );
  });

  it('[Q6] strict priority with many priority citizens: every normal call comes after the priority queue is empty', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ priority: priorityArb, calls: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 60 }),
        (plan) => {
          const o = new Office({
            now: ms('2026-11-30T01:00:00Z'),
            services: [service('A', 'A')],
            counters: [counter('q1', 1, { A: 1 })],
          });
          const u = clerk('u1');
          o.must(openCounter, u, { counterId: 'q1' });
          for (const p of plan) {
            o.advance(MIN);
            o.must(issueTicket, kiosk(), { serviceId: 'A', priority: p.priority });
            for (let i = 0; i < p.calls; i++) {
              const before = [...o.state.tickets.values()];
              const r = o.run(callNext, u, { counterId: 'q1' });
              if (!r.ok) break;
              const t = ticketOf(r.value);
              if (t.priority === null) expect(before.some((x) => x.status === 'waiting' && x.priority !== null)).toBe(false);
              o.must(finish, u, { counterId: 'q1', callNext: false });
            }
          }
        },
      ),
      RUNS,
    );
  });
});

describe('[Q15] durations', { timeout: 120_000 }, () => {
  const forward = stepArb.filter((st) => !(st.kind === 'advance' && st.ms < 0) && st.kind !== 'midnight');
  it('[Q15] with a clock that never steps back: wait + walk + service = finished − issued, less only by absences', () => {
    fc.assert(
      fc.property(setupArb, fc.array(forward, { minLength: 30, maxLength: 150, size: 'max' }), (setup, steps) => {
        const o = officeOf(setup);
        const absent = new Set<string>();
        for (const step of steps) {
          const r = runStep(o, step);
          if (!r?.ok) continue;
          for (const e of r.value) {
            if (e.type === 'ticket:absent') absent.add(e.ticket.id);
            if (e.type !== 'ticket:finished') continue;
            const t = e.ticket;
            const total = Date.parse(t.finishedAt!) - Date.parse(t.issuedAt);
            const sum = t.waitMs + t.walkMs + t.serviceMs;
            if (absent.has(t.id)) expect(sum).toBeLessThanOrEqual(total);
            else expect(sum, `${t.label}: ${t.waitMs}+${t.walkMs}+${t.serviceMs} vs ${total}`).toBe(total);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('[Q9] weights', { timeout: 120_000 }, () => {
  it('[Q9] weights 2:1 with both queues long: calls come out 2:1', () => {
    const o = new Office({
      now: ms('2026-11-30T01:00:00Z'),
      services: [service('A', 'A'), service('B', 'B')],
      counters: [counter('q1', 1, { A: 2, B: 1 })],
    });
    const u = clerk('u1');
    o.must(openCounter, u, { counterId: 'q1' });
    for (let i = 0; i < 200; i++) {
      o.must(issueTicket, kiosk(), { serviceId: 'A', priority: null });
      o.must(issueTicket, kiosk(), { serviceId: 'B', priority: null });
    }
    const count = { A: 0, B: 0 };
    for (let i = 1; i <= 150; i++) {
      o.advance(MIN);
      const t = ticketOf(o.must(callNext, u, { counterId: 'q1' }));
      count[t.serviceId as 'A' | 'B']++;
      o.must(finish, u, { counterId: 'q1', callNext: false });
      // smooth: at every point the split is within one call of 2:1
      expect(Math.abs(count.A - (2 * i) / 3)).toBeLessThanOrEqual(1);
    }
    expect(count).toEqual({ A: 100, B: 50 });
  });

  it('[Q9] any weights, queues long enough: each full round calls each service exactly its weight', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (weights, rounds) => {
          const ids = weights.map((_, i) => `S${i}`);
          const total = weights.reduce((a, b) => a + b, 0);
          const o = new Office({
            now: ms('2026-11-30T01:00:00Z'),
            services: ids.map((id, i) => service(id, 'ABC'[i]!)),
            counters: [counter('q1', 1, Object.fromEntries(ids.map((id, i) => [id, weights[i]!])))],
          });
          const u = clerk('u1');
          o.must(openCounter, u, { counterId: 'q1' });
          for (const id of ids) {
            for (let i = 0; i < total * rounds; i++) o.must(issueTicket, kiosk(), { serviceId: id, priority: null });
          }
          const count = new Map<string, number>();
          for (let i = 0; i < total * rounds; i++) {
            const t = ticketOf(o.must(callNext, u, { counterId: 'q1' }));
            count.set(t.serviceId, (count.get(t.serviceId) ?? 0) + 1);
            o.must(finish, u, { counterId: 'q1', callNext: false });
          }
          expect(ids.map((id) => count.get(id) ?? 0)).toEqual(weights.map((w) => w * rounds));
        },
      ),
      RUNS,
    );
  });
});
