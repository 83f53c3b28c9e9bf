import { ConnectionIndicator, FullMessage, RefusedScreen, t, useHub } from '@motcua/ui';
import type { DisplayProfile } from './profile.js';
import { TvPage } from './tv/TvPage.js';
import { CounterDisplay } from './counter/CounterDisplay.js';

/** Never blank: the last known state stays on screen while the hub is away. */
export function DisplayApp({ profile }: { profile: DisplayProfile }) {
  const { status, snapshot, refused } = useHub();
  if (refused) return <RefusedScreen error={refused} />;
  return (
    <>
      {!snapshot ? (
        <FullMessage title={t('conn.connecting')} />
      ) : profile.counterId ? (
        <CounterDisplay snapshot={snapshot} counterId={profile.counterId} />
      ) : (
        <TvPage snapshot={snapshot} profile={profile} />
      )}
      <ConnectionIndicator status={status} />
    </>
  );
}
