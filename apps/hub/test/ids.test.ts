import { describe, expect, it } from 'vitest';
import { timeOrderedId } from '../src/queue/ids.js';

describe('ticket ids (UUID v7)', () => {
  it('are RFC 9562 version-7 UUIDs whose first 48 bits are the time in ms', () => {
    const at = Date.parse('2026-12-01T02:00:00.123Z');
    const id = timeOrderedId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sort by time across milliseconds, and never repeat', () => {
    const ids: string[] = [];
    for (let i = 0; i < 2000; i++) ids.push(timeOrderedId(1_700_000_000_000 + Math.floor(i / 10)));
    const byTime = [...ids].sort();
    for (let i = 1; i < byTime.length; i++) {
      const t = (s: string): number => parseInt(s.replace(/-/g, '').slice(0, 12), 16);
      expect(t(byTime[i]!)).toBeGreaterThanOrEqual(t(byTime[i - 1]!));
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
