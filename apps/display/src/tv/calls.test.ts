import { describe, expect, it } from 'vitest';
import type { CallRecord, TicketChange } from '@motcua/protocol';
import type { HubEvent } from '@motcua/ui';
import { callsToShow } from './calls.js';
import { LIVE_CALL_MS, liveCall } from './useLiveCalls.js';
import { tickerSeconds } from './NoticeTicker.js';
import { readScreenOptions } from '../profile.js';

const call = (ticketId: string, counterNumber: number, minute: number, recall = false): CallRecord => ({
  ticketId,
  label: ticketId.toUpperCase(),
  serviceId: 's',
  counterId: `c${counterNumber}`,
  counterNumber,
  at: `2026-11-29T01:${String(minute).padStart(2, '0')}:00.000Z`,
  recall,
});

describe('TV call list', () => {
  it('shows each ticket once, newest first, bounded', () => {
    const calls = [call('a3', 1, 9, true), call('a4', 2, 8), call('a3', 1, 7), call('a2', 2, 6), call('a1', 1, 5)];
    expect(callsToShow(calls, 3).map((c) => c.ticketId)).toEqual(['a3', 'a4', 'a2']);
  });

  it('keeps only the calls the screen accepts', () => {
    const calls = [call('a3', 3, 9), call('a2', 2, 8), call('a1', 1, 7)];
    expect(callsToShow(calls, 5, (c) => c.counterNumber !== 2).map((c) => c.ticketId)).toEqual(['a3', 'a1']);
  });

  it('lists nothing for a zero bound', () => {
    expect(callsToShow([call('a1', 1, 1)], 0)).toEqual([]);
  });
});

describe('live calls: news flashes and speaks, a replay does not', () => {
  const change = (c: CallRecord | null): TicketChange =>
    ({ seq: 1, at: c?.at ?? '', ticket: {} as TicketChange['ticket'], counter: null, call: c }) as TicketChange;
  const ev = (name: 'ticket:called' | 'ticket:recalled' | 'ticket:started', ageMs: number, c: CallRecord | null = call('a1', 1, 1)) =>
    ({ name, change: change(c), ageMs }) as HubEvent;

  it('passes a fresh call and a fresh recall', () => {
    expect(liveCall(ev('ticket:called', 300))?.ticketId).toBe('a1');
    expect(liveCall(ev('ticket:recalled', 0, call('a1', 1, 1, true)))?.recall).toBe(true);
  });

  it('drops a call replayed after a reconnect (older than the live window)', () => {
    expect(liveCall(ev('ticket:called', LIVE_CALL_MS + 1))).toBeNull();
  });

  it('ignores other ticket events', () => {
    expect(liveCall(ev('ticket:started', 0))).toBeNull();
    expect(liveCall(ev('ticket:called', 0, null))).toBeNull();
  });
});

describe('notice ticker speed', () => {
  it('gives a long notice more time, a short one at least 12 s', () => {
    expect(tickerSeconds('Nghỉ trưa')).toBe(12);
    const long = 'x'.repeat(400);
    expect(tickerSeconds(long)).toBeGreaterThan(tickerSeconds('x'.repeat(100)));
  });
});

describe('screen options from the URL', () => {
  it('defaults to the whole office, the profile deciding layout and list length', () => {
    const p = readScreenOptions(new URL('http://hub/tv/'));
    expect(p).toEqual({
      profileId: null,
      counterId: null,
      servicePrefixes: null,
      counterNumbers: null,
      layout: null,
      recentCount: null,
    });
  });

  it('reads a profile, a counter display, service and counter filters and a layout', () => {
    const p = readScreenOptions(
      new URL('http://hub/tv/?profile=tang-1&counter=quay-2&services=a,B&counters=1,2,x&layout=portrait&recent=8'),
    );
    expect(p.profileId).toBe('tang-1');
    expect(p.counterId).toBe('quay-2');
    expect([...p.servicePrefixes!]).toEqual(['A', 'B']);
    expect([...p.counterNumbers!]).toEqual([1, 2]);
    expect(p.layout).toBe('portrait');
    expect(p.recentCount).toBe(8);
  });

  it('ignores values out of range', () => {
    const p = readScreenOptions(new URL('http://hub/tv/?layout=sideways&recent=40&counters=&profile='));
    expect(p.layout).toBeNull();
    expect(p.recentCount).toBeNull();
    expect(p.counterNumbers).toBeNull();
    expect(p.profileId).toBeNull();
  });
});
