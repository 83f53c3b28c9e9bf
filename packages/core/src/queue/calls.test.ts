import type { Priority, Ticket } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { callNext, callSpecific, finish, issueTicket, markAbsent, recall, start, transfer } from './commands.js';
import { openCounter, pauseCounter, resumeCounter } from './counters.js';
import { admin, clerk, counter, kiosk, ms, MIN, Office, service, ticketOf } from './testing.js';

const K = kiosk();
const c1 = clerk('u1');
const c2 = clerk('u2');
const c3 = clerk('u3');

function office() {
  const o = new Office({
    now: ms('2026-11-30T01:00:00Z'),
    services: [service('A', 'A'), service('B', 'B')],
    counters: [counter('q1', 1, { A: 1 }), counter('q2', 2, { A: 1 }), counter('q3', 3, { B: 1 }), counter('q4', 4, { A: 1 })],
  });
  o.must(openCounter, c1, { counterId: 'q1' });
  o.must(openCounter, c2, { counterId: 'q2' });
  o.must(openCounter, c3, { counterId: 'q3' });
  return o;
}

function issue(o: Office, serviceId = 'A', priority: Priority | null = null): Ticket {
  o.advance(MIN);
  return ticketOf(o.must(issueTicket, K, { serviceId, priority }));
}

const call = (o: Office, counterId: string, actor = c1): Ticket => ticketOf(o.must(callNext, actor, { counterId }));

describe('[Q11] a ticket is held by at most one counter', () => {
  it('[Q11] two desks calling next at the same instant get different tickets', () => {
    const o = office();
    issue(o);
    issue(o);
    o.advance(MIN);
    // the hub applies commands one at a time, both at the same clock reading
    const a = call(o, 'q1', c1);
    const b = call(o, 'q2', c2);
    expect(a.id).not.toBe(b.id);
    expect([a.label, b.label]).toEqual(['A001', 'A002']);
    expect(o.counter('q1').currentTicketId).toBe(a.id);
    expect(o.counter('q2').currentTicketId).toBe(b.id);
    expect(a.calledAt).toBe(b.calledAt);
  });

  it('[Q11] the second desk gets QUEUE_EMPTY when only one ticket waits', () => {
    const o = office();
    issue(o);
    call(o, 'q1', c1);
    expect(o.run(callNext, c2, { counterId: 'q2' })).toMatchObject({ ok: false, error: { code: 'QUEUE_EMPTY' } });
    expect(o.counter('q2').currentTicketId).toBeNull();
  });

  it('[Q11] a counter holding a ticket cannot call another', () => {
    const o = office();
    issue(o);
    issue(o);
    call(o, 'q1');
    expect(o.run(callNext, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'COUNTER_BUSY' } });
    expect(o.run(callSpecific, c1, { counterId: 'q1', label: 'A002' })).toMatchObject({
      ok: false,
      error: { code: 'COUNTER_BUSY' },
    });
  });

  it('[Q11] a ticket called at one counter cannot be called by number at another', () => {
    const o = office();
    issue(o);
    call(o, 'q1');
    expect(o.run(callSpecific, c2, { counterId: 'q2', label: 'A001' })).toMatchObject({
      ok: false,
      error: { code: 'TICKET_NOT_CALLABLE' },
    });
    o.must(start, c1, { counterId: 'q1' });
    expect(o.run(callSpecific, c2, { counterId: 'q2', label: 'A001' })).toMatchObject({
      ok: false,
      error: { code: 'TICKET_NOT_CALLABLE' },
    });
  });

  it('[Q11] a called ticket names its counter and the counter names it', () => {
    const o = office();
    issue(o);
    const t = call(o, 'q2', c2);
    expect(t).toMatchObject({ status: 'called', counterId: 'q2', targetCounterId: null });
    expect(o.counter('q2').currentTicketId).toBe(t.id);
  });
});

