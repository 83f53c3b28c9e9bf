import { useMemo, useState } from 'react';
import type { DisplaySettings } from '@motcua/protocol';
import { useHubClient, useHubEvents } from '@motcua/ui';
import { currentSettings, normalizeSettings, type LiveSettings } from './displaySettings.js';

/** The TVs' notice and profiles: `snapshot.display`, updated live by `display:changed`. */
export function useDisplaySettings(snapshotDisplay: unknown): DisplaySettings {
  const client = useHubClient();
  const [live, setLive] = useState<LiveSettings | null>(null);
  useHubEvents((e) => {
    if (e.name !== 'display:changed') return;
    // the store has already counted this event; its snapshot still holds the old settings
    setLive({ base: client.getState().snapshot?.display, display: normalizeSettings(e.change.display) });
  });
  return useMemo(() => currentSettings(snapshotDisplay, live), [snapshotDisplay, live]);
}
