/** An estimate the hub computed from recent service times and open counters. */
export interface WaitEstimate {
  minMinutes: number;
  maxMinutes: number;
}

/**
 * An honest range: "khoảng 10–20 phút"; "dưới 5 phút" when it may be nothing;
 * "chưa ước tính được" when there is no estimate.
 */
export function formatWaitRange(estimate: WaitEstimate | null | undefined): string {
  if (!estimate) return 'chưa ước tính được';
  const { minMinutes, maxMinutes } = estimate;
  if (!Number.isFinite(minMinutes) || !Number.isFinite(maxMinutes) || maxMinutes < 0) return 'chưa ước tính được';
  const lo = Math.max(0, Math.round(Math.min(minMinutes, maxMinutes)));
  const hi = Math.max(1, Math.round(Math.max(minMinutes, maxMinutes)));
  if (lo === 0) return `dưới ${hi} phút`;
  if (lo === hi) return `khoảng ${hi} phút`;
  return `khoảng ${lo}–${hi} phút`;
}