describe('[Q12] who may act at a counter', () => {
  it('[Q12] a clerk cannot work another clerk\'s counter', () => {
    const o = office();
    issue(o);
    expect(o.run(callNext, c2, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('[Q12] an administrator may act at any open counter', () => {
    const o = office();
    issue(o);
    expect(call(o, 'q1', admin()).label).toBe('A001');
    o.must(finish, admin(), { counterId: 'q1', callNext: false });
  });

  it('[Q12] a closed or unknown counter cannot call', () => {
    const o = office();
    issue(o);
    expect(o.run(callNext, admin(), { counterId: 'q4' })).toMatchObject({ ok: false, error: { code: 'COUNTER_NOT_OPEN' } });
    expect(o.run(callNext, admin(), { counterId: 'nope' })).toMatchObject({ ok: false, error: { code: 'COUNTER_UNKNOWN' } });
  });

  it('[Q12] a paused counter cannot call', () => {
    const o = office();
    issue(o);
    o.must(pauseCounter, c1, { counterId: 'q1', reason: null });
    expect(o.run(callNext, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'COUNTER_PAUSED' } });
    expect(o.run(callSpecific, c1, { counterId: 'q1', label: 'A001' })).toMatchObject({
      ok: false,
      error: { code: 'COUNTER_PAUSED' },
    });
  });
});

describe('[Q13] the ticket lifecycle', () => {
  it('[Q13] waiting → called → serving → done, the counter free again', () => {
    const o = office();
    issue(o);
    const called = call(o, 'q1');
    expect(called).toMatchObject({ status: 'called', callCount: 1 });
    o.advance(MIN);
    const serving = ticketOf(o.must(start, c1, { counterId: 'q1' }));
    expect(serving.status).toBe('serving');
    o.advance(MIN);
    const done = ticketOf(o.must(finish, c1, { counterId: 'q1', callNext: false }));
    expect(done.status).toBe('done');
    expect(o.counter('q1').currentTicketId).toBeNull();
    expect(o.state.tickets.has(done.id)).toBe(false);
  });

  it('[Q13] recall announces the called ticket again and counts the call', () => {
    const o = office();
    issue(o);
    const t = call(o, 'q1');
    o.advance(MIN);
    const events = o.must(recall, c1, { counterId: 'q1' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'ticket:recalled', call: { recall: true, label: 'A001', counterNumber: 1 } });
    const again = ticketOf(events);
    expect(again).toMatchObject({ status: 'called', callCount: 2, calledAt: t.calledAt });
  });

  it('[Q13] absent frees the counter; the number can be called again by number', () => {
    const o = office();
    issue(o);
    issue(o);
    call(o, 'q1');
    o.advance(MIN);
    const absent = ticketOf(o.must(markAbsent, c1, { counterId: 'q1' }));
    expect(absent.status).toBe('absent');
    expect(o.counter('q1').currentTicketId).toBeNull();
    // call next does not take absent tickets
    expect(call(o, 'q1').label).toBe('A002');
    o.must(finish, c1, { counterId: 'q1', callNext: false });
    expect(o.run(callNext, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'QUEUE_EMPTY' } });
    // the citizen comes back: another counter calls the number
    o.advance(MIN);
    const back = ticketOf(o.must(callSpecific, c2, { counterId: 'q2', label: 'A001' }));
    expect(back).toMatchObject({ status: 'called', counterId: 'q2', callCount: 2, finishedAt: null, startedAt: null });
    expect(o.counter('q2').currentTicketId).toBe(back.id);
  });

  it('[Q13] call specific takes a waiting number out of order, without moving the priority cursor', () => {
    const o = office();
    issue(o);
    issue(o);
    issue(o);
    const t = ticketOf(o.must(callSpecific, c1, { counterId: 'q1', label: 'A003' }));
    expect(t).toMatchObject({ label: 'A003', status: 'called', counterId: 'q1' });
    expect(o.state.cursors.normalsSincePriority.A).toBeUndefined();
  });

  it('[Q13] call specific finds the number however it is padded (A25, A025, A0025)', () => {
    const o = office();
    for (let i = 0; i < 25; i++) issue(o);
    expect(ticketOf(o.must(callSpecific, c1, { counterId: 'q1', label: 'A25' })).label).toBe('A025');
    expect(ticketOf(o.must(callSpecific, c2, { counterId: 'q2', label: 'A0024' })).label).toBe('A024');
    o.must(finish, c1, { counterId: 'q1', callNext: false });
    expect(o.run(callSpecific, c1, { counterId: 'q1', label: 'A26' })).toMatchObject({ ok: false, error: { code: 'TICKET_UNKNOWN' } });
    expect(o.run(callSpecific, c1, { counterId: 'q1', label: 'B25' })).toMatchObject({ ok: false, error: { code: 'TICKET_UNKNOWN' } });
    expect(o.run(callSpecific, c1, { counterId: 'q1', label: 'AB25' })).toMatchObject({ ok: false, error: { code: 'TICKET_UNKNOWN' } });
  });

  it('[Q13] call specific may take a number of a service the counter does not serve', () => {
    const o = office();
    issue(o, 'B');
    expect(ticketOf(o.must(callSpecific, c1, { counterId: 'q1', label: 'B001' })).counterId).toBe('q1');
  });

  it('[Q13] call specific of an unknown or finished number is refused', () => {
    const o = office();
    issue(o);
    call(o, 'q1');
    o.must(finish, c1, { counterId: 'q1', callNext: false });
    expect(o.run(callSpecific, c1, { counterId: 'q1', label: 'A001' })).toMatchObject({
      ok: false,
      error: { code: 'TICKET_UNKNOWN' },
    });
    expect(o.run(callSpecific, c1, { counterId: 'q1', label: 'A999' })).toMatchObject({
      ok: false,
      error: { code: 'TICKET_UNKNOWN' },
    });
  });

  it('[Q13] actions on an idle counter are refused with COUNTER_IDLE', () => {
    const o = office();
    for (const cmd of [recall, markAbsent, start]) {
      expect(o.run(cmd, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'COUNTER_IDLE' } });
    }
    expect(o.run(finish, c1, { counterId: 'q1', callNext: false })).toMatchObject({ ok: false, error: { code: 'COUNTER_IDLE' } });
    expect(o.run(transfer, c1, { counterId: 'q1', toServiceId: 'B', toCounterId: null })).toMatchObject({
      ok: false,
      error: { code: 'COUNTER_IDLE' },
    });
  });

  it('[Q13] recall, absent and start only apply to a called ticket, not one being served', () => {
    const o = office();
    issue(o);
    call(o, 'q1');
    o.must(start, c1, { counterId: 'q1' });
    for (const cmd of [recall, markAbsent, start]) {
      expect(o.run(cmd, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'TICKET_WRONG_STATE' } });
    }
  });

  it('[Q13] a failed command changes nothing', () => {
    const o = office();
    issue(o);
    const before = o.state;
    const r = o.run(start, c1, { counterId: 'q1' });
    expect(r.ok).toBe(false);
    expect(o.state).toBe(before);
  });
});

