import { announcementPhrases, sentencePhrases } from '@motcua/core';
import type { ClipId } from '@motcua/core';
import type { AudioBackend } from './AudioBackend.js';

/** One call to say: the ticket label, the counter, how many times, and whether it is a recall. */
export interface Announcement {
  label: string;
  counterNumber: number;
  /** How many times the sentence is said; default 2, clamped to 1..5. [V16] */
  repeat?: number;
  /** A recall (gọi lại): said again even if the label was said before. [V17] */
  recall?: boolean;
  /** Wall-clock ms of the call, for stale skipping; default: when it is enqueued. [V19] */
  at?: number;
}

export interface QueuedAnnouncement {
  seq: number;
  label: string;
  counterNumber: number;
  repeat: number;
  recall: boolean;
  at: number;
  /** The clips of the first saying (chime + sentence) and of every later one (sentence). */
  first: ClipId[];
  again: ClipId[];
}

export interface ScheduledClip {
  id: ClipId;
  atMs: number;
  durationMs: number;
}

/** What was handed to the audio backend for one announcement. [V21] */
export interface ScheduledAnnouncement {
  seq: number;
  label: string;
  counterNumber: number;
  recall: boolean;
  repeat: number;
  startMs: number;
  endMs: number;
  clips: ScheduledClip[];
}

export type DropReason = 'stale' | 'duplicate' | 'overflow' | 'cleared';

export type QueueEvent =
  | { type: 'scheduled'; announcement: ScheduledAnnouncement }
  | { type: 'dropped'; reason: DropReason; announcement: QueuedAnnouncement }
  | { type: 'error'; announcement: QueuedAnnouncement; error: unknown };

export interface AnnouncementQueueOptions {
  backend: AudioBackend;
  /** Waits on the audio clock (default: setTimeout). A fake clock advances instead. */
  sleep?: (ms: number) => Promise<void>;
  /** Wall clock for stale skipping (default Date.now). */
  clock?: () => number;
  /** Default repetitions (2). */
  repeat?: number;
  /** Pause between two sayings of one announcement (700 ms). [V16] */
  repeatGapMs?: number;
  /** Pause between two announcements (500 ms). [V14] */
  betweenMs?: number;
  /** How far ahead of "now" the first clip is scheduled (100 ms), so it is never in the past. */
  leadMs?: number;
  /** Above this many waiting announcements, older duplicates of a label are dropped (20). [V18] */
  maxPending?: number;
  /** A last-resort bound on distinct waiting announcements; the oldest go (200). [V18] */
  hardLimit?: number;
  /** Announcements older than this when they reach the front are dropped (default: never). [V19] */
  maxAgeMs?: number;
  /** How many scheduled announcements `scheduledLog()` keeps (50). [V21] */
  logSize?: number;
  onEvent?: (event: QueueEvent) => void;
}

const MAX_REPEAT = 5;
const MIN_POLL_MS = 50;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Says announcements strictly one after another on an injected audio backend: never two at
 * once, none dropped except by the documented bounds. [V14]–[V21] in docs/spec/voice.md.
 */
export class AnnouncementQueue {
  readonly #backend: AudioBackend;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #clock: () => number;
  readonly #repeat: number;
  readonly #repeatGapMs: number;
  readonly #betweenMs: number;
  readonly #leadMs: number;
  readonly #maxPending: number;
  readonly #hardLimit: number;
  readonly #logSize: number;
  readonly #onEvent: ((event: QueueEvent) => void) | undefined;
  #maxAgeMs: number;
  #pending: QueuedAnnouncement[] = [];
  #current: QueuedAnnouncement | undefined;
  #log: ScheduledAnnouncement[] = [];
  #lastEndMs = Number.NEGATIVE_INFINITY;
  #seq = 0;
  #running = false;
  #disposed = false;
  #idleWaiters: (() => void)[] = [];

  constructor(options: AnnouncementQueueOptions) {
    this.#backend = options.backend;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#clock = options.clock ?? Date.now;
    this.#repeat = clampRepeat(options.repeat ?? 2);
    this.#repeatGapMs = options.repeatGapMs ?? 700;
    this.#betweenMs = options.betweenMs ?? 500;
    this.#leadMs = options.leadMs ?? 100;
    this.#maxPending = options.maxPending ?? 20;
    this.#hardLimit = Math.max(options.hardLimit ?? 200, this.#maxPending);
    this.#maxAgeMs = options.maxAgeMs ?? Number.POSITIVE_INFINITY;
    this.#logSize = options.logSize ?? 50;
    this.#onEvent = options.onEvent;
  }

