import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallRecord, DisplayProfile } from '@motcua/protocol';
import {
  AnnouncementQueue,
  createWebAudioBackend,
  loadVoiceManifest,
  voiceSetUrl,
  type AudioContextLike,
  type WebAudioBackend,
} from '@motcua/ui/voice';
import { deviceVolume, rememberSound, rememberVolume, soundWanted, stepVolume } from './devicePrefs.js';

/**
 * off: no audio yet (needs a gesture, or the device chose silence); loading: fetching the clip
 * set; on: speaking; muted: the queue keeps moving silently, so unmuting reads no backlog;
 * error: the clip set could not be loaded; disabled: the display profile has no voice.
 */
export type VoiceState = 'off' | 'loading' | 'on' | 'muted' | 'error' | 'disabled';

/** Calls older than this when they reach the speaker are skipped (a catch-up, not news). [V19] */
export const MAX_AGE_MS = 60_000;

interface Voice {
  backend: WebAudioBackend;
  queue: AnnouncementQueue;
  clipSet: string;
}

declare global {
  interface Window {
    /** The TV's announcement queue while the voice is loaded (for browser tests and diagnostics). */
    __motcuaVoice?: AnnouncementQueue;
  }
}

/** The folder the page is served from (`/tv/`): voice sets live under it. */
function appBase(): string {
  return window.location.pathname.replace(/[^/]*$/, '') || '/';
}

/**
 * Voice announcements for the TV. Audio starts with "Bật âm thanh" (browsers need a gesture),
 * or by itself after a reload where autoplay is allowed (kiosk-mode shell) if this device had
 * it on. Sound switch and volume are remembered per device; repeat, default volume and clip set
 * come from the display profile and may change live. One AudioContext for the page's life.
 */
export function useVoice(settings: DisplayProfile['voice'], clockOffsetMs: number) {
  const ctxRef = useRef<AudioContext | null>(null);
  const voiceRef = useRef<Voice | null>(null);
  /** Bumped whenever a pending load must be forgotten (newer load, unmount). */
  const loadGen = useRef(0);
  const [mutedAtStart] = useState(() => !soundWanted());
  const mutedRef = useRef(mutedAtStart);
  const [state, setState] = useState<VoiceState>('off');
  const [ownVolume, setOwnVolume] = useState<number | null>(() => deviceVolume());
  const volume = ownVolume ?? settings.volume;
  const live = useRef({ settings, volume, clockOffsetMs });
  useEffect(() => {
    live.current = { settings, volume, clockOffsetMs };
  });

  const dropVoice = useCallback(() => {
    const v = voiceRef.current;
    voiceRef.current = null;
    if (window.__motcuaVoice === v?.queue) delete window.__motcuaVoice;
    if (!v) return;
    v.queue.dispose();
    v.backend.stop();
  }, []);

  const load = useCallback(
    async (ctx: AudioContext, clipSet: string) => {
      const gen = ++loadGen.current;
      setState('loading');
      try {
        const setUrl = voiceSetUrl(appBase(), clipSet);
        const manifest = await loadVoiceManifest(setUrl);
        if (gen !== loadGen.current) return;
        const backend = createWebAudioBackend(setUrl, manifest, ctx as unknown as AudioContextLike<AudioBuffer>, {
          volume: live.current.volume,
          muted: mutedRef.current,
        });
        void backend.preload().catch(() => {});
        const queue = new AnnouncementQueue({ backend, maxAgeMs: MAX_AGE_MS, repeat: live.current.settings.repeat });
        dropVoice();
        voiceRef.current = { backend, queue, clipSet };
        window.__motcuaVoice = queue;
        setState(mutedRef.current ? 'muted' : 'on');
      } catch {
        if (gen === loadGen.current) setState('error');
      }
    },
    [dropVoice],
  );

  const start = useCallback(
    (fromGesture: boolean) => {
      let ctx = ctxRef.current;
      if (!ctx) {
        // Created synchronously inside the click handler: that is what unlocks audio.
        ctx = new AudioContext();
        if (!fromGesture && ctx.state !== 'running') {
          void ctx.close().catch(() => {});
          setState('off');
          return; // autoplay not allowed here: wait for the button
        }
        ctxRef.current = ctx;
      }
      if (fromGesture) void ctx.resume().catch(() => {});
      const v = voiceRef.current;
      if (v && v.clipSet === live.current.settings.clipSet) {
        v.backend.setMuted(mutedRef.current);
        setState(mutedRef.current ? 'muted' : 'on');
      } else void load(ctx, live.current.settings.clipSet);
    },
    [load],
  );

  // The profile switches the voice on or off, or to another clip set (live, no reload).
  const { enabled, clipSet } = settings;
  useEffect(() => {
    if (!enabled) {
      loadGen.current++;
      dropVoice();
      setState('disabled');
      return;
    }
    if (ctxRef.current) start(false);
    else if (soundWanted()) start(false);
    else setState('off');
  }, [enabled, clipSet, start, dropVoice]);

  // Unmount: nothing keeps playing, no timer or node survives the page's TV.
  useEffect(
    () => () => {
      loadGen.current++;
      dropVoice();
      const ctx = ctxRef.current;
      ctxRef.current = null;
      void ctx?.close().catch(() => {});
    },
    [dropVoice],
  );

  useEffect(() => {
    voiceRef.current?.backend.setVolume(volume);
  }, [volume, state]);

  const toggle = useCallback(() => {
    if (!live.current.settings.enabled) return; // the profile has no voice (keyboard M too)
    const v = voiceRef.current;
    if (state === 'on' && v) {
      mutedRef.current = true;
      v.backend.setMuted(true);
      rememberSound(false);
      setState('muted');
      return;
    }
    mutedRef.current = false;
    rememberSound(true);
    start(true);
  }, [state, start]);

  const changeVolume = useCallback((direction: 1 | -1) => {
    const next = stepVolume(live.current.volume, direction);
    rememberVolume(next);
    setOwnVolume(next);
  }, []);

  const announce = useCallback((call: CallRecord) => {
    const v = voiceRef.current;
    const { settings: s, clockOffsetMs: offset } = live.current;
    if (!v || !s.enabled) return;
    const ctx = ctxRef.current;
    if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => {});
    try {
      v.queue.enqueue({
        label: call.label,
        counterNumber: call.counterNumber,
        recall: call.recall,
        repeat: s.repeat,
        // hub time → this machine's wall clock, for stale skipping
        at: Date.parse(call.at) - offset,
      });
    } catch {
      // a label the voice cannot read (RangeError): the screen still shows it
    }
  }, []);

  return { state, volume, toggle, changeVolume, announce };
}
