import type { CallRecord, DisplayProfile, DisplaySettings, Service, Counter } from '@motcua/protocol';
import type { ScreenOptions } from './profile.js';
import { DEFAULT_VOICE } from './settings/displaySettings.js';

/** Everything the TV page needs to know about what it shows and how it speaks. */
export interface TvView {
  /** The admin profile in use, or null (the whole office). */
  profile: DisplayProfile | null;
  /** `?profile=` named a profile the hub does not have: say so on screen, show the default view. */
  unknownProfileId: string | null;
  /** Services whose calls and waiting counts are shown — null = all. */
  serviceIds: ReadonlySet<string> | null;
  /** Counters whose calls are shown — null = all. */
  counterIds: ReadonlySet<string> | null;
  layout: 'auto' | 'landscape' | 'portrait';
  recentCount: number;
  voice: DisplayProfile['voice'];
}

function intersect(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (!a) return b;
  if (!b) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

/**
 * Combines the admin profile named by `?profile=` with the screen's own URL options: filters
 * intersect (a device can narrow its profile, never widen it); an explicit `?layout=` or
 * `?recent=` on the device wins over the profile's. Pure.
 */
export function resolveView(
  options: ScreenOptions,
  settings: DisplaySettings,
  services: readonly Service[],
  counters: readonly Counter[],
): TvView {
  const profile = options.profileId ? (settings.profiles.find((p) => p.id === options.profileId) ?? null) : null;
  const unknownProfileId = options.profileId && !profile ? options.profileId : null;
  const byPrefix = options.servicePrefixes
    ? new Set(services.filter((s) => options.servicePrefixes!.has(s.prefix)).map((s) => s.id))
    : null;
  const byNumber = options.counterNumbers
    ? new Set(counters.filter((c) => options.counterNumbers!.has(c.number)).map((c) => c.id))
    : null;
  return {
    profile,
    unknownProfileId,
    serviceIds: intersect(profile?.serviceIds ? new Set(profile.serviceIds) : null, byPrefix),
    counterIds: intersect(profile?.counterIds ? new Set(profile.counterIds) : null, byNumber),
    layout: options.layout ?? profile?.layout ?? 'auto',
    recentCount: options.recentCount ?? profile?.recentCount ?? 6,
    voice: profile?.voice ?? DEFAULT_VOICE,
  };
}

/** Whether a call belongs on this screen (and in its voice). */
export function acceptsCall(view: Pick<TvView, 'serviceIds' | 'counterIds'>, call: CallRecord): boolean {
  return (!view.counterIds || view.counterIds.has(call.counterId)) && (!view.serviceIds || view.serviceIds.has(call.serviceId));
}