  /**
   * Adds a call to the back of the queue and starts saying it when its turn comes.
   * Throws a RangeError at once for a label or counter that cannot be read.
   */
  enqueue(announcement: Announcement): QueuedAnnouncement {
    const subject = { label: announcement.label, counterNumber: announcement.counterNumber };
    const first = announcementPhrases(subject);
    const queued: QueuedAnnouncement = {
      seq: ++this.#seq,
      label: announcement.label,
      counterNumber: announcement.counterNumber,
      repeat: clampRepeat(announcement.repeat ?? this.#repeat),
      recall: announcement.recall ?? false,
      at: announcement.at ?? this.#clock(),
      first,
      again: sentencePhrases(subject),
    };
    if (this.#disposed) return queued;
    this.#pending.push(queued);
    this.#bound();
    void this.#pump();
    return queued;
  }

  /**
   * [V19] From now on, drops announcements older than `maxAgeMs` when they reach the front,
   * and drops the waiting ones already that old (e.g. after a reconnect). Returns those.
   */
  skipStale(maxAgeMs: number): QueuedAnnouncement[] {
    this.#maxAgeMs = maxAgeMs;
    const now = this.#clock();
    const stale = this.#pending.filter((a) => now - a.at > maxAgeMs);
    this.#pending = this.#pending.filter((a) => now - a.at <= maxAgeMs);
    for (const a of stale) this.#emit({ type: 'dropped', reason: 'stale', announcement: a });
    return stale;
  }

  /** Drops every waiting announcement (the one being said finishes). */
  clear(): void {
    const dropped = this.#pending;
    this.#pending = [];
    for (const a of dropped) this.#emit({ type: 'dropped', reason: 'cleared', announcement: a });
  }

  /** Stops: drops what waits, accepts nothing more, and stops waiting on the audio clock. */
  dispose(): void {
    this.clear();
    this.#disposed = true;
    this.#resolveIdle();
  }

  /** The announcements waiting, oldest first (not the one being said). */
  pending(): readonly QueuedAnnouncement[] {
    return [...this.#pending];
  }

  /** The announcement being said, if any. */
  playing(): QueuedAnnouncement | undefined {
    return this.#current;
  }

  /** [V21] The last scheduled announcements (at most `logSize`), oldest first. */
  scheduledLog(): readonly ScheduledAnnouncement[] {
    return [...this.#log];
  }

  /** Resolves when nothing is waiting or being said. */
  idle(): Promise<void> {
    if (!this.#running && this.#pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** [V18] Keeps the waiting list bounded; the announcement being said is never touched. */
  #bound(): void {
    while (this.#pending.length > this.#maxPending) {
      const index = this.#pending.findIndex((a, i) => this.#pending.some((b, j) => j > i && b.label === a.label));
      if (index < 0) break;
      const [dropped] = this.#pending.splice(index, 1);
      if (dropped) this.#emit({ type: 'dropped', reason: 'duplicate', announcement: dropped });
    }
    while (this.#pending.length > this.#hardLimit) {
      const dropped = this.#pending.shift();
      if (dropped) this.#emit({ type: 'dropped', reason: 'overflow', announcement: dropped });
    }
  }

  async #pump(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      for (let next = this.#pending.shift(); next && !this.#disposed; next = this.#pending.shift()) {
        this.#current = next;
        if (this.#clock() - next.at > this.#maxAgeMs) {
          this.#emit({ type: 'dropped', reason: 'stale', announcement: next });
          continue;
        }
        try {
          await this.#say(next);
        } catch (error) {
          this.#emit({ type: 'error', announcement: next, error });
        }
      }
    } finally {
      this.#current = undefined;
      this.#running = false;
      this.#resolveIdle();
    }
  }

  /** [V14][V16][V22] Schedules one announcement's clips back to back, then waits for its end. */
  async #say(a: QueuedAnnouncement): Promise<void> {
    const ids = [...new Set([...a.first, ...a.again])];
    const loaded = await Promise.all(ids.map(async (id) => [id, (await this.#backend.loadClip(id)).durationMs] as const));
    const duration = new Map<ClipId, number>(loaded);
    const startMs = Math.max(this.#backend.now() + this.#leadMs, this.#lastEndMs + this.#betweenMs);
    const clips: ScheduledClip[] = [];
    let t = startMs;
    for (let r = 0; r < a.repeat; r++) {
      if (r > 0) t += this.#repeatGapMs;
      for (const id of r === 0 ? a.first : a.again) {
        const durationMs = duration.get(id) ?? 0;
        clips.push({ id, atMs: t, durationMs });
        t += durationMs;
      }
    }
    this.#lastEndMs = t;
    const scheduled: ScheduledAnnouncement = {
      seq: a.seq,
      label: a.label,
      counterNumber: a.counterNumber,
      recall: a.recall,
      repeat: a.repeat,
      startMs,
      endMs: t,
      clips,
    };
    this.#log.push(scheduled);
    if (this.#log.length > this.#logSize) this.#log.splice(0, this.#log.length - this.#logSize);
    for (const clip of clips) this.#backend.play(clip.id, clip.atMs);
    this.#emit({ type: 'scheduled', announcement: scheduled });
    while (!this.#disposed && this.#backend.now() < t) {
      await this.#sleep(Math.max(t - this.#backend.now(), MIN_POLL_MS));
    }
  }

  #emit(event: QueueEvent): void {
    this.#onEvent?.(event);
  }

  #resolveIdle(): void {
    if (this.#running && !this.#disposed) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function clampRepeat(repeat: number): number {
  if (!Number.isFinite(repeat)) return 1;
  return Math.min(MAX_REPEAT, Math.max(1, Math.floor(repeat)));
}
