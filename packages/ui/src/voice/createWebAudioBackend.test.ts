import { REQUIRED_CLIPS, checkVoiceManifest } from '@motcua/core';
import type { VoiceManifest } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { createWebAudioBackend } from './createWebAudioBackend.js';
import type { AudioContextLike } from './createWebAudioBackend.js';

// Compile-time: a real AudioContext is what the backend accepts.
export const acceptsRealContext = (ctx: AudioContext): AudioContextLike<AudioBuffer> => ctx;

interface FakeBuffer {
  duration: number;
  bytes: number;
}

function fakeContext() {
  const log: string[] = [];
  const gain = { gain: { value: -1 }, connect: () => log.push('gain→out'), disconnect: () => undefined };
  const sources: { buffer: FakeBuffer | null; startedAt?: number; stopped: boolean; onended: (() => unknown) | null }[] = [];
  const ctx = {
    currentTime: 12.5,
    destination: { connect: () => undefined, disconnect: () => undefined },
    createGain: () => gain,
    createBufferSource() {
      const source = {
        buffer: null as FakeBuffer | null,
        onended: null as (() => unknown) | null,
        stopped: false,
        startedAt: undefined as number | undefined,
        connect: (to: unknown) => log.push(to === gain ? 'source→gain' : 'source→?'),
        disconnect: () => undefined,
        start(when?: number) {
          source.startedAt = when;
        },
        stop() {
          source.stopped = true;
        },
      };
      sources.push(source);
      return source;
    },
    decodeAudioData: async (data: ArrayBuffer): Promise<FakeBuffer> => ({ duration: data.byteLength / 1000, bytes: data.byteLength }),
    resume: async () => undefined,
  };
  return { ctx: ctx as unknown as AudioContextLike<FakeBuffer>, gain, sources, log };
}

function manifest(): VoiceManifest {
  const check = checkVoiceManifest(Object.fromEntries(REQUIRED_CLIPS.map((id) => [id, { file: `${id}.wav`, durationMs: 1 }])));
  if (!check.ok) throw new Error('test manifest incomplete');
  return check.manifest;
}

function fakeFetch(failFirst: string[] = []) {
  const urls: string[] = [];
  const fail = new Set(failFirst);
  const fetch = async (url: string) => {
    urls.push(url);
    if (fail.delete(url)) return { ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) };
    return { ok: true, status: 200, arrayBuffer: async () => new ArrayBuffer(250) };
  };
  return { fetch, urls };
}

describe('Web Audio backend', () => {
  it('[V20] fetches and decodes each clip once, from the set folder, even when asked at the same time', async () => {
    const { ctx } = fakeContext();
    const { fetch, urls } = fakeFetch();
    const backend = createWebAudioBackend('/tv/voice/default', manifest(), ctx, { fetch });
    const results = await Promise.all([backend.loadClip('ba'), backend.loadClip('ba'), backend.loadClip('chime')]);
    await backend.loadClip('ba');
    expect(urls).toEqual(['/tv/voice/default/ba.wav', '/tv/voice/default/chime.wav']);
    expect(results.map((r) => r.durationMs)).toEqual([250, 250, 250]);
  });

  it('[V20] schedules a loaded clip with start(when) in seconds on the context clock, through the gain', async () => {
    const { ctx, sources, log } = fakeContext();
    const backend = createWebAudioBackend('/tv/voice/default/', manifest(), ctx, fakeFetch());
    expect(backend.now()).toBe(12_500);
    await backend.loadClip('ba');
    backend.play('ba', 13_000);
    expect(sources).toHaveLength(1);
    expect(sources[0]?.startedAt).toBe(13);
    expect(sources[0]?.buffer?.bytes).toBe(250);
    expect(log).toEqual(['gain→out', 'source→gain']);
    expect(() => backend.play('tam', 13_000)).toThrow(/before it was loaded/);
  });

  it('[V20] volume and mute set the gain; mute keeps the volume for unmute', () => {
    const { ctx, gain } = fakeContext();
    const backend = createWebAudioBackend('/v/', manifest(), ctx, { ...fakeFetch(), volume: 0.8 });
    expect(gain.gain.value).toBe(0.8);
    backend.setMuted(true);
    expect(gain.gain.value).toBe(0);
    backend.setVolume(0.5);
    expect(gain.gain.value).toBe(0);
    backend.setMuted(false);
    expect(gain.gain.value).toBe(0.5);
    backend.setVolume(7);
    expect(backend.volume()).toBe(1);
    expect(backend.muted()).toBe(false);
  });

  it('[V20] a failed fetch is reported and tried again next time', async () => {
    const { ctx } = fakeContext();
    const { fetch, urls } = fakeFetch(['/v/lam.wav']);
    const backend = createWebAudioBackend('/v/', manifest(), ctx, { fetch });
    await expect(backend.loadClip('lam')).rejects.toThrow(/HTTP 404/);
    await expect(backend.loadClip('lam')).resolves.toEqual({ durationMs: 250 });
    expect(urls).toEqual(['/v/lam.wav', '/v/lam.wav']);
  });

  it('[V20] preload loads every clip; stop stops what is scheduled', async () => {
    const { ctx, sources } = fakeContext();
    const { fetch, urls } = fakeFetch();
    const backend = createWebAudioBackend('/v/', manifest(), ctx, { fetch });
    await backend.preload();
    expect(urls).toHaveLength(REQUIRED_CLIPS.length);
    backend.play('ba', 20_000);
    backend.play('hai', 20_500);
    backend.stop();
    expect(sources.map((s) => s.stopped)).toEqual([true, true]);
  });
});
