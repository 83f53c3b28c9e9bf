import { describe, expect, it } from 'vitest';
import { callNext, finish, issueTicket, markAbsent, recall, start, transfer } from './commands.js';
import { closeCounter, openCounter, pauseCounter, resumeCounter, saveCounter } from './counters.js';
import { admin, clerk, counter, kiosk, ms, MIN, Office, service, ticketOf } from './testing.js';

const K = kiosk();
const c1 = clerk('u1', 'Nguyễn Văn An');
const c2 = clerk('u2', 'Trần Thị Bình');

function office() {
  const o = new Office({
    now: ms('2026-11-30T01:00:00Z'),
    services: [service('A', 'A'), service('B', 'B')],
    counters: [counter('q1', 1, { A: 1 }), counter('q2', 2, { A: 1 })],
  });
  return o;
}

const issue = (o: Office) => {
  o.advance(MIN);
  return ticketOf(o.must(issueTicket, K, { serviceId: 'A', priority: null }));
};

describe('[Q18] opening and closing a counter', () => {
  it('[Q18] a clerk opens a closed counter and becomes its clerk', () => {
    const o = office();
    const events = o.must(openCounter, c1, { counterId: 'q1' });
    expect(events[0]).toMatchObject({ type: 'counter:changed', actor: c1 });
    expect(o.counter('q1')).toMatchObject({ status: 'open', clerkId: 'u1', clerkName: 'Nguyễn Văn An', pauseReason: null });
  });

  it('[Q18] opening one\'s own open counter again changes nothing', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    expect(o.must(openCounter, c1, { counterId: 'q1' })).toEqual([]);
  });

  it('[Q18] a counter taken by another clerk is refused', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    expect(o.run(openCounter, c2, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'COUNTER_TAKEN' } });
    expect(o.counter('q1').clerkId).toBe('u1');
  });

  it('[Q18] one counter per clerk: opening a second one is refused', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    expect(o.run(openCounter, c1, { counterId: 'q2' })).toMatchObject({ ok: false, error: { code: 'CLERK_ELSEWHERE' } });
    o.must(pauseCounter, c1, { counterId: 'q1', reason: null });
    expect(o.run(openCounter, c1, { counterId: 'q2' })).toMatchObject({ ok: false, error: { code: 'CLERK_ELSEWHERE' } });
    o.must(resumeCounter, c1, { counterId: 'q1' });
    o.must(closeCounter, c1, { counterId: 'q1' });
    expect(o.run(openCounter, c1, { counterId: 'q2' }).ok).toBe(true);
  });

  it('[Q18] an administrator may take over a counter another clerk holds', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    o.must(openCounter, admin(), { counterId: 'q1' });
    expect(o.counter('q1')).toMatchObject({ status: 'open', clerkId: 'admin' });
    expect(o.run(callNext, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('[Q18] only a clerk or an administrator runs a counter, never a device', () => {
    const o = office();
    expect(o.run(openCounter, K, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const officer = { kind: 'user', id: 'o1', role: 'officer', name: 'Chuyên viên' } as const;
    expect(o.run(openCounter, officer, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(o.counter('q1').status).toBe('closed');
  });

  it('[Q18] an unknown counter is refused', () => {
    expect(office().run(openCounter, c1, { counterId: 'nope' })).toMatchObject({ ok: false, error: { code: 'COUNTER_UNKNOWN' } });
  });

  it('[Q18] a counter holding a ticket cannot be closed', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    issue(o);
    o.must(callNext, c1, { counterId: 'q1' });
    expect(o.run(closeCounter, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'COUNTER_BUSY' } });
    o.must(finish, c1, { counterId: 'q1', callNext: false });
    o.must(closeCounter, c1, { counterId: 'q1' });
    expect(o.counter('q1')).toMatchObject({ status: 'closed', clerkId: null, clerkName: null, currentTicketId: null });
  });

  it('[Q18] a counter with tickets transferred to it cannot be closed until they are served', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    o.must(openCounter, c2, { counterId: 'q2' });
    issue(o);
    o.must(callNext, c1, { counterId: 'q1' });
    o.must(transfer, c1, { counterId: 'q1', toServiceId: null, toCounterId: 'q2' });
    expect(o.run(closeCounter, c2, { counterId: 'q2' })).toMatchObject({ ok: false, error: { code: 'COUNTER_BUSY' } });
    o.must(callNext, c2, { counterId: 'q2' });
    o.must(finish, c2, { counterId: 'q2', callNext: false });
    expect(o.run(closeCounter, c2, { counterId: 'q2' }).ok).toBe(true);
  });

  it('[Q18] only its clerk or an administrator closes a counter; a closed one cannot be closed', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    expect(o.run(closeCounter, c2, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(o.run(closeCounter, admin(), { counterId: 'q1' }).ok).toBe(true);
    expect(o.run(closeCounter, admin(), { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'COUNTER_NOT_OPEN' } });
  });

  it('[Q18] saving a counter: unique number, known services; a new counter starts closed', () => {
    const o = office();
    const svc = [{ serviceId: 'B', weight: 2 }];
    expect(o.run(saveCounter, admin(), { id: 'q3', number: 1, name: 'Quầy 3', services: svc })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(
      o.run(saveCounter, admin(), { id: 'q3', number: 3, name: 'Quầy 3', services: [{ serviceId: 'Z', weight: 1 }] }),
    ).toMatchObject({ ok: false, error: { code: 'SERVICE_UNKNOWN' } });
    o.must(saveCounter, admin(), { id: 'q3', number: 3, name: 'Quầy 3', services: svc });
    expect(o.counter('q3')).toMatchObject({ status: 'closed', clerkId: null, currentTicketId: null, services: svc });
  });

  it('[Q18] saving an open counter keeps its clerk and its ticket', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    const t = issue(o);
    o.must(callNext, c1, { counterId: 'q1' });
    o.must(saveCounter, admin(), { id: 'q1', number: 7, name: 'Quầy bảy', services: [{ serviceId: 'B', weight: 1 }] });
    expect(o.counter('q1')).toMatchObject({ number: 7, status: 'open', clerkId: 'u1', currentTicketId: t.id });
  });
});

describe('[Q19] pause and resume', () => {
  it('[Q19] pause keeps the current ticket, which the clerk can still work', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    const t = issue(o);
    issue(o);
    o.must(callNext, c1, { counterId: 'q1' });
    o.must(pauseCounter, c1, { counterId: 'q1', reason: 'Nghỉ giải lao' });
    expect(o.counter('q1')).toMatchObject({ status: 'paused', pauseReason: 'Nghỉ giải lao', currentTicketId: t.id });
    o.must(recall, c1, { counterId: 'q1' });
    o.must(start, c1, { counterId: 'q1' });
    o.must(finish, c1, { counterId: 'q1', callNext: true });
    expect(o.counter('q1').currentTicketId).toBeNull();
    expect(o.run(callNext, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'COUNTER_PAUSED' } });
  });

  it('[Q19] a paused counter can mark absent and transfer its ticket', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    issue(o);
    issue(o);
    o.must(callNext, c1, { counterId: 'q1' });
    o.must(pauseCounter, c1, { counterId: 'q1', reason: null });
    o.must(markAbsent, c1, { counterId: 'q1' });
    expect(o.counter('q1').currentTicketId).toBeNull();
  });

  it('[Q19] resume opens the counter again and clears the reason; calling works', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    issue(o);
    o.must(pauseCounter, c1, { counterId: 'q1', reason: 'Họp' });
    o.must(resumeCounter, c1, { counterId: 'q1' });
    expect(o.counter('q1')).toMatchObject({ status: 'open', pauseReason: null });
    expect(ticketOf(o.must(callNext, c1, { counterId: 'q1' })).label).toBe('A001');
  });

  it('[Q19] while a counter is paused, its waiting tickets go to the other counters', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    o.must(openCounter, c2, { counterId: 'q2' });
    issue(o);
    o.must(pauseCounter, c1, { counterId: 'q1', reason: null });
    expect(ticketOf(o.must(callNext, c2, { counterId: 'q2' })).counterId).toBe('q2');
  });

  it('[Q19] only an open counter\'s own clerk (or an administrator) pauses or resumes it', () => {
    const o = office();
    expect(o.run(pauseCounter, c1, { counterId: 'q1', reason: null })).toMatchObject({
      ok: false,
      error: { code: 'COUNTER_NOT_OPEN' },
    });
    expect(o.run(resumeCounter, c1, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'COUNTER_NOT_OPEN' } });
    o.must(openCounter, c1, { counterId: 'q1' });
    expect(o.run(pauseCounter, c2, { counterId: 'q1', reason: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(o.run(pauseCounter, admin(), { counterId: 'q1', reason: null }).ok).toBe(true);
    expect(o.run(resumeCounter, c2, { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('[Q19] reopening a paused counter by its own clerk keeps it paused', () => {
    const o = office();
    o.must(openCounter, c1, { counterId: 'q1' });
    o.must(pauseCounter, c1, { counterId: 'q1', reason: null });
    expect(o.must(openCounter, c1, { counterId: 'q1' })).toEqual([]);
    expect(o.counter('q1').status).toBe('paused');
  });
});

describe('[Q2] a new day and the counters', () => {
  it('[Q2] counters keep their clerk and status over midnight but hold no ticket', () => {
    const o = office();
    o.now = ms('2026-11-30T16:50:00Z');
    o.must(openCounter, c1, { counterId: 'q1' });
    o.must(issueTicket, K, { serviceId: 'A', priority: null });
    o.must(callNext, c1, { counterId: 'q1' });
    expect(Object.keys(o.state.cursors.counterCredits)).toEqual(['q1']);
    o.now = ms('2026-11-30T17:00:00Z');
    o.must(issueTicket, K, { serviceId: 'A', priority: null });
    expect(o.counter('q1')).toMatchObject({ status: 'open', clerkId: 'u1', currentTicketId: null });
    expect(o.state.cursors).toEqual({ normalsSincePriority: {}, counterCredits: {} });
    expect(o.state.tickets.size).toBe(1);
    expect(ticketOf(o.must(callNext, c1, { counterId: 'q1' }))).toMatchObject({ label: 'A001', businessDay: '2026-12-01' });
  });
});