describe('[Q14] every transition records who and when', () => {
  it('[Q14] each event carries the clock reading and the actor; the ticket its timestamps', () => {
    const o = office();
    o.now = ms('2026-11-30T01:10:00Z');
    const issued = o.must(issueTicket, K, { serviceId: 'A', priority: null });
    expect(issued[0]).toMatchObject({ type: 'ticket:issued', at: '2026-11-30T01:10:00.000Z', actor: K });
    expect(ticketOf(issued)).toMatchObject({ issuedAt: '2026-11-30T01:10:00.000Z', issuedBy: K.id });

    o.now = ms('2026-11-30T01:20:00Z');
    const called = o.must(callNext, c1, { counterId: 'q1' });
    expect(called[0]).toMatchObject({ type: 'ticket:called', at: '2026-11-30T01:20:00.000Z', actor: c1 });
    expect(called[0]).toMatchObject({ call: { at: '2026-11-30T01:20:00.000Z', counterId: 'q1', counterNumber: 1 } });
    expect(ticketOf(called)).toMatchObject({ calledAt: '2026-11-30T01:20:00.000Z', counterId: 'q1' });

    o.now = ms('2026-11-30T01:21:00Z');
    const started = o.must(start, admin(), { counterId: 'q1' });
    expect(started[0]).toMatchObject({ type: 'ticket:started', at: '2026-11-30T01:21:00.000Z', actor: admin() });
    expect(ticketOf(started).startedAt).toBe('2026-11-30T01:21:00.000Z');

    o.now = ms('2026-11-30T01:30:00Z');
    const done = o.must(finish, c1, { counterId: 'q1', callNext: false });
    expect(done[0]).toMatchObject({ type: 'ticket:finished', at: '2026-11-30T01:30:00.000Z', actor: c1 });
    expect(ticketOf(done).finishedAt).toBe('2026-11-30T01:30:00.000Z');
  });

  it('[Q14] every event in a working session has an instant and an actor', () => {
    const o = office();
    issue(o);
    issue(o);
    call(o, 'q1');
    o.must(recall, c1, { counterId: 'q1' });
    o.must(markAbsent, c1, { counterId: 'q1' });
    call(o, 'q1');
    o.must(transfer, c1, { counterId: 'q1', toServiceId: 'B', toCounterId: null });
    o.must(pauseCounter, c2, { counterId: 'q2', reason: 'Họp' });
    for (const e of o.log) {
      expect(new Date(e.at).toISOString()).toBe(e.at);
      expect(e.actor.id).toBeTruthy();
    }
    expect(new Set(o.log.map((e) => e.type))).toEqual(
      new Set(['counter:changed', 'ticket:issued', 'ticket:called', 'ticket:recalled', 'ticket:absent', 'ticket:transferred']),
    );
  });
});

