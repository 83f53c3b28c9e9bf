import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallRecord } from '@motcua/protocol';
import {
  AnnouncementQueue,
  createWebAudioBackend,
  loadVoiceManifest,
  voiceSetUrl,
  type AudioContextLike,
  type WebAudioBackend,
} from '@motcua/ui/voice';

export type VoiceState = 'off' | 'loading' | 'on' | 'error';

const SOUND_KEY = 'motcua.tv.sound';
/** Calls older than this when they reach the speaker are skipped (a catch-up, not news). */
const MAX_AGE_MS = 60_000;

interface Voice {
  ctx: AudioContext;
  backend: WebAudioBackend;
  queue: AnnouncementQueue;
}

declare global {
  interface Window {
    /** The TV's announcement queue while sound is on (for browser tests and diagnostics). */
    __motcuaVoice?: AnnouncementQueue;
  }
}

/** The folder the page is served from (`/tv/`): voice sets live under it. */
function appBase(): string {
  return window.location.pathname.replace(/[^/]*$/, '') || '/';
}

/**
 * Voice announcements for the TV: off until someone presses "Bật âm thanh" (browsers need a
 * gesture before audio), remembered on the device; where autoplay is allowed (a kiosk-mode
 * shell) a remembered "on" starts by itself after a reload.
 */
export function useVoice(clockOffsetMs: number) {
  const voice = useRef<Voice | null>(null);
  const [state, setState] = useState<VoiceState>('off');

  const stop = useCallback(() => {
    const v = voice.current;
    voice.current = null;
    delete window.__motcuaVoice;
    if (!v) return;
    v.queue.dispose();
    v.backend.stop();
    void v.ctx.close().catch(() => {});
  }, []);

  const start = useCallback(
    async (fromGesture: boolean) => {
      if (voice.current) return;
      // Created synchronously inside the click handler: that is what unlocks audio.
      const ctx = new AudioContext();
      if (!fromGesture && ctx.state !== 'running') {
        void ctx.close();
        return; // autoplay not allowed here: wait for the button
      }
      setState('loading');
      try {
        if (fromGesture) void ctx.resume();
        const setUrl = voiceSetUrl(appBase(), 'default');
        const manifest = await loadVoiceManifest(setUrl);
        const backend = createWebAudioBackend(setUrl, manifest, ctx as unknown as AudioContextLike<AudioBuffer>);
        void backend.preload().catch(() => {});
        const queue = new AnnouncementQueue({ backend, maxAgeMs: MAX_AGE_MS });
        voice.current = { ctx, backend, queue };
        window.__motcuaVoice = queue;
        localStorage.setItem(SOUND_KEY, 'on');
        setState('on');
      } catch {
        void ctx.close().catch(() => {});
        setState('error');
      }
    },
    [],
  );

  useEffect(() => {
    let remembered = false;
    try {
      remembered = localStorage.getItem(SOUND_KEY) === 'on';
    } catch {
      remembered = false;
    }
    if (remembered) void start(false);
    return stop;
  }, [start, stop]);

  const toggle = useCallback(() => {
    if (voice.current) {
      stop();
      try {
        localStorage.setItem(SOUND_KEY, 'off');
      } catch {
        // not remembered
      }
      setState('off');
    } else void start(true);
  }, [start, stop]);

  const announce = useCallback(
    (call: CallRecord) => {
      voice.current?.queue.enqueue({
        label: call.label,
        counterNumber: call.counterNumber,
        recall: call.recall,
        // hub time → this machine's wall clock, for stale skipping
        at: Date.parse(call.at) - clockOffsetMs,
      });
    },
    [clockOffsetMs],
  );

  return { state, toggle, announce };
}
