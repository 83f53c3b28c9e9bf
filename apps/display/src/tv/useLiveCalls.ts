import { useState } from 'react';
import type { CallRecord } from '@motcua/protocol';
import { useHubEvents, type HubEvent } from '@motcua/ui';

/** A call older than this when it arrives (a replay after a reconnect) neither flashes nor speaks. */
export const LIVE_CALL_MS = 20_000;

/**
 * The call an event brings if it is news: a call or recall that happened moments ago. A
 * replay of missed events after a reconnect carries old calls: the store shows them, but
 * they are not flashed nor announced. A fresh snapshot (hub restart) brings no events at all.
 */
export function liveCall(e: HubEvent): CallRecord | null {
  if (e.name !== 'ticket:called' && e.name !== 'ticket:recalled') return null;
  const call = e.change.call;
  if (!call || e.ageMs > LIVE_CALL_MS) return null;
  return call;
}

/**
 * Live calls as they happen: returns the flash key of the newest one and hands each to
 * `onCall` (the voice). Replayed, stale calls update the screen through the store only.
 */
export function useLiveCalls(accept: (call: CallRecord) => boolean, onCall: (call: CallRecord) => void): string | null {
  const [flashKey, setFlashKey] = useState<string | null>(null);
  useHubEvents((e) => {
    const call = liveCall(e);
    if (!call || !accept(call)) return;
    setFlashKey(`${call.ticketId}@${call.at}`);
    onCall(call);
  });
  return flashKey;
}
