/**
 * What one screen shows. Today from the URL (`?counter=`, `?services=A,B`, `?counters=1,2`,
 * `?layout=portrait`); later an admin-set display profile per device (issue 6) fills the
 * same shape, so the components below do not change.
 */
export interface DisplayProfile {
  /** A counter display (the small screen above a desk) for this counter id; null = the TV page. */
  counterId: string | null;
  /** Only these service prefixes (waiting counts) — null = all. */
  servicePrefixes: ReadonlySet<string> | null;
  /** Only calls to these counter numbers — null = all. */
  counterNumbers: ReadonlySet<number> | null;
  layout: 'auto' | 'landscape' | 'portrait';
  /** How many recent calls the list shows. */
  recentCount: number;
}

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;

export function readProfile(url: URL): DisplayProfile {
  const q = url.searchParams;
  const prefixes = list(q.get('services'));
  const numbers = list(q.get('counters'))
    ?.map(Number)
    .filter((n) => Number.isInteger(n));
  const layout = q.get('layout');
  const recent = Number(q.get('recent'));
  return {
    counterId: q.get('counter'),
    servicePrefixes: prefixes ? new Set(prefixes.map((p) => p.toUpperCase())) : null,
    counterNumbers: numbers?.length ? new Set(numbers) : null,
    layout: layout === 'portrait' || layout === 'landscape' ? layout : 'auto',
    recentCount: Number.isInteger(recent) && recent > 0 && recent <= 12 ? recent : 6,
  };
}
