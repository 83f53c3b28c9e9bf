import { announcementPhrases, sentencePhrases } from '@motcua/core';
import type { ClipId } from '@motcua/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnnouncementQueue } from './AnnouncementQueue.js';
import type { AnnouncementQueueOptions, QueueEvent } from './AnnouncementQueue.js';
import { createFakeAudioBackend } from './createFakeAudioBackend.js';
import type { FakeAudioBackend } from './createFakeAudioBackend.js';

/** Durations that differ per clip, so a wrong offset shows. */
const durationOf = (id: ClipId): number => 100 + id.length * 10;

function setup(options: Partial<AnnouncementQueueOptions> & { autoAdvance?: boolean; wall?: { now: number } } = {}) {
  const backend = createFakeAudioBackend({ durationMs: durationOf, autoAdvance: options.autoAdvance ?? true });
  const events: QueueEvent[] = [];
  const wall = options.wall ?? { now: 1_000_000 };
  const queue = new AnnouncementQueue({
    backend,
    sleep: (ms) => backend.sleep(ms),
    clock: () => wall.now,
    onEvent: (e) => events.push(e),
    ...options,
  });
  return { backend, queue, events, wall };
}

/** [V14] No clip starts before the previous one ended. */
function expectNoOverlap(backend: FakeAudioBackend): void {
  const clips = [...backend.played].sort((a, b) => a.atMs - b.atMs);
  for (let i = 1; i < clips.length; i++) {
    const prev = clips[i - 1];
    const clip = clips[i];
    if (!prev || !clip) continue;
    expect(clip.atMs).toBeGreaterThanOrEqual(prev.atMs + durationOf(prev.id));
  }
}

