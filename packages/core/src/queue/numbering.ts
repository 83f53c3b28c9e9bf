/** [Q1] A ticket label: the service prefix and the number padded to the configured width (A001). */
export function formatLabel(prefix: string, number: number, width: number): string {
  // [Q4] a number wider than the width widens the label; it never wraps.
  return prefix + String(number).padStart(width, '0');
}

/**
 * [Q3] The next number for a prefix in a business day: one more than the last issued,
 * and never below the configured start. Never reuses a number.
 */
export function nextNumber(lastIssued: number | undefined, start: number): number {
  return lastIssued === undefined ? start : Math.max(lastIssued + 1, start);
}
