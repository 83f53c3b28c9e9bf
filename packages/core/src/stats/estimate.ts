export interface WaitEstimate {
  minMinutes: number;
  maxMinutes: number;
}

/** Service durations longer than this are outliers (a counter left open over lunch), not data. */
export const MAX_PLAUSIBLE_SERVICE_MS = 90 * 60_000;
/** Fewer samples than this give no estimate rather than a made-up one. */
export const MIN_SAMPLES = 3;

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * [W1] An honest waiting-time range for a citizen with `peopleAhead` before them: the people
 * ahead are served by `openCounters` counters in parallel, each taking between the lower and
 * upper quartile of recent service times. [W2] No open counter, or fewer than MIN_SAMPLES
 * plausible samples: no estimate (null), never a guess. [W3] Minutes: lower bound rounded
 * down, upper bound rounded up, and the upper bound is at least one minute.
 */
export function estimateWait(input: {
  peopleAhead: number;
  recentServiceMs: readonly number[];
  openCounters: number;
}): WaitEstimate | null {
  if (input.openCounters <= 0 || input.peopleAhead < 0) return null;
  const samples = input.recentServiceMs.filter((ms) => ms > 0 && ms <= MAX_PLAUSIBLE_SERVICE_MS).sort((a, b) => a - b);
  if (samples.length < MIN_SAMPLES) return null;
  const perCounter = (ms: number): number => (input.peopleAhead * ms) / input.openCounters / 60_000;
  const min = Math.floor(perCounter(quantile(samples, 0.25)));
  const max = Math.max(1, Math.ceil(perCounter(quantile(samples, 0.75))));
  return { minMinutes: Math.min(min, max), maxMinutes: max };
}
