import { describe, expect, it } from 'vitest';
import type { CallRecord } from '@motcua/protocol';
import { callsToShow } from './calls.js';
import { readProfile } from '../profile.js';

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

  it('keeps only the counters of the display profile', () => {
    const calls = [call('a3', 3, 9), call('a2', 2, 8), call('a1', 1, 7)];
    expect(callsToShow(calls, 5, new Set([1, 3])).map((c) => c.ticketId)).toEqual(['a3', 'a1']);
  });
});

describe('display profile from the URL', () => {
  it('defaults to the whole office in the screen orientation', () => {
    const p = readProfile(new URL('http://hub/tv/'));
    expect(p).toEqual({ counterId: null, servicePrefixes: null, counterNumbers: null, layout: 'auto', recentCount: 6 });
  });

  it('reads a counter display, service and counter filters and a layout', () => {
    const p = readProfile(new URL('http://hub/tv/?counter=quay-2&services=a,B&counters=1,2,x&layout=portrait&recent=8'));
    expect(p.counterId).toBe('quay-2');
    expect([...p.servicePrefixes!]).toEqual(['A', 'B']);
    expect([...p.counterNumbers!]).toEqual([1, 2]);
    expect(p.layout).toBe('portrait');
    expect(p.recentCount).toBe(8);
  });
});
