/**
 * What the address of one screen asks for: `?profile=<id>` (an admin-set display profile),
 * `?counter=<id>` (a counter display), and the older device-local options `?services=A,B`,
 * `?counters=1,2`, `?layout=portrait`, `?recent=8`. The admin profile and these options are
 * combined into one `TvView` by `resolveView` (view.ts).
 */
export interface ScreenOptions {
  /** An admin-set display profile (`snapshot.display.profiles[].id`); null = none. */
  profileId: string | null;
  /** A counter display (the small screen above a desk) for this counter id; null = the TV page. */
  counterId: string | null;
  /** Only these service prefixes — null = all. */
  servicePrefixes: ReadonlySet<string> | null;
  /** Only calls to these counter numbers — null = all. */
  counterNumbers: ReadonlySet<number> | null;
  /** null = as the profile says (default auto). */
  layout: 'auto' | 'landscape' | 'portrait' | null;
  /** How many previous calls the list shows; null = as the profile says (default 6). */
  recentCount: number | null;
}

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;

export function readScreenOptions(url: URL): ScreenOptions {
  const q = url.searchParams;
  const prefixes = list(q.get('services'));
  const numbers = list(q.get('counters'))
    ?.map(Number)
    .filter((n) => Number.isInteger(n));
  const layout = q.get('layout');
  const recentRaw = q.get('recent');
  const recent = recentRaw === null ? NaN : Number(recentRaw);
  return {
    profileId: q.get('profile')?.trim() || null,
    counterId: q.get('counter')?.trim() || null,
    servicePrefixes: prefixes?.length ? new Set(prefixes.map((p) => p.toUpperCase())) : null,
    counterNumbers: numbers?.length ? new Set(numbers) : null,
    layout: layout === 'portrait' || layout === 'landscape' || layout === 'auto' ? layout : null,
    recentCount: Number.isInteger(recent) && recent >= 0 && recent <= 12 ? recent : null,
  };
}
