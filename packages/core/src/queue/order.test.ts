import type { Priority, PriorityPolicy, Ticket } from '@motcua/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callNext, callSpecific, finish, issueTicket, peopleAhead, transfer } from './commands.js';
import { openCounter, saveCounter, saveService } from './counters.js';
import { byArrival, openWaiting, pickService, placeInOrder, serviceOrder } from './order.js';
import { admin, clerk, counter, kiosk, ms, MIN, Office, service, ticketOf } from './testing.js';

const K = kiosk();
const c1 = clerk('u1');
const c2 = clerk('u2');

function office(opts: { policyA?: Parameters<typeof service>[2]; counters?: ReturnType<typeof counter>[] } = {}) {
  const o = new Office({
    now: ms('2026-11-30T01:00:00Z'),
    services: [service('A', 'A', opts.policyA), service('B', 'B'), service('C', 'C')],
    counters: opts.counters ?? [counter('q1', 1, { A: 1 }), counter('q2', 2, { A: 1 })],
  });
  o.must(openCounter, c1, { counterId: 'q1' });
  if (o.state.counters.has('q2')) o.must(openCounter, c2, { counterId: 'q2' });
  return o;
}

function issue(o: Office, serviceId: string, priority: Priority | null = null): Ticket {
  o.advance(MIN);
  return ticketOf(o.must(issueTicket, K, { serviceId, priority }));
}

/** Calls next and finishes, `n` times, at counter q1; returns the labels called. */
function serve(o: Office, n: number, counterId = 'q1', actor = c1): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    o.advance(MIN);
    out.push(ticketOf(o.must(callNext, actor, { counterId })).label);
    o.must(finish, actor, { counterId, callNext: false });
  }
  return out;
}

describe('[Q6] priority first (strict)', () => {
  it('[Q6] strict: every waiting priority ticket is called before any normal one, each group by arrival', () => {
    const o = office();
    issue(o, 'A'); // A001
    issue(o, 'A', 'elderly'); // A002
    issue(o, 'A'); // A003
    issue(o, 'A', 'pregnant'); // A004
    expect(serve(o, 4)).toEqual(['A002', 'A004', 'A001', 'A003']);
  });

  it('[Q6] a priority ticket issued later still goes before normals waiting longer', () => {
    const o = office();
    issue(o, 'A');
    issue(o, 'A');
    expect(serve(o, 1)).toEqual(['A001']);
    issue(o, 'A', 'disabled'); // A003
    expect(serve(o, 2)).toEqual(['A003', 'A002']);
  });

  it('[Q6] people ahead = the position in the call order of the service', () => {
    const o = office();
    const a1 = issue(o, 'A');
    const a2 = issue(o, 'A');
    const p = issue(o, 'A', 'merit');
    issue(o, 'B');
    expect(peopleAhead(o.state, p)).toBe(0);
    expect(peopleAhead(o.state, o.ticket(a1.id))).toBe(1);
    expect(peopleAhead(o.state, o.ticket(a2.id))).toBe(2);
  });

  it('[Q6] serviceOrder (strict) puts priority tickets first, then normal, each by arrival', () => {
    const o = office();
    const t = [issue(o, 'A'), issue(o, 'A', 'elderly'), issue(o, 'A'), issue(o, 'A', 'merit')];
    const order = serviceOrder([t[3]!, t[2]!, t[1]!, t[0]!], { mode: 'strict' }, 0);
    expect(order.map((x) => x.label)).toEqual(['A002', 'A004', 'A001', 'A003']);
  });
});

