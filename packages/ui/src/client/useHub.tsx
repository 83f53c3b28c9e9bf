import { createContext, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { HubClient, HubEvent, HubState } from './hubClient.js';

const HubContext = createContext<HubClient | null>(null);

export function HubProvider({ client, children }: { client: HubClient; children: ReactNode }) {
  return <HubContext.Provider value={client}>{children}</HubContext.Provider>;
}

export function useHubClient(): HubClient {
  const c = useContext(HubContext);
  if (!c) throw new Error('useHub() outside <HubProvider>');
  return c;
}

/** The hub's live state (re-renders on every change) and the client for commands. */
export function useHub(): HubState & { client: HubClient } {
  const client = useHubClient();
  const state = useSyncExternalStore(client.subscribe, client.getState, client.getState);
  return { ...state, client };
}

/** Calls `listener` for every applied hub event (the latest listener; no re-subscribe churn). */
export function useHubEvents(listener: (e: HubEvent) => void): void {
  const client = useHubClient();
  const ref = useRef(listener);
  useEffect(() => {
    ref.current = listener;
  });
  useEffect(() => client.onEvent((e) => ref.current(e)), [client]);
}
