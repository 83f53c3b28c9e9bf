import type { WedgeKey } from '../src/wedge.js';

/** US-layout keydown records for a text, one key every `gapMs` from `start` (Shift for capitals). */
export function keysOf(text: string, start: number, gapMs: number): WedgeKey[] {
  const keys: WedgeKey[] = [];
  let t = start;
  for (const ch of text) {
    keys.push({ ...keyFor(ch), timeStamp: t });
    t += gapMs;
  }
  return keys;
}

export function keyFor(ch: string): Omit<WedgeKey, 'timeStamp'> {
  if (/[A-Z]/.test(ch)) return { key: ch, code: `Key${ch}`, shiftKey: true };
  if (/[a-z]/.test(ch)) return { key: ch, code: `Key${ch.toUpperCase()}`, shiftKey: false };
  if (/[0-9]/.test(ch)) return { key: ch, code: `Digit${ch}`, shiftKey: false };
  const named: Record<string, string> = { '-': 'Minus', '.': 'Period', '/': 'Slash', ' ': 'Space' };
  const code = named[ch];
  if (!code) throw new Error(`no key for ${ch}`);
  return { key: ch, code, shiftKey: false };
}

export const enter = (timeStamp: number): WedgeKey => ({ key: 'Enter', code: 'Enter', shiftKey: false, timeStamp });