describe('[Q7] interleaved priority: one priority every N normal calls', () => {
  it('[Q7] interleave every 3: one priority after three normal calls', () => {
    const o = office({ policyA: { priorityPolicy: { mode: 'interleave', every: 3 } } });
    issue(o, 'A', 'elderly'); // A001
    for (let i = 0; i < 6; i++) issue(o, 'A'); // A002..A007
    expect(serve(o, 1)).toEqual(['A001']); // the priority call resets the count
    issue(o, 'A', 'elderly'); // A008
    issue(o, 'A', 'disabled'); // A009
    expect(serve(o, 8)).toEqual(['A002', 'A003', 'A004', 'A008', 'A005', 'A006', 'A007', 'A009']);
  });

  it('[Q7] normal calls while no priority waits count: a priority arriving after N of them goes next', () => {
    const o = office({ policyA: { priorityPolicy: { mode: 'interleave', every: 2 } } });
    issue(o, 'A', 'merit'); // A001
    for (let i = 0; i < 4; i++) issue(o, 'A'); // A002..A005
    expect(serve(o, 3)).toEqual(['A001', 'A002', 'A003']);
    issue(o, 'A', 'merit'); // A006
    expect(serve(o, 2)).toEqual(['A006', 'A004']);
  });

  it('[Q7] the first priority ticket of the day is not held back: no priority was called yet', () => {
    const o = office({ policyA: { priorityPolicy: { mode: 'interleave', every: 3 } } });
    for (let i = 0; i < 5; i++) issue(o, 'A'); // A001..A005
    issue(o, 'A', 'pregnant'); // A006
    issue(o, 'A', 'pregnant'); // A007
    expect(serve(o, 7)).toEqual(['A006', 'A001', 'A002', 'A003', 'A007', 'A004', 'A005']);
  });

  it('[Q7] when no normal ticket waits, priority tickets are called one after another', () => {
    const o = office({ policyA: { priorityPolicy: { mode: 'interleave', every: 3 } } });
    issue(o, 'A', 'elderly');
    issue(o, 'A', 'elderly');
    issue(o, 'A', 'elderly');
    expect(serve(o, 3)).toEqual(['A001', 'A002', 'A003']);
  });

  it('[Q7] the cursor is per service and shared by all counters', () => {
    const o = office({ policyA: { priorityPolicy: { mode: 'interleave', every: 2 } } });
    issue(o, 'A', 'merit'); // A001
    for (let i = 0; i < 4; i++) issue(o, 'A'); // A002..A005
    expect(serve(o, 1, 'q1', c1)).toEqual(['A001']);
    issue(o, 'A', 'merit'); // A006
    expect(serve(o, 1, 'q2', c2)).toEqual(['A002']);
    expect(serve(o, 1, 'q1', c1)).toEqual(['A003']);
    expect(o.state.cursors.normalsSincePriority.A).toBe(2);
    expect(serve(o, 1, 'q2', c2)).toEqual(['A006']);
    expect(o.state.cursors.normalsSincePriority.A).toBe(0);
  });

  it('[Q7] people ahead follows the interleaved order', () => {
    const o = office({ policyA: { priorityPolicy: { mode: 'interleave', every: 2 } } });
    issue(o, 'A', 'elderly'); // A001
    const n = [issue(o, 'A'), issue(o, 'A'), issue(o, 'A'), issue(o, 'A')]; // A002..A005
    serve(o, 1); // A001
    const p = issue(o, 'A', 'elderly'); // A006: after A002 and A003
    expect(peopleAhead(o.state, p)).toBe(2);
    expect(peopleAhead(o.state, o.ticket(n[0]!.id))).toBe(0);
    expect(peopleAhead(o.state, o.ticket(n[2]!.id))).toBe(3);
  });

  it('[Q7] serviceOrder interleaves from the given cursor', () => {
    const o = office();
    const t = [issue(o, 'A'), issue(o, 'A'), issue(o, 'A'), issue(o, 'A', 'elderly'), issue(o, 'A', 'elderly')];
    const order = (since: number) => serviceOrder(t, { mode: 'interleave', every: 2 }, since).map((x) => x.label);
    expect(order(0)).toEqual(['A001', 'A002', 'A004', 'A003', 'A005']);
    expect(order(1)).toEqual(['A001', 'A004', 'A002', 'A003', 'A005']);
    expect(order(2)).toEqual(['A004', 'A001', 'A002', 'A005', 'A003']);
  });
});

describe('[Q8] arrival order', () => {
  it('[Q8] earlier queuedAt first; equal instants by number', () => {
    const o = office();
    const a = issue(o, 'A');
    const b = issue(o, 'A');
    expect(byArrival(a, b)).toBeLessThan(0);
    expect(byArrival(b, a)).toBeGreaterThan(0);
    const sameInstant = { ...b, queuedAt: a.queuedAt };
    expect(byArrival(a, sameInstant)).toBeLessThan(0);
    expect(byArrival(sameInstant, a)).toBeGreaterThan(0);
  });

  it('[Q8] tickets issued in the same millisecond are called by number', () => {
    const o = office();
    for (let i = 0; i < 3; i++) o.must(issueTicket, K, { serviceId: 'A', priority: null });
    o.advance(MIN);
    const labels: string[] = [];
    for (let i = 0; i < 3; i++) {
      labels.push(ticketOf(o.must(callNext, c1, { counterId: 'q1' })).label);
      o.must(finish, c1, { counterId: 'q1', callNext: false });
    }
    expect(labels).toEqual(['A001', 'A002', 'A003']);
  });
});

