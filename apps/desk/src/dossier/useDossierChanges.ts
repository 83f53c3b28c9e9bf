import { useEffect, useRef, useState } from 'react';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION, type DossierChange } from '@motcua/protocol';

/**
 * Calls `listener` on every `dossier:changed`; returns whether those arrive live now (staff room, outside the seq stream).
 * The shared hub client drops events without a `seq`, so this page opens its own small
 * socket for them while it is shown (workaround: packages/ui's client should pass
 * `dossier:changed` to `onEvent` and this hook should use it). A slow poll covers a missed
 * event while the socket is reconnecting.
 */
export function useDossierChanges(token: string, listener: (c: DossierChange | null) => void, pollMs = 60_000): boolean {
  const ref = useRef(listener);
  const [live, setLive] = useState(false);
  useEffect(() => {
    ref.current = listener;
  });
  useEffect(() => {
    const socket = io({ auth: { token, protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'] });
    socket.on('dossier:changed', (c: DossierChange) => ref.current(c));
    // a change made before this socket was connected (or while it was away) is not replayed:
    // read again on every connect
    socket.on('connect', () => {
      setLive(true);
      ref.current(null);
    });
    socket.on('disconnect', () => setLive(false));
    const id = setInterval(() => ref.current(null), pollMs);
    return () => {
      clearInterval(id);
      socket.disconnect();
    };
  }, [token, pollMs]);
  return live;
}
