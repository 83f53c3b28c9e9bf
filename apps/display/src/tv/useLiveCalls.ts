import { useState } from 'react';
import type { CallRecord } from '@motcua/protocol';
import { useHubEvents } from '@motcua/ui';

/** A call older than this when it arrives (a replay after a reconnect) neither flashes nor speaks. */
export const LIVE_CALL_MS = 20_000;

/**
 * Live calls as they happen: returns the flash key of the newest one and hands each to
 * `onCall` (the voice). Replayed, stale calls update the screen through the store only.
 */
export function useLiveCalls(accept: (call: CallRecord) => boolean, onCall: (call: CallRecord) => void): string | null {
  const [flashKey, setFlashKey] = useState<string | null>(null);
  useHubEvents((e) => {
    if (e.name !== 'ticket:called' && e.name !== 'ticket:recalled') return;
    const call = e.change.call;
    if (!call || e.ageMs > LIVE_CALL_MS || !accept(call)) return;
    setFlashKey(`${call.ticketId}@${call.at}`);
    onCall(call);
  });
  return flashKey;
}
