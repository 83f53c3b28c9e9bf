import type { CallRecord } from '@motcua/protocol';

/**
 * The calls a screen lists: newest first, each ticket once (a recall moves it back to the
 * top rather than adding a row), at most `max`. Pure: input is the bounded store list.
 */
export function callsToShow(
  calls: readonly CallRecord[],
  max: number,
  counterNumbers: ReadonlySet<number> | null = null,
): CallRecord[] {
  const seen = new Set<string>();
  const out: CallRecord[] = [];
  for (const c of calls) {
    if (counterNumbers && !counterNumbers.has(c.counterNumber)) continue;
    if (seen.has(c.ticketId)) continue;
    seen.add(c.ticketId);
    out.push(c);
    if (out.length >= max) break;
  }
  return out;
}
