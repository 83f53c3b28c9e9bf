import { useEffect, useRef } from 'react';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION, type DossierChange } from '@motcua/protocol';

/**
 * Calls `listener` on every `dossier:changed` (staff room, outside the seq stream).
 * The shared hub client drops events without a `seq`, so this page opens its own small
 * socket for them while it is shown (workaround: packages/ui's client should pass
 * `dossier:changed` to `onEvent` and this hook should use it). A slow poll covers a missed
 * event while the socket is reconnecting.
 */
export function useDossierChanges(token: string, listener: (c: DossierChange | null) => void, pollMs = 60_000): void {
  const ref = useRef(listener);
  useEffect(() => {
    ref.current = listener;
  });
  useEffect(() => {
    const socket = io({ auth: { token, protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'] });
    socket.on('dossier:changed', (c: DossierChange) => ref.current(c));
    // after a reconnect something may have changed unseen
    let first = true;
    socket.on('connect', () => {
      if (!first) ref.current(null);
      first = false;
    });
    const id = setInterval(() => ref.current(null), pollMs);
    return () => {
      clearInterval(id);
      socket.disconnect();
    };
  }, [token, pollMs]);
}
