import { ConnectionIndicator, FullMessage, RefusedScreen, t, useHub } from '@motcua/ui';
import type { ScreenOptions } from './profile.js';
import { useDisplaySettings } from './settings/useDisplaySettings.js';
import { TvPage } from './tv/TvPage.js';
import { CounterDisplay } from './counter/CounterDisplay.js';

/** Never blank: the last known state stays on screen while the hub is away. */
export function DisplayApp({ options }: { options: ScreenOptions }) {
  const { status, snapshot, refused } = useHub();
  // Subscribed from the first render, before the snapshot: no display:changed is missed.
  const settings = useDisplaySettings(snapshot?.display);
  if (refused) return <RefusedScreen error={refused} />;
  return (
    <>
      {!snapshot ? (
        <FullMessage title={t('conn.connecting')} />
      ) : options.counterId ? (
        <CounterDisplay snapshot={snapshot} counterId={options.counterId} />
      ) : (
        <TvPage snapshot={snapshot} settings={settings} options={options} />
      )}
      {/* The TV shows it in its header, between the office name and the clock. */}
      {(!snapshot || options.counterId) && <ConnectionIndicator status={status} />}
    </>
  );
}
