import type { ClipId, VoiceManifest } from '@motcua/core';
import type { AudioBackend } from './AudioBackend.js';

/** The parts of a Web Audio `AudioContext` the backend uses (a real one fits). */
export interface AudioContextLike<B extends { readonly duration: number }> {
  readonly currentTime: number;
  readonly destination: AudioNodeLike;
  createGain(): AudioNodeLike & { readonly gain: { value: number } };
  createBufferSource(): AudioNodeLike & {
    buffer: B | null;
    onended: ((this: never, ev: Event) => unknown) | null;
    start(when?: number): void;
    stop(when?: number): void;
  };
  decodeAudioData(data: ArrayBuffer): Promise<B>;
  resume(): Promise<void>;
}

export interface AudioNodeLike {
  connect(destination: never): unknown;
  disconnect(): void;
}

export interface WebAudioBackend extends AudioBackend {
  /** 0..1 (clamped); kept while muted. [V20] */
  setVolume(volume: number): void;
  volume(): number;
  setMuted(muted: boolean): void;
  muted(): boolean;
  /** Loads every clip of the manifest now, so the first call has no fetch delay. */
  preload(): Promise<void>;
  /** Stops every clip already scheduled (when the page closes the voice). */
  stop(): void;
  /** Resumes a suspended context (autoplay policies). */
  resume(): Promise<void>;
}

export interface WebAudioBackendOptions {
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
  volume?: number;
  muted?: boolean;
}

/**
 * [V20] Plays a voice set with Web Audio: each clip fetched from `baseUrl` + its manifest
 * file and decoded once, scheduled with `AudioBufferSourceNode.start(when)` through one
 * GainNode (volume, mute). `baseUrl` is the set's folder as the page sees it, e.g.
 * `/tv/voice/default/`.
 */
export function createWebAudioBackend<B extends { readonly duration: number }>(
  baseUrl: string,
  manifest: VoiceManifest,
  audioContext: AudioContextLike<B>,
  options: WebAudioBackendOptions = {},
): WebAudioBackend {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const fetchClip = options.fetch ?? ((url: string) => globalThis.fetch(url));
  const gain = audioContext.createGain();
  gain.connect(audioContext.destination as never);
  let volume = clamp01(options.volume ?? 1);
  let muted = options.muted ?? false;
  const apply = (): void => {
    gain.gain.value = muted ? 0 : volume;
  };
  apply();

  const buffers = new Map<ClipId, Promise<B>>();
  const decoded = new Map<ClipId, B>();
  const active = new Set<ReturnType<AudioContextLike<B>['createBufferSource']>>();

  const load = (id: ClipId): Promise<B> => {
    let pending = buffers.get(id);
    if (!pending) {
      pending = (async () => {
        const url = base + manifest[id].file;
        const response = await fetchClip(url);
        if (!response.ok) throw new Error(`voice clip ${id}: HTTP ${response.status} for ${url}`);
        const buffer = await audioContext.decodeAudioData(await response.arrayBuffer());
        decoded.set(id, buffer);
        return buffer;
      })();
      // a failed load is forgotten, so the next announcement tries again
      pending.catch(() => buffers.delete(id));
      buffers.set(id, pending);
    }
    return pending;
  };

  return {
    now: () => audioContext.currentTime * 1000,
    async loadClip(id) {
      const buffer = await load(id);
      return { durationMs: buffer.duration * 1000 };
    },
    play(id, atMs) {
      const buffer = decoded.get(id);
      if (!buffer) throw new Error(`voice clip ${id} played before it was loaded`);
      const source = audioContext.createBufferSource();
      source.buffer = buffer;
      source.connect(gain as never);
      source.onended = () => {
        active.delete(source);
        source.disconnect();
      };
      active.add(source);
      source.start(Math.max(0, atMs / 1000));
    },
    setVolume(next) {
      volume = clamp01(next);
      apply();
    },
    volume: () => volume,
    setMuted(next) {
      muted = next;
      apply();
    },
    muted: () => muted,
    async preload() {
      await Promise.all((Object.keys(manifest) as ClipId[]).map(load));
    },
    stop() {
      for (const source of active) {
        source.onended = null;
        source.stop();
        source.disconnect();
      }
      active.clear();
    },
    resume: () => audioContext.resume(),
  };
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 1;
}