describe('[Q9] a counter serves its services by weight', () => {
  it('[Q9] call-next takes only from the services the counter serves', () => {
    const o = office({ counters: [counter('q1', 1, { B: 1 })] });
    issue(o, 'A');
    issue(o, 'C');
    expect(o.run(callNext, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'QUEUE_EMPTY' } });
    issue(o, 'B');
    expect(serve(o, 1)).toEqual(['B001']);
  });

  it('[Q9] weights 2:1 with both queues long: two A for one B, repeating', () => {
    const o = office({ counters: [counter('q1', 1, { A: 2, B: 1 })] });
    for (let i = 0; i < 10; i++) {
      issue(o, 'A');
      issue(o, 'B');
    }
    const called = serve(o, 9).map((l) => l[0]);
    expect(called).toEqual(['A', 'B', 'A', 'A', 'B', 'A', 'A', 'B', 'A']);
  });

  it('[Q9] a service with nothing waiting is skipped, the other is called', () => {
    const o = office({ counters: [counter('q1', 1, { A: 1, B: 5 })] });
    issue(o, 'A');
    issue(o, 'A');
    expect(serve(o, 2)).toEqual(['A001', 'A002']);
  });

  it('[Q9] weight 0 is a backup service: called only when no weighted service has a ticket', () => {
    const o = office({ counters: [counter('q1', 1, { A: 1, C: 0 })] });
    issue(o, 'C');
    issue(o, 'A');
    issue(o, 'A');
    expect(serve(o, 3)).toEqual(['A001', 'A002', 'C001']);
  });

  it('[Q9] pickService is a smooth weighted round robin over eligible services', () => {
    const q = counter('q', 1, { A: 3, B: 1, C: 0 });
    let credits: Record<string, number> = {};
    const seq: string[] = [];
    for (let i = 0; i < 8; i++) {
      const r = pickService(q, new Set(['A', 'B', 'C']), credits);
      expect(r).not.toBeNull();
      seq.push(r!.serviceId);
      credits = r!.credits;
    }
    expect(seq).toEqual(['A', 'A', 'B', 'A', 'A', 'A', 'B', 'A']);
    expect(pickService(q, new Set(), {})).toBeNull();
    expect(pickService(q, new Set(['C']), {})?.serviceId).toBe('C');
  });

  it('[Q9] a service is listed once per counter: a repeated entry is refused', () => {
    const o = office({ counters: [counter('q1', 1, { A: 1 })] });
    const r = o.run(saveCounter, admin(), {
      id: 'q1',
      number: 1,
      name: 'Quầy 1',
      services: [{ serviceId: 'A', weight: 2 }, { serviceId: 'B', weight: 1 }, { serviceId: 'A', weight: 1 }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(o.counter('q1').services).toEqual([{ serviceId: 'A', weight: 1 }]);
  });

  it('[Q9] a deactivated service issues no more tickets, but its waiting ones are still called', () => {
    const o = office({ counters: [counter('q1', 1, { A: 1 })] });
    issue(o, 'A');
    o.must(saveService, admin(), service('A', 'A', { active: false }));
    expect(o.run(issueTicket, K, { serviceId: 'A', priority: null }).ok).toBe(false);
    expect(serve(o, 1)).toEqual(['A001']);
  });

  it('[Q9] the counter set can be changed by the administrator; the next call follows it', () => {
    const o = office({ counters: [counter('q1', 1, { A: 1 })] });
    issue(o, 'B');
    expect(o.run(callNext, c1, { counterId: 'q1' }).ok).toBe(false);
    o.must(saveCounter, admin(), { id: 'q1', number: 1, name: 'Quầy 1', services: [{ serviceId: 'B', weight: 1 }] });
    expect(serve(o, 1)).toEqual(['B001']);
  });
});

describe('[Q10] a ticket transferred to a counter is reserved for it', () => {
  function withTransfer() {
    const o = office({ counters: [counter('q1', 1, { A: 1 }), counter('q2', 2, { B: 1 }), counter('q3', 3, { A: 1 })] });
    o.must(openCounter, clerk('u3'), { counterId: 'q3' });
    issue(o, 'A'); // A001
    issue(o, 'A'); // A002
    issue(o, 'B'); // B001
    o.advance(MIN);
    o.must(callNext, c1, { counterId: 'q1' }); // A001 at q1
    o.must(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'q2' });
    return o;
  }

  it('[Q10] only the target counter calls it, before its own services\' queues', () => {
    const o = withTransfer();
    // q3 serves A but A001 is reserved for q2: it gets A002
    expect(serve(o, 1, 'q3', clerk('u3'))).toEqual(['A002']);
    // q2 serves only B, yet calls the reserved A001 first, then B001
    expect(serve(o, 2, 'q2', c2)).toEqual(['A001', 'B001']);
  });

  it('[Q10] another counter cannot call it by its number', () => {
    const o = withTransfer();
    expect(o.run(callSpecific, clerk('u3'), { counterId: 'q3', label: 'A001' })).toMatchObject({
      ok: false,
      error: { code: 'TICKET_NOT_CALLABLE' },
    });
    expect(o.run(callSpecific, c2, { counterId: 'q2', label: 'A001' }).ok).toBe(true);
  });

  it('[Q10] a reserved ticket is not counted as ahead of anyone in its service', () => {
    const o = withTransfer();
    const a2 = [...o.state.tickets.values()].find((t) => t.label === 'A002')!;
    expect(peopleAhead(o.state, a2)).toBe(0);
  });

  it('[Q10] several tickets reserved for a counter are called by arrival', () => {
    const o = office({ counters: [counter('q1', 1, { A: 1 }), counter('q2', 2, { B: 1 })] });
    issue(o, 'A');
    issue(o, 'A');
    for (let i = 0; i < 2; i++) {
      o.advance(MIN);
      o.must(callNext, c1, { counterId: 'q1' });
      o.must(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'q2' });
    }
    expect(serve(o, 2, 'q2', c2)).toEqual(['A001', 'A002']);
  });
});

