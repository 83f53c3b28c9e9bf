import { describe, expect, it } from 'vitest';
import { callNext, callSpecific, finish, issueTicket, markAbsent, recall, start, transfer } from './commands.js';
import { openCounter } from './counters.js';
import { clerk, counter, kiosk, ms, MIN, Office, service, ticketOf } from './testing.js';

const K = kiosk();
const c1 = clerk('u1');
const c2 = clerk('u2');
const SEC = 1000;

function office() {
  const o = new Office({
    now: ms('2026-11-30T01:00:00Z'),
    services: [service('A', 'A'), service('B', 'B')],
    counters: [counter('q1', 1, { A: 1 }), counter('q2', 2, { B: 1 })],
  });
  o.must(openCounter, c1, { counterId: 'q1' });
  o.must(openCounter, c2, { counterId: 'q2' });
  return o;
}

describe('[Q15] durations: wait, walk, service', () => {
  it('[Q15] wait = issued→called, walk = called→started, service = started→finished', () => {
    const o = office();
    const t = ticketOf(o.must(issueTicket, K, { serviceId: 'A', priority: null }));
    expect(t).toMatchObject({ waitMs: 0, walkMs: 0, serviceMs: 0 });
    o.advance(12 * MIN);
    expect(ticketOf(o.must(callNext, c1, { counterId: 'q1' })).waitMs).toBe(12 * MIN);
    o.advance(45 * SEC);
    expect(ticketOf(o.must(start, c1, { counterId: 'q1' })).walkMs).toBe(45 * SEC);
    o.advance(7 * MIN);
    const done = ticketOf(o.must(finish, c1, { counterId: 'q1', callNext: false }));
    expect(done).toMatchObject({ waitMs: 12 * MIN, walkMs: 45 * SEC, serviceMs: 7 * MIN });
  });

  it('[Q15] a recall does not restart the walk: it is measured from the first call', () => {
    const o = office();
    o.must(issueTicket, K, { serviceId: 'A', priority: null });
    o.advance(MIN);
    o.must(callNext, c1, { counterId: 'q1' });
    o.advance(30 * SEC);
    o.must(recall, c1, { counterId: 'q1' });
    o.advance(30 * SEC);
    expect(ticketOf(o.must(start, c1, { counterId: 'q1' })).walkMs).toBe(MIN);
  });

  it('[Q15] finishing without start counts service from the call and no walk', () => {
    const o = office();
    o.must(issueTicket, K, { serviceId: 'A', priority: null });
    o.advance(3 * MIN);
    o.must(callNext, c1, { counterId: 'q1' });
    o.advance(5 * MIN);
    const done = ticketOf(o.must(finish, c1, { counterId: 'q1', callNext: false }));
    expect(done).toMatchObject({ waitMs: 3 * MIN, walkMs: 0, serviceMs: 5 * MIN });
    expect(done.startedAt).toBe(done.calledAt);
  });

  it('[Q15] across a transfer each part adds up over both visits', () => {
    const o = office();
    o.must(issueTicket, K, { serviceId: 'A', priority: null });
    o.advance(10 * MIN); // wait 1
    o.must(callNext, c1, { counterId: 'q1' });
    o.advance(1 * MIN); // walk 1
    o.must(start, c1, { counterId: 'q1' });
    o.advance(4 * MIN); // service 1
    const moved = ticketOf(o.must(transfer, c1, { counterId: 'q1', toServiceId: 'B', toCounterId: null }));
    expect(moved).toMatchObject({ waitMs: 10 * MIN, walkMs: MIN, serviceMs: 4 * MIN, waitingSince: new Date(o.now).toISOString() });
    o.advance(6 * MIN); // wait 2
    o.must(callNext, c2, { counterId: 'q2' });
    o.advance(2 * MIN); // walk 2
    o.must(start, c2, { counterId: 'q2' });
    o.advance(8 * MIN); // service 2
    const done = ticketOf(o.must(finish, c2, { counterId: 'q2', callNext: false }));
    expect(done).toMatchObject({ waitMs: 16 * MIN, walkMs: 3 * MIN, serviceMs: 12 * MIN, transferCount: 1 });
  });

  it('[Q15] a transfer from called (start not pressed) counts service from the call, like finish', () => {
    const o = office();
    o.must(issueTicket, K, { serviceId: 'A', priority: null });
    o.advance(2 * MIN);
    o.must(callNext, c1, { counterId: 'q1' });
    o.advance(MIN);
    const moved = ticketOf(o.must(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'q2' }));
    expect(moved).toMatchObject({ waitMs: 2 * MIN, walkMs: 0, serviceMs: MIN });
    o.advance(3 * MIN);
    expect(ticketOf(o.must(callNext, c2, { counterId: 'q2' })).waitMs).toBe(5 * MIN);
  });

  it('[Q15] an absence adds no wait; the walk counts from the new call', () => {
    const o = office();
    o.must(issueTicket, K, { serviceId: 'A', priority: null });
    o.advance(4 * MIN);
    o.must(callNext, c1, { counterId: 'q1' });
    o.advance(2 * MIN);
    o.must(markAbsent, c1, { counterId: 'q1' });
    o.advance(20 * MIN);
    o.must(callSpecific, c1, { counterId: 'q1', label: 'A001' });
    o.advance(30 * SEC);
    const serving = ticketOf(o.must(start, c1, { counterId: 'q1' }));
    expect(serving).toMatchObject({ waitMs: 4 * MIN, walkMs: 30 * SEC });
  });

  it('[Q15] durations are never negative, even if the clock steps back', () => {
    const o = office();
    o.must(issueTicket, K, { serviceId: 'A', priority: null });
    o.advance(-MIN);
    const called = ticketOf(o.must(callNext, c1, { counterId: 'q1' }));
    o.advance(-MIN);
    const serving = ticketOf(o.must(start, c1, { counterId: 'q1' }));
    o.advance(-MIN);
    const done = ticketOf(o.must(finish, c1, { counterId: 'q1', callNext: false }));
    expect([called.waitMs, serving.walkMs, done.serviceMs]).toEqual([0, 0, 0]);
  });
});