describe('[Q16] transfer keeps the number and the place', () => {
  it('[Q16] to another service: same id, number, label and priority; placed by its original arrival', () => {
    const o = office();
    const a1 = issue(o, 'A', 'elderly'); // A001, issued first
    issue(o, 'B'); // B001
    issue(o, 'B'); // B002
    call(o, 'q1');
    o.advance(MIN);
    const moved = ticketOf(o.must(transfer, c1, { counterId: 'q1', toServiceId: 'B', toCounterId: null }));
    expect(moved).toMatchObject({
      id: a1.id,
      number: 1,
      label: 'A001',
      priority: 'elderly',
      serviceId: 'B',
      status: 'waiting',
      counterId: null,
      targetCounterId: null,
      queuedAt: a1.issuedAt,
      transferCount: 1,
    });
    expect(o.counter('q1').currentTicketId).toBeNull();
    // it arrived before B001 and B002, so counter 3 (service B) calls it first
    expect(call(o, 'q3', c3).label).toBe('A001');
  });

  it('[Q16] a normal ticket transferred into a service keeps its arrival place among normal tickets', () => {
    const o = office();
    issue(o, 'B'); // B001 before A001
    issue(o, 'A'); // A001
    issue(o, 'B'); // B002 after A001
    call(o, 'q1'); // A001
    o.must(transfer, c1, { counterId: 'q1', toServiceId: 'B', toCounterId: null });
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      order.push(call(o, 'q3', c3).label);
      o.must(finish, c3, { counterId: 'q3', callNext: false });
    }
    expect(order).toEqual(['B001', 'A001', 'B002']);
  });

  it('[Q16] from serving, too: the counter is freed and may call the next', () => {
    const o = office();
    issue(o);
    issue(o);
    call(o, 'q1');
    o.must(start, c1, { counterId: 'q1' });
    o.must(transfer, c1, { counterId: 'q1', toServiceId: 'B', toCounterId: null });
    expect(call(o, 'q1').label).toBe('A002');
  });

  it('[Q16] to a counter: reserved for that counter, keeping its service', () => {
    const o = office();
    issue(o);
    call(o, 'q1');
    const moved = ticketOf(o.must(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'q3' }));
    expect(moved).toMatchObject({ serviceId: 'A', targetCounterId: 'q3', status: 'waiting', label: 'A001' });
    expect(call(o, 'q3', c3)).toMatchObject({ label: 'A001', counterId: 'q3', targetCounterId: null });
  });

  it('[Q16] a transfer may target a paused counter; it calls the ticket after resuming', () => {
    const o = office();
    issue(o);
    o.must(pauseCounter, c3, { counterId: 'q3', reason: null });
    call(o, 'q1');
    expect(o.run(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'q3' }).ok).toBe(true);
    expect(o.run(callNext, c3, { counterId: 'q3' })).toMatchObject({ ok: false, error: { code: 'COUNTER_PAUSED' } });
    o.must(resumeCounter, c3, { counterId: 'q3' });
    expect(call(o, 'q3', c3).label).toBe('A001');
  });

  it('[Q16] a transfer to a closed counter is refused: nobody would call the ticket', () => {
    const o = office();
    issue(o);
    call(o, 'q1');
    expect(o.run(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'q4' })).toMatchObject({
      ok: false,
      error: { code: 'COUNTER_NOT_OPEN' },
    });
    expect(o.counter('q1').currentTicketId).not.toBeNull();
  });

  it('[Q16] invalid targets are refused and change nothing', () => {
    const o = office();
    issue(o);
    call(o, 'q1');
    expect(o.run(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'q1' })).toMatchObject({
      ok: false,
      error: { code: 'TRANSFER_INVALID' },
    });
    expect(o.run(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'COUNTER_UNKNOWN' },
    });
    expect(o.run(transfer, c1, { counterId: 'q1', toServiceId: 'nope', toCounterId: null })).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_UNKNOWN' },
    });
    expect(o.ticket(o.counter('q1').currentTicketId!).status).toBe('called');
  });
});

