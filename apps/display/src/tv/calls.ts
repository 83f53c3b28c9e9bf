import type { CallRecord } from '@motcua/protocol';

/**
 * The calls a screen lists: newest first, each ticket once (a recall moves it back to the
 * top rather than adding a row), at most `max`, only those `accept` keeps. Pure: input is the
 * bounded store list.
 */
export function callsToShow(
  calls: readonly CallRecord[],
  max: number,
  accept: (call: CallRecord) => boolean = () => true,
): CallRecord[] {
  const seen = new Set<string>();
  const out: CallRecord[] = [];
  for (const c of calls) {
    if (out.length >= max) break;
    if (!accept(c) || seen.has(c.ticketId)) continue;
    seen.add(c.ticketId);
    out.push(c);
  }
  return out;
}
