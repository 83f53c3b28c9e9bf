import type { ClipId } from '@motcua/core';
import type { AudioBackend } from './AudioBackend.js';

export interface FakeAudioBackendOptions {
  /** Each clip's duration in ms (default 300 for every clip). */
  durationMs?: (id: ClipId) => number;
  /** Clips whose loading fails. */
  failing?: readonly ClipId[];
  /**
   * true (default): `sleep(ms)` moves the clock forward by `ms` at once, so a queue runs to
   * the end without a test driving it. false: time moves only with `advance`.
   */
  autoAdvance?: boolean;
}

export interface FakeAudioBackend extends AudioBackend {
  /** Everything `play` was asked to do, in call order. */
  readonly played: { id: ClipId; atMs: number }[];
  /** How many times each clip was loaded. */
  readonly loads: Map<ClipId, number>;
  /** A sleep on this fake clock, to pass to the queue. */
  sleep(ms: number): Promise<void>;
  /** Moves the clock forward, waking every sleeper whose time has come, in time order. */
  advance(ms: number): Promise<void>;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A fake audio clock for tests: no sound, exact times, a record of every scheduled clip. */
export function createFakeAudioBackend(options: FakeAudioBackendOptions = {}): FakeAudioBackend {
  const durationMs = options.durationMs ?? (() => 300);
  const failing = new Set(options.failing ?? []);
  const autoAdvance = options.autoAdvance ?? true;
  const played: { id: ClipId; atMs: number }[] = [];
  const loads = new Map<ClipId, number>();
  let sleepers: { until: number; wake: () => void }[] = [];
  let now = 0;

  return {
    played,
    loads,
    now: () => now,
    async loadClip(id) {
      loads.set(id, (loads.get(id) ?? 0) + 1);
      if (failing.has(id)) throw new Error(`cannot load clip ${id}`);
      return { durationMs: durationMs(id) };
    },
    play(id, atMs) {
      played.push({ id, atMs });
    },
    sleep(ms) {
      if (autoAdvance) {
        now += Math.max(0, ms);
        return Promise.resolve();
      }
      return new Promise((wake) => sleepers.push({ until: now + Math.max(0, ms), wake }));
    },
    async advance(ms) {
      const target = now + ms;
      for (;;) {
        await settle();
        const due = sleepers.filter((s) => s.until <= target).sort((a, b) => a.until - b.until)[0];
        if (!due) break;
        sleepers = sleepers.filter((s) => s !== due);
        now = Math.max(now, due.until);
        due.wake();
      }
      now = target;
      await settle();
    },
  };
}
