import { describe, expect, it } from 'vitest';
import { attachWedgeListener, characterOf, createWedgeDetector, listenForScans, type KeydownEventLike, type KeydownTarget, type WedgeKey, type WedgeResult } from '../src/wedge.js';
import { enter, keyFor, keysOf } from './keys.js';

const DOSSIER = 'H15.50.05.13-261008-0975';

function feed(keys: WedgeKey[], editable = true, detector = createWedgeDetector()): WedgeResult[] {
  return keys.map((k) => detector.push(k, editable));
}
const scans = (results: WedgeResult[]): string[] => results.flatMap((r) => (r.scan === undefined ? [] : [r.scan]));

describe('keyboard-wedge detector', () => {
  it('reads a scanner burst of a dossier code ending in Enter, and consumes the terminator', () => {
    const keys = [...keysOf(DOSSIER, 1000, 4), enter(1000 + DOSSIER.length * 4)];
    const results = feed(keys, false);
    expect(scans(results)).toEqual([DOSSIER]);
    expect(results.every((r) => r.consumed)).toBe(true);
    expect(results.at(-1)?.leaked).toBeUndefined();
  });

  it('in a text field, lets the first two keys through and says which characters leaked', () => {
    const keys = [...keysOf(DOSSIER, 50, 8), enter(50 + DOSSIER.length * 8)];
    const results = feed(keys, true);
    expect(results.slice(0, 2).map((r) => r.consumed)).toEqual([false, false]);
    expect(results.slice(2).every((r) => r.consumed)).toBe(true);
    expect(results.at(-1)).toEqual({ consumed: true, scan: DOSSIER, leaked: 'H1' });
  });

  it('rejects a person typing the same code with Enter: nothing consumed, no scan', () => {
    const keys = [...keysOf(DOSSIER, 0, 140), enter(DOSSIER.length * 140)];
    const results = feed(keys);
    expect(scans(results)).toEqual([]);
    expect(results.some((r) => r.consumed)).toBe(false);
  });

  it('rejects fast typing that only briefly rolls two keys together', () => {
    // "th" rolled 20 ms apart inside otherwise 90 ms typing: never three keys within the gap.
    const times = [0, 90, 110, 200, 290, 380];
    const keys = [...'nthanh'].map((ch, i) => ({ ...keyFor(ch), timeStamp: times[i]! }));
    const results = feed([...keys, enter(470)]);
    expect(results.some((r) => r.consumed)).toBe(false);
    expect(scans(results)).toEqual([]);
  });

  it('reads a scan that arrives in the middle of typing, and typing goes on afterwards', () => {
    const typed = keysOf('abc', 0, 150);
    const scan = keysOf('A025', 1000, 5);
    const after = keysOf('xy', 2000, 150);
    const results = feed([...typed, ...scan, enter(1020), ...after, enter(2400)]);
    expect(scans(results)).toEqual(['A025']);
    expect(results.slice(0, 3).some((r) => r.consumed)).toBe(false);
    expect(results.slice(-3).some((r) => r.consumed)).toBe(false);
  });

  it('reads two scans back to back', () => {
    const a = [...keysOf('A025', 0, 3), enter(12)];
    const b = [...keysOf('B107', 400, 3), enter(412)];
    expect(scans(feed([...a, ...b], false))).toEqual(['A025', 'B107']);
  });

  it('reads keys rewritten by a Telex/VNI input method through event.code', () => {
    // Telex turns "dd" into đ and a vowel + "s" into a tone; VNI turns digits after a vowel into tones.
    const code = 'DD-A1S';
    const keys = keysOf(code, 0, 5);
    keys[1] = { ...keys[1]!, key: 'Đ' };
    keys[3] = { ...keys[3]!, key: 'Process' };
    keys[4] = { ...keys[4]!, key: 'Unidentified' };
    keys[5] = { ...keys[5]!, key: 'Á' };
    const results = feed([...keys, enter(30)], false);
    expect(scans(results)).toEqual([code]);
  });

  it('maps numpad keys, and shifted digits as on a US layout', () => {
    expect(characterOf({ key: 'Unidentified', code: 'Numpad7', shiftKey: false, timeStamp: 0 })).toBe('7');
    expect(characterOf({ key: 'Process', code: 'NumpadSubtract', shiftKey: false, timeStamp: 0 })).toBe('-');
    expect(characterOf({ key: 'Process', code: 'Period', shiftKey: false, timeStamp: 0 })).toBe('.');
    expect(characterOf({ key: 'Process', code: 'Digit1', shiftKey: true, timeStamp: 0 })).toBe('!');
    expect(characterOf({ key: 'Process', code: 'KeyQ', shiftKey: false, timeStamp: 0 })).toBe('q');
    expect(characterOf({ key: 'F5', code: 'F5', shiftKey: false, timeStamp: 0 })).toBeNull();
    expect(characterOf({ key: 'c', code: 'KeyC', shiftKey: false, ctrlKey: true, timeStamp: 0 })).toBeNull();
  });

  it('keeps a burst across the Shift presses a scanner sends for capitals', () => {
    const keys: WedgeKey[] = [];
    let t = 0;
    for (const ch of 'AB12') {
      if (/[A-Z]/.test(ch)) keys.push({ key: 'Shift', code: 'ShiftLeft', shiftKey: true, timeStamp: (t += 2) });
      keys.push({ ...keyFor(ch), timeStamp: (t += 2) });
    }
    expect(scans(feed([...keys, enter(t + 2)], false))).toEqual(['AB12']);
  });

  it('times out: a burst that stops is not completed by a late Enter, which passes through', () => {
    const keys = keysOf('A025', 0, 4);
    const results = feed([...keys, enter(16 + 500)], false);
    expect(scans(results)).toEqual([]);
    expect(results.at(-1)).toEqual({ consumed: false });
  });

  it('a burst interrupted by a long pause starts over and reads only what follows', () => {
    const first = keysOf('XYZ', 0, 4);
    const second = keysOf('A025', 300, 4);
    expect(scans(feed([...first, ...second, enter(316)], false))).toEqual(['A025']);
  });

  it('refuses codes shorter than minLength, honours maxGapMs, maxLength and the terminators option', () => {
    expect(scans(feed([...keysOf('A1', 0, 3), enter(6)], false))).toEqual([]);
    expect(scans(feed([...keysOf('A1', 0, 3), enter(6)], false, createWedgeDetector({ minLength: 2 })))).toEqual(['A1']);
    const slowScanner = [...keysOf('A025', 0, 50), enter(200)];
    expect(scans(feed(slowScanner, false))).toEqual([]);
    expect(scans(feed(slowScanner, false, createWedgeDetector({ maxGapMs: 60 })))).toEqual(['A025']);
    const tab: WedgeKey = { key: 'Tab', code: 'Tab', shiftKey: false, timeStamp: 16 };
    expect(scans(feed([...keysOf('A025', 0, 4), tab], false))).toEqual(['A025']);
    expect(scans(feed([...keysOf('A025', 0, 4), tab], false, createWedgeDetector({ terminators: ['Enter'] })))).toEqual([]);
    expect(scans(feed([...keysOf('A0251', 0, 4), enter(20)], false, createWedgeDetector({ maxLength: 4 })))).toEqual([]);
  });

  it('never treats auto-repeat of a held key as a scan', () => {
    const held: WedgeKey[] = Array.from({ length: 8 }, (_, i) => ({ ...keyFor('1'), timeStamp: i * 30, repeat: i > 0 }));
    const results = feed([...held, enter(240)]);
    expect(scans(results)).toEqual([]);
    expect(results.some((r) => r.consumed)).toBe(false);
  });

  it('reset() drops a half-read burst', () => {
    const d = createWedgeDetector();
    for (const k of keysOf('A025', 0, 3)) d.push(k, false);
    d.reset();
    expect(d.push(enter(12), false)).toEqual({ consumed: false });
  });
});

