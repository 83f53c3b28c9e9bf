// Keyboard-wedge barcode detection: a pure state machine over keydown records.
// Browser-safe: no Node or DOM imports.
import { MODIFIER_KEYS, characterOf, terminatorOf, type Terminator, type WedgeKey } from './wedgeKeymap.js';

export interface WedgeOptions {
  /** Longest gap between two keys of one scan, in ms. Scanners send a key every 1–15 ms; people type ≥ 60 ms apart. Default 35. */
  maxGapMs?: number;
  /** Shortest accepted code (shorter bursts are let through as typing). Default 4. */
  minLength?: number;
  /** Longest code; a longer burst is dropped. Default 256. */
  maxLength?: number;
  /** Keys that end a scan. Default `['Enter', 'Tab']`. */
  terminators?: readonly Terminator[];
  /**
   * How many keys of a burst reach the page before the detector starts swallowing them, when the
   * key goes to an editable field (a key can only be told from typing once a second one follows
   * fast). Default 2: a fast two-key roll-over of a person typing is never eaten. Keys outside
   * editable fields (`editable: false`) are swallowed from the first one.
   */
  leadKeys?: number;
}

export interface WedgeResult {
  /** True when the caller should stop the key (preventDefault + stopPropagation). */
  consumed: boolean;
  /** The scanned code, on the terminator key that completed it. */
  scan?: string;
  /** The first characters of `scan` that were not consumed (they reached the focused field). */
  leaked?: string;
}

export interface WedgeDetector {
  /** Feeds one keydown. `editable` says whether the key goes to a text field (unknown → true). */
  push(key: WedgeKey, editable?: boolean): WedgeResult;
  /** Forgets a half-read burst (e.g. when the page loses focus). */
  reset(): void;
}

const DEFAULTS = { maxGapMs: 35, minLength: 4, maxLength: 256, terminators: ['Enter', 'Tab'] as const, leadKeys: 2 };

/**
 * Builds a detector. Rules, per key:
 * - a character key more than `maxGapMs` after the previous key starts a new burst;
 * - a terminator within `maxGapMs` of a burst of ≥ `minLength` characters completes a scan and is
 *   consumed; any other terminator passes through and clears the burst;
 * - auto-repeat, Ctrl/Alt/Meta chords and non-character keys clear the burst and pass through;
 * - Shift/CapsLock/NumLock keep the burst (scanners press Shift for capitals).
 * There are no timers: a burst that stops without a terminator is dropped on the next key.
 */
export function createWedgeDetector(options: WedgeOptions = {}): WedgeDetector {
  const maxGapMs = options.maxGapMs ?? DEFAULTS.maxGapMs;
  const minLength = Math.max(1, options.minLength ?? DEFAULTS.minLength);
  const maxLength = options.maxLength ?? DEFAULTS.maxLength;
  const terminators: readonly Terminator[] = options.terminators ?? DEFAULTS.terminators;
  const leadKeys = Math.max(0, options.leadKeys ?? DEFAULTS.leadKeys);

  let chars: string[] = [];
  let leaked = '';
  let lastAt: number | null = null;

  const reset = (): void => {
    chars = [];
    leaked = '';
    lastAt = null;
  };
  const inTime = (t: number): boolean => lastAt !== null && t - lastAt >= 0 && t - lastAt <= maxGapMs;

  const push = (k: WedgeKey, editable = true): WedgeResult => {
    const t = k.timeStamp;
    if (k.repeat) {
      reset();
      return { consumed: false };
    }
    if (MODIFIER_KEYS.has(k.key)) {
      if (chars.length === 0 || !inTime(t)) return { consumed: false };
      lastAt = t;
      return { consumed: chars.length > leaked.length };
    }
    const terminator = terminatorOf(k);
    if (terminator) {
      const done = terminators.includes(terminator) && inTime(t) && chars.length >= minLength;
      if (!done) {
        reset();
        return { consumed: false };
      }
      const result: WedgeResult = { consumed: true, scan: chars.join('') };
      if (leaked) result.leaked = leaked;
      reset();
      return result;
    }
    const ch = characterOf(k);
    if (ch === null) {
      reset();
      return { consumed: false };
    }
    if (!inTime(t)) reset();
    chars.push(ch);
    lastAt = t;
    if (chars.length > maxLength) {
      reset();
      return { consumed: false };
    }
    // Keys are swallowed from the first one outside a text field; inside one, once the burst
    // has `leadKeys` keys (and every later key of the burst).
    const swallowing = chars.length - 1 > leaked.length;
    const swallow = swallowing || !editable || chars.length > leadKeys;
    if (!swallow) leaked += ch;
    return { consumed: swallow };
  };

  return { push, reset };
}
