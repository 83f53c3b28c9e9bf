import { describe, expect, it } from 'vitest';
import { statusWithFaults } from '../src/fault.js';
import { READY, canPrint, statusByte } from '../src/status.js';

describe('DLE EOT status bytes', () => {
  it('ready: 0x12 for n = 1..4, nothing for other n', () => {
    expect([1, 2, 3, 4].map((n) => statusByte(n, READY))).toEqual([0x12, 0x12, 0x12, 0x12]);
    expect(statusByte(5, READY)).toBeNull();
  });

  it('each condition sets its Epson bits and only those', () => {
    const all = (s: Partial<typeof READY>): (number | null)[] => [1, 2, 3, 4].map((n) => statusByte(n, { ...READY, ...s }));
    expect(all({ online: false })).toEqual([0x1a, 0x12, 0x12, 0x12]);
    expect(all({ coverOpen: true })).toEqual([0x1a, 0x16, 0x12, 0x12]);
    expect(all({ paperOut: true })).toEqual([0x1a, 0x32, 0x12, 0x72]);
    expect(all({ paperNearEnd: true })).toEqual([0x12, 0x12, 0x12, 0x1e]);
    expect(all({ error: true })).toEqual([0x1a, 0x52, 0x32, 0x12]);
  });

  it('paper near end still prints; the other conditions stop printing', () => {
    expect(canPrint({ ...READY, paperNearEnd: true })).toBe(true);
    for (const s of [{ online: false }, { coverOpen: true }, { paperOut: true }, { error: true }]) {
      expect(canPrint({ ...READY, ...s })).toBe(false);
    }
  });

  it('faults add to the configured status', () => {
    expect(statusWithFaults(READY, [{ kind: 'paper-out' }, { kind: 'no-answer' }])).toEqual({ ...READY, paperOut: true });
    expect(statusWithFaults({ ...READY, paperNearEnd: true }, [{ kind: 'cover-open' }])).toEqual({
      ...READY,
      paperNearEnd: true,
      coverOpen: true,
    });
  });
});
