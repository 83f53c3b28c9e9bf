import type { DisplayProfile, DisplaySettings } from '@motcua/protocol';

export const DEFAULT_VOICE: DisplayProfile['voice'] = { enabled: true, repeat: 2, volume: 1, clipSet: 'default' };
export const EMPTY_SETTINGS: DisplaySettings = { notice: null, profiles: [] };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strList = (v: unknown): string[] | null => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null);

function normalizeProfile(raw: unknown): DisplayProfile | null {
  if (!isObj(raw) || typeof raw.id !== 'string' || !raw.id) return null;
  const v = isObj(raw.voice) ? raw.voice : {};
  const num = (x: unknown, lo: number, hi: number, dflt: number) =>
    typeof x === 'number' && Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : dflt;
  return {
    id: raw.id,
    name: typeof raw.name === 'string' ? raw.name : raw.id,
    serviceIds: strList(raw.serviceIds),
    counterIds: strList(raw.counterIds),
    layout: raw.layout === 'landscape' || raw.layout === 'portrait' ? raw.layout : 'auto',
    recentCount: Math.round(num(raw.recentCount, 0, 12, 6)),
    voice: {
      enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_VOICE.enabled,
      repeat: Math.round(num(v.repeat, 1, 3, DEFAULT_VOICE.repeat)),
      volume: num(v.volume, 0, 1, DEFAULT_VOICE.volume),
      clipSet: typeof v.clipSet === 'string' && /^[a-z0-9-]{1,40}$/.test(v.clipSet) ? v.clipSet : DEFAULT_VOICE.clipSet,
    },
  };
}

/**
 * Display settings as the hub sent them, made safe to render: an older hub without them, or a
 * malformed field, gives the defaults instead of a blank TV.
 */
export function normalizeSettings(raw: unknown): DisplaySettings {
  if (!isObj(raw)) return EMPTY_SETTINGS;
  const notice = typeof raw.notice === 'string' && raw.notice.trim() ? raw.notice.trim() : null;
  const profiles = Array.isArray(raw.profiles)
    ? raw.profiles.map(normalizeProfile).filter((p): p is DisplayProfile => p !== null)
    : [];
  return { notice, profiles };
}

/** A `display:changed` received live, and the snapshot's settings object it replaced. */
export interface LiveSettings {
  base: unknown;
  display: DisplaySettings;
}

/**
 * The settings to show. The hub client stores `snapshot.display` but does not apply
 * `display:changed` (it only counts its seq), so the page keeps the live one next to the
 * snapshot object it superseded: while the snapshot still holds that same object the live one
 * is newer; a fresh snapshot (reconnect, new day) carries its own, newer settings and wins.
 */
export function currentSettings(snapshotDisplay: unknown, live: LiveSettings | null): DisplaySettings {
  if (live && live.base === snapshotDisplay) return live.display;
  return normalizeSettings(snapshotDisplay);
}