describe('placeInOrder: a ticket’s place counted without sorting the queue [Q6][Q7]', () => {
  const t = (i: number, o: { priority: Priority | null; serviceId: string; status: Ticket['status']; target: string | null; queuedMin: number }): Ticket => ({
    id: `t${i}`,
    serviceId: o.serviceId,
    number: i + 1,
    label: `A${i + 1}`,
    businessDay: '2026-11-30',
    priority: o.priority,
    status: o.status,
    issuedAt: '2026-11-30T01:00:00.000Z',
    queuedAt: new Date(ms('2026-11-30T01:00:00Z') + o.queuedMin * MIN).toISOString(),
    waitingSince: '2026-11-30T01:00:00.000Z',
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    counterId: null,
    targetCounterId: o.target,
    callCount: 0,
    transferCount: 0,
    issuedBy: 'k',
    waitMs: 0,
    walkMs: 0,
    serviceMs: 0,
  });
  const ticketArb = fc.record({
    priority: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant<Priority>('elderly') }),
    serviceId: fc.constantFrom('A', 'A', 'A', 'B'),
    status: fc.constantFrom<Ticket['status']>('waiting', 'waiting', 'waiting', 'called', 'absent'),
    target: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('q1') }),
    // equal times happen (transfers keep the arrival): the number breaks the tie
    queuedMin: fc.integer({ min: 0, max: 30 }),
  });
  const policyArb = fc.oneof(
    fc.constant<PriorityPolicy>({ mode: 'strict' }),
    fc.integer({ min: 1, max: 4 }).map((every): PriorityPolicy => ({ mode: 'interleave', every })),
  );

  it('agrees with the index in serviceOrder for every ticket of random queues and policies', () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 40 }), policyArb, fc.integer({ min: 0, max: 6 }), (specs, policy, since) => {
        const tickets = specs.map((s, i) => t(i, s));
        for (const x of tickets) {
          const order = serviceOrder(openWaiting(tickets, x.serviceId), policy, since);
          expect(placeInOrder(tickets, x, policy, since)).toBe(order.findIndex((y) => y.id === x.id));
        }
      }),
      { numRuns: 500 },
    );
  });
});