describe('[Q17] finish with call-next', () => {
  it('[Q17] finishes and calls the next ticket in one step', () => {
    const o = office();
    issue(o);
    issue(o);
    call(o, 'q1');
    o.advance(MIN);
    const events = o.must(finish, c1, { counterId: 'q1', callNext: true });
    expect(events.map((e) => e.type)).toEqual(['ticket:finished', 'ticket:called']);
    expect(ticketOf(events, 'ticket:finished')).toMatchObject({ label: 'A001', status: 'done' });
    const next = ticketOf(events, 'ticket:called');
    expect(next).toMatchObject({ label: 'A002', status: 'called', counterId: 'q1' });
    expect(o.counter('q1').currentTicketId).toBe(next.id);
  });

  it('[Q17] with nothing waiting, the finish stands alone', () => {
    const o = office();
    issue(o);
    call(o, 'q1');
    const events = o.must(finish, c1, { counterId: 'q1', callNext: true });
    expect(events.map((e) => e.type)).toEqual(['ticket:finished']);
    expect(o.counter('q1').currentTicketId).toBeNull();
  });

  it('[Q17] a paused counter finishes without calling', () => {
    const o = office();
    issue(o);
    issue(o);
    call(o, 'q1');
    o.must(pauseCounter, c1, { counterId: 'q1', reason: 'Nghỉ trưa' });
    const events = o.must(finish, c1, { counterId: 'q1', callNext: true });
    expect(events.map((e) => e.type)).toEqual(['ticket:finished']);
    expect(o.state.tickets.size).toBe(1);
  });

  it('[Q17] the next call follows the call-next rules, reserved tickets first', () => {
    const o = office();
    issue(o); // A001
    issue(o); // A002
    issue(o, 'B'); // B001
    call(o, 'q3', c3); // B001 at q3
    call(o, 'q1'); // A001 at q1
    o.must(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'q3' });
    const next = ticketOf(o.must(finish, c3, { counterId: 'q3', callNext: true }), 'ticket:called');
    expect(next.label).toBe('A001');
  });
});
