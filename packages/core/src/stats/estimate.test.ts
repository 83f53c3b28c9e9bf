import { describe, expect, it } from 'vitest';
import { estimateWait } from './estimate.js';

const min = (m: number): number => m * 60_000;

describe('waiting-time estimate', () => {
  it('[W1] people ahead split over open counters, between the quartiles of recent service times', () => {
    // quartiles of 4,5,6,7,8 minutes: 5 and 7
    const e = estimateWait({ peopleAhead: 6, recentServiceMs: [4, 5, 6, 7, 8].map(min), openCounters: 2 });
    expect(e).toEqual({ minMinutes: 15, maxMinutes: 21 });
  });

  it('[W1] more open counters shorten the wait', () => {
    const samples = [4, 5, 6, 7, 8].map(min);
    const one = estimateWait({ peopleAhead: 6, recentServiceMs: samples, openCounters: 1 })!;
    const three = estimateWait({ peopleAhead: 6, recentServiceMs: samples, openCounters: 3 })!;
    expect(three.maxMinutes).toBeLessThan(one.maxMinutes);
    expect(one).toEqual({ minMinutes: 30, maxMinutes: 42 });
  });

  it('[W2] no open counter or too little history: no estimate', () => {
    expect(estimateWait({ peopleAhead: 3, recentServiceMs: [min(5), min(6), min(7)], openCounters: 0 })).toBeNull();
    expect(estimateWait({ peopleAhead: 3, recentServiceMs: [min(5), min(6)], openCounters: 2 })).toBeNull();
  });

  it('[W2] implausible durations (over 90 minutes, or zero) are not samples', () => {
    const e = estimateWait({ peopleAhead: 2, recentServiceMs: [0, min(300), min(5), min(5), min(5)], openCounters: 1 });
    expect(e).toEqual({ minMinutes: 10, maxMinutes: 10 });
    expect(estimateWait({ peopleAhead: 2, recentServiceMs: [0, min(300), min(5), min(5)], openCounters: 1 })).toBeNull();
  });

  it('[W3] nobody ahead: under a minute, never a negative or empty range', () => {
    expect(estimateWait({ peopleAhead: 0, recentServiceMs: [min(3), min(4), min(5)], openCounters: 1 })).toEqual({
      minMinutes: 0,
      maxMinutes: 1,
    });
  });
});
