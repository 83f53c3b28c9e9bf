import { describe, expect, it } from 'vitest';
import {
  applyConfigChange,
  applyCounterChange,
  applyDisplayChange,
  applyPrintJobChange,
  applyPrinterChange,
  applyTicketChange,
  checkSeq,
  MAX_RECENT_CALLS,
  pushCall,
  waitingCounts,
  waitingTickets,
} from '../src/client/store.js';
import { call, counter, service, snapshot, ticket } from './fixtures.js';

const at = '2026-11-29T01:05:00.000Z';

describe('seq check', () => {
  it('applies the next seq, drops old ones, flags a gap', () => {
    expect(checkSeq(10, 11)).toBe('apply');
    expect(checkSeq(10, 10)).toBe('duplicate');
    expect(checkSeq(10, 3)).toBe('duplicate');
    expect(checkSeq(10, 12)).toBe('gap');
  });
});

describe('applying ticket events', () => {
  it('adds an issued ticket, counts it and takes the event seq', () => {
    const t = ticket('t1', 'A001');
    const s = applyTicketChange(snapshot(), 'ticket:issued', { seq: 11, at, ticket: t, counter: null, call: null });
    expect(s.seq).toBe(11);
    expect(s.activeTickets).toEqual([t]);
    expect(s.issuedToday).toEqual({ hotich: 1 });
  });

  it('upserts a called ticket and its counter and puts the call first', () => {
    const t = ticket('t1', 'A001');
    const c = counter('c1', 1, { currentTicketId: 't1' });
    const called = { ...t, status: 'called' as const, counterId: 'c1', calledAt: at };
    const old = call(ticket('t0', 'A000'), c, '2026-11-29T01:01:00.000Z');
    const s = applyTicketChange(snapshot({ activeTickets: [t], recentCalls: [old] }), 'ticket:called', {
      seq: 11,
      at,
      ticket: called,
      counter: c,
      call: call(called, c, at),
    });
    expect(s.activeTickets).toEqual([called]);
    expect(s.counters[0]?.currentTicketId).toBe('t1');
    expect(s.recentCalls.map((x) => x.label)).toEqual(['A001', 'A000']);
    expect(s.issuedToday).toEqual({});
  });

  it.each(['done', 'absent'] as const)('drops a %s ticket from the active list', (status) => {
    const t = ticket('t1', 'A001', { status: 'called' });
    const s = applyTicketChange(snapshot({ activeTickets: [t, ticket('t2', 'A002')] }), 'ticket:finished', {
      seq: 11,
      at,
      ticket: { ...t, status },
      counter: counter('c1', 1),
      call: null,
    });
    expect(s.activeTickets.map((x) => x.id)).toEqual(['t2']);
  });

  it('keeps the call list bounded and newest first, without a replayed duplicate', () => {
    const c = counter('c1', 1);
    let calls = [] as ReturnType<typeof pushCall>;
    for (let i = 0; i < MAX_RECENT_CALLS + 15; i++) {
      calls = pushCall(calls, call(ticket(`t${i}`, `A${i}`), c, new Date(Date.UTC(2026, 10, 29, 1, i)).toISOString()));
    }
    expect(calls).toHaveLength(MAX_RECENT_CALLS);
    expect(calls[0]?.ticketId).toBe(`t${MAX_RECENT_CALLS + 14}`);
    const again = pushCall(calls, calls[0]!);
    expect(again).toHaveLength(MAX_RECENT_CALLS);
    expect(again.filter((x) => x.ticketId === calls[0]!.ticketId)).toHaveLength(1);
  });

  it('ignores a ticket of another business day in the active list', () => {
    const t = ticket('t1', 'A001', { businessDay: '2026-11-30' });
    const s = applyTicketChange(snapshot(), 'ticket:issued', { seq: 11, at, ticket: t, counter: null, call: null });
    expect(s.activeTickets).toEqual([]);
  });
});

describe('counter and config events', () => {
  it('upserts a counter and replaces config lists', () => {
    const s1 = applyCounterChange(snapshot(), { seq: 11, at, counter: counter('c1', 1, { status: 'paused' }) });
    expect(s1.counters[0]?.status).toBe('paused');
    const s2 = applyConfigChange(s1, {
      seq: 12,
      at,
      services: [service('hotich', 'A'), service('datdai', 'C')],
      counters: [counter('c2', 2)],
    });
    expect(s2.seq).toBe(12);
    expect(s2.services.map((x) => x.prefix)).toEqual(['A', 'C']);
    expect(s2.counters.map((x) => x.id)).toEqual(['c2']);
  });
});

describe('display settings', () => {
  it('display:changed replaces the notice and profiles and counts the seq', () => {
    const display = { notice: 'Thông báo', profiles: [] };
    const s = applyDisplayChange(snapshot(), { seq: 11, at, display });
    expect(s.seq).toBe(11);
    expect(s.display).toEqual(display);
  });
});

describe('selectors', () => {
  it('lists waiting tickets by arrival and counts them per service', () => {
    const s = snapshot({
      activeTickets: [
        ticket('t2', 'A002', { queuedAt: '2026-11-29T01:02:00.000Z' }),
        ticket('t1', 'A001', { queuedAt: '2026-11-29T01:01:00.000Z' }),
        ticket('t3', 'A003', { status: 'called' }),
        ticket('t4', 'C001', { serviceId: 'datdai' }),
      ],
    });
    expect(waitingTickets(s, new Set(['hotich'])).map((x) => x.label)).toEqual(['A001', 'A002']);
    expect(waitingCounts(s)).toEqual({ hotich: 2, datdai: 1 });
  });
});

describe('printing events', () => {
  const job = (state: 'queued' | 'printed' | 'failed') => ({
    id: 'j1',
    kind: 'ticket' as const,
    ticketId: 't1',
    label: 'A001',
    printerId: 'p1',
    deviceId: 'kiosk1',
    state,
    attempts: 1,
    error: state === 'failed' ? { code: 'PAPER_OUT', message: 'Máy in hết giấy.' } : null,
    warnings: [],
    createdAt: at,
    updatedAt: at,
  });

  it('keeps failed jobs for reprint and drops them once printed', () => {
    const s1 = applyPrintJobChange(snapshot(), { seq: 11, at, job: job('failed') });
    expect(s1.failedPrintJobs.map((j) => j.id)).toEqual(['j1']);
    const s2 = applyPrintJobChange(s1, { seq: 12, at, job: job('printed') });
    expect(s2.failedPrintJobs).toEqual([]);
    expect(s2.seq).toBe(12);
  });

  it('upserts a printer', () => {
    const printer = { id: 'p1', name: 'Máy in kiosk', health: 'error' as const, code: 'PAPER_OUT', message: 'Hết giấy', checkedAt: at };
    const s = applyPrinterChange(applyPrinterChange(snapshot(), { seq: 11, at, printer }), {
      seq: 12,
      at,
      printer: { ...printer, health: 'ok', code: null, message: null },
    });
    expect(s.printers).toEqual([{ ...printer, health: 'ok', code: null, message: null }]);
  });
});