describe('attachWedgeListener', () => {
  class FakeTarget implements KeydownTarget {
    listeners: Array<{ fn: (e: KeydownEventLike) => void; capture: boolean }> = [];
    addEventListener(_t: 'keydown', fn: (e: KeydownEventLike) => void, o: { capture: boolean }): void {
      this.listeners.push({ fn, capture: o.capture });
    }
    removeEventListener(_t: 'keydown', fn: (e: KeydownEventLike) => void): void {
      this.listeners = this.listeners.filter((l) => l.fn !== fn);
    }
    dispatch(k: WedgeKey, target: unknown): { stopped: boolean; prevented: boolean } {
      const state = { stopped: false, prevented: false };
      const event: KeydownEventLike = {
        ...k,
        target,
        preventDefault: () => void (state.prevented = true),
        stopImmediatePropagation: () => void (state.stopped = true),
      };
      for (const l of this.listeners) l.fn(event);
      return state;
    }
  }

  it('listens in the capture phase, stops scanner keys, reports the code and the leaked part, and detaches', () => {
    const target = new FakeTarget();
    const got: string[] = [];
    const leaked: string[] = [];
    const detach = attachWedgeListener(target, (c) => got.push(c), { onLeaked: (l) => leaked.push(l) });
    expect(target.listeners).toHaveLength(1);
    expect(target.listeners[0]?.capture).toBe(true);
    const input = { tagName: 'INPUT', type: 'search' };
    const outcomes = [...keysOf('A025', 0, 3), enter(12)].map((k) => target.dispatch(k, input));
    expect(got).toEqual(['A025']);
    expect(leaked).toEqual(['A0']);
    expect(outcomes.map((o) => o.stopped)).toEqual([false, false, true, true, true]);
    expect(outcomes.every((o) => o.stopped === o.prevented)).toBe(true);

    const body = { tagName: 'BODY' };
    const outside = [...keysOf('B107', 100, 3), enter(112)].map((k) => target.dispatch(k, body));
    expect(got).toEqual(['A025', 'B107']);
    expect(outside.every((o) => o.stopped)).toBe(true);

    detach();
    expect(target.listeners).toHaveLength(0);
  });

  it('lets a person type into a field untouched', () => {
    const target = new FakeTarget();
    const got: string[] = [];
    attachWedgeListener(target, (c) => got.push(c));
    const area = { tagName: 'TEXTAREA' };
    const outcomes = [...keysOf('Nguyen Van A', 0, 120), enter(2000)].map((k) => target.dispatch(k, area));
    expect(got).toEqual([]);
    expect(outcomes.some((o) => o.stopped || o.prevented)).toBe(false);
  });
});

