/**
 * Per-device voice preferences, kept in this browser's localStorage: a TV's sound switch and
 * volume survive a reload and a power cut, and are that screen's own (the profile only gives
 * the default volume).
 */
export const SOUND_KEY = 'motcua.tv.sound';
export const VOLUME_KEY = 'motcua.tv.volume';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // private mode: remembered for this page only
  }
}

/** 'on' once someone turned the sound on here (and did not turn it off since). */
export function soundWanted(): boolean {
  return read(SOUND_KEY) === 'on';
}

export function rememberSound(on: boolean): void {
  write(SOUND_KEY, on ? 'on' : 'off');
}

/** The device's own volume 0..1, or null to follow the display profile. */
export function deviceVolume(): number | null {
  const raw = read(VOLUME_KEY);
  if (raw === null) return null;
  const v = Number(raw);
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : null;
}

export function rememberVolume(volume: number): void {
  write(VOLUME_KEY, String(Math.round(Math.min(1, Math.max(0, volume)) * 100) / 100));
}

/** One step of the − / + buttons, on a 0..100 % scale in tens. */
export function stepVolume(volume: number, direction: 1 | -1): number {
  return Math.min(1, Math.max(0, Math.round(volume * 10 + direction) / 10));
}