describe('AnnouncementQueue', () => {
  it('[V14][V15] simultaneous calls are all said, in order, one after another', async () => {
    const { backend, queue } = setup();
    const calls = [
      { label: 'A025', counterNumber: 3 },
      { label: 'B001', counterNumber: 1 },
      { label: 'A026', counterNumber: 12 },
      { label: 'C105', counterNumber: 21 },
    ];
    for (const call of calls) queue.enqueue(call);
    await queue.idle();
    const log = queue.scheduledLog();
    expect(log.map((a) => [a.label, a.counterNumber])).toEqual(calls.map((c) => [c.label, c.counterNumber]));
    for (let i = 1; i < log.length; i++) {
      expect(log[i]?.startMs).toBeGreaterThanOrEqual((log[i - 1]?.endMs ?? Infinity) + 500);
    }
    const expected = calls.flatMap((c) => [...announcementPhrases(c), ...sentencePhrases(c)]);
    expect(backend.played.map((p) => p.id)).toEqual(expected);
    expectNoOverlap(backend);
  });

  it('[V14] a call arriving while one is being said waits for its end', async () => {
    const { backend, queue } = setup({ autoAdvance: false });
    queue.enqueue({ label: 'A1', counterNumber: 1 });
    await backend.advance(0);
    const first = queue.scheduledLog()[0];
    expect(first).toBeDefined();
    queue.enqueue({ label: 'A2', counterNumber: 2 });
    await backend.advance((first?.endMs ?? 0) - 1 - backend.now());
    expect(queue.scheduledLog()).toHaveLength(1);
    expect(queue.playing()?.label).toBe('A1');
    expect(queue.pending().map((a) => a.label)).toEqual(['A2']);
    await backend.advance(10);
    const second = queue.scheduledLog()[1];
    expect(second?.label).toBe('A2');
    expect(second?.startMs).toBeGreaterThanOrEqual((first?.endMs ?? Infinity) + 500);
    await backend.advance(60_000);
    await queue.idle();
    expectNoOverlap(backend);
  });

  it('[V14][V15] any interleaving of calls and time: every call said once, in order, never overlapping', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ n: fc.integer({ min: 1, max: 999 }), counter: fc.integer({ min: 1, max: 30 }), wait: fc.integer({ min: 0, max: 9000 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        async (calls) => {
          const { backend, queue } = setup({ autoAdvance: false });
          for (const call of calls) {
            queue.enqueue({ label: `A${call.n}`, counterNumber: call.counter });
            await backend.advance(call.wait);
          }
          await backend.advance(calls.length * 20_000);
          await queue.idle();
          expect(queue.scheduledLog().map((a) => a.label)).toEqual(calls.map((c) => `A${c.n}`));
          expectNoOverlap(backend);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('[V16] said twice by default: chime only before the first, a pause between the two', async () => {
    const { queue } = setup();
    queue.enqueue({ label: 'A025', counterNumber: 3 });
    await queue.idle();
    const [said] = queue.scheduledLog();
    if (!said) throw new Error('nothing scheduled');
    const first = announcementPhrases({ label: 'A025', counterNumber: 3 });
    const again = sentencePhrases({ label: 'A025', counterNumber: 3 });
    expect(said.clips.map((c) => c.id)).toEqual([...first, ...again]);
    const firstEnd = said.startMs + first.reduce((s, id) => s + durationOf(id), 0);
    expect(said.clips[first.length]?.atMs).toBe(firstEnd + 700);
    expect(said.endMs).toBe(firstEnd + 700 + again.reduce((s, id) => s + durationOf(id), 0));
    // [V22] each clip starts where the previous one ends, within a saying
    for (let i = 1; i < said.clips.length; i++) {
      if (i === first.length) continue;
      const prev = said.clips[i - 1];
      expect(said.clips[i]?.atMs).toBe((prev?.atMs ?? 0) + (prev?.durationMs ?? 0));
    }
  });

  it('[V16] the repeat count is configurable per queue and per call, and clamped to 1..5', async () => {
    const { queue } = setup({ repeat: 1 });
    queue.enqueue({ label: 'A1', counterNumber: 1 });
    queue.enqueue({ label: 'A2', counterNumber: 1, repeat: 3 });
    queue.enqueue({ label: 'A3', counterNumber: 1, repeat: 99 });
    queue.enqueue({ label: 'A4', counterNumber: 1, repeat: 0 });
    await queue.idle();
    const log = queue.scheduledLog();
    expect(log.map((a) => a.repeat)).toEqual([1, 3, 5, 1]);
    expect(log.map((a) => a.clips.filter((c) => c.id === 'den-quay-so').length)).toEqual([1, 3, 5, 1]);
    expect(log.map((a) => a.clips.filter((c) => c.id === 'chime').length)).toEqual([1, 1, 1, 1]);
  });

  it('[V17] a recall is said again, marked as a recall, even for a label already said or waiting', async () => {
    const { queue } = setup();
    queue.enqueue({ label: 'A025', counterNumber: 3 });
    queue.enqueue({ label: 'A025', counterNumber: 3, recall: true });
    await queue.idle();
    queue.enqueue({ label: 'A025', counterNumber: 3, recall: true });
    await queue.idle();
    expect(queue.scheduledLog().map((a) => [a.label, a.recall])).toEqual([
      ['A025', false],
      ['A025', true],
      ['A025', true],
    ]);
  });

  it('[V18] over 20 waiting, the oldest waiting duplicates of a label go; the one being said stays', async () => {
    const { backend, queue, events } = setup({ autoAdvance: false });
    queue.enqueue({ label: 'A1', counterNumber: 1 });
    await backend.advance(0);
    for (let i = 0; i < 100; i++) queue.enqueue({ label: `B${i % 5}`, counterNumber: 2 + (i % 3), at: 1_000_000 + i });
    expect(queue.playing()?.label).toBe('A1');
    expect(queue.pending().length).toBeLessThanOrEqual(20);
    // the newest call of every label is kept
    for (let k = 0; k < 5; k++) expect(queue.pending().some((a) => a.label === `B${k}` && a.at >= 1_000_095)).toBe(true);
    const dropped = events.filter((e) => e.type === 'dropped');
    expect(dropped.every((e) => e.type === 'dropped' && e.reason === 'duplicate')).toBe(true);
    expect(dropped.length + queue.pending().length).toBe(100);
  });

  it('[V18] distinct labels are never dropped by the bound, even past 20', async () => {
    const { queue, events } = setup();
    for (let i = 0; i < 35; i++) queue.enqueue({ label: `A${i}`, counterNumber: 1 });
    await queue.idle();
    expect(events.filter((e) => e.type === 'dropped')).toEqual([]);
    expect(queue.scheduledLog().length).toBe(35);
  });

  it('[V18][V21] past the hard limit the oldest waiting go; memory and the log stay flat under a flood', async () => {
    const { backend, queue, events } = setup({ autoAdvance: false, hardLimit: 40, logSize: 10 });
    for (let i = 0; i < 1000; i++) queue.enqueue({ label: `A${i}`, counterNumber: 1 });
    expect(queue.pending().length).toBe(40);
    expect(queue.pending()[0]?.label).toBe('A960');
    expect(events.filter((e) => e.type === 'dropped' && e.reason === 'overflow').length).toBe(1000 - 40 - 1);
    await backend.advance(41 * 60_000);
    await queue.idle();
    expect(queue.scheduledLog().length).toBe(10);
    expect(queue.scheduledLog().at(-1)?.label).toBe('A999');
  });

  it('[V19] calls older than maxAgeMs when they reach the front are dropped, not said', async () => {
    const { queue, events, wall } = setup({ maxAgeMs: 30_000 });
    queue.enqueue({ label: 'A1', counterNumber: 1, at: wall.now - 60_000 });
    queue.enqueue({ label: 'A2', counterNumber: 2, at: wall.now - 5_000 });
    await queue.idle();
    expect(queue.scheduledLog().map((a) => a.label)).toEqual(['A2']);
    expect(events.some((e) => e.type === 'dropped' && e.reason === 'stale' && e.announcement.label === 'A1')).toBe(true);
  });

  it('[V19] skipStale drops waiting calls older than the limit at once (after a reconnect)', async () => {
    const { backend, queue, wall } = setup({ autoAdvance: false });
    queue.enqueue({ label: 'A1', counterNumber: 1 });
    await backend.advance(0);
    queue.enqueue({ label: 'A2', counterNumber: 1, at: wall.now - 120_000 });
    queue.enqueue({ label: 'A3', counterNumber: 1, at: wall.now - 1_000 });
    queue.enqueue({ label: 'A4', counterNumber: 1 });
    const dropped = queue.skipStale(60_000);
    expect(dropped.map((a) => a.label)).toEqual(['A2']);
    expect(queue.pending().map((a) => a.label)).toEqual(['A3', 'A4']);
    wall.now += 59_500; // A3 is now 60.5 s old: dropped when it reaches the front
    await backend.advance(120_000);
    await queue.idle();
    expect(queue.scheduledLog().map((a) => a.label)).toEqual(['A1', 'A4']);
  });

  it('a clip that fails to load reports an error and the queue goes on', async () => {
    const backend = createFakeAudioBackend({ failing: ['letter-z'] });
    const events: QueueEvent[] = [];
    const queue = new AnnouncementQueue({ backend, sleep: (ms) => backend.sleep(ms), onEvent: (e) => events.push(e) });
    queue.enqueue({ label: 'Z1', counterNumber: 1 });
    queue.enqueue({ label: 'A1', counterNumber: 1 });
    await queue.idle();
    expect(events.filter((e) => e.type === 'error').map((e) => e.announcement.label)).toEqual(['Z1']);
    expect(queue.scheduledLog().map((a) => a.label)).toEqual(['A1']);
  });

  it('refuses an unreadable label at once; after dispose nothing more is said', async () => {
    const { backend, queue } = setup();
    expect(() => queue.enqueue({ label: 'Đ1', counterNumber: 1 })).toThrow(RangeError);
    queue.dispose();
    queue.enqueue({ label: 'A1', counterNumber: 1 });
    await queue.idle();
    expect(backend.played).toEqual([]);
  });
});