describe('listenForScans', () => {
  it('hears wedge scans and, inside the shell, the bridge scans; stops both', () => {
    const listeners = new Set<(e: KeydownEventLike) => void>();
    let bridgeListener: ((s: { code: string; source: string }) => void) | null = null;
    const win = {
      addEventListener: (_t: 'keydown', l: (e: KeydownEventLike) => void) => void listeners.add(l),
      removeEventListener: (_t: 'keydown', l: (e: KeydownEventLike) => void) => void listeners.delete(l),
      motcua: {
        onScan: (cb: (s: { code: string; source: string }) => void) => {
          bridgeListener = cb;
          return () => (bridgeListener = null);
        },
      },
    };
    const got: Array<{ code: string; source: string }> = [];
    const stop = listenForScans(win, (s) => got.push(s));
    for (const k of [...keysOf('A025', 0, 3), enter(12)]) {
      for (const l of listeners) l({ ...k, target: null, preventDefault() {}, stopImmediatePropagation() {} });
    }
    bridgeListener!({ code: 'H15.50.05.13-261008-0975', source: 'hid:0c2e:0b61' });
    expect(got).toEqual([
      { code: 'A025', source: 'wedge' },
      { code: 'H15.50.05.13-261008-0975', source: 'hid:0c2e:0b61' },
    ]);
    stop();
    expect(listeners.size).toBe(0);
    expect(bridgeListener).toBeNull();
  });

  it('works in a plain browser without the bridge', () => {
    const target = { addEventListener() {}, removeEventListener() {} };
    const stop = listenForScans(target, () => {});
    expect(typeof stop).toBe('function');
    stop();
  });
});
