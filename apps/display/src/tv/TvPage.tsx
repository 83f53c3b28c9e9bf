import { useCallback, useEffect, useMemo } from 'react';
import type { CallRecord, DisplaySettings, Snapshot } from '@motcua/protocol';
import { activeServices, ConnectionIndicator, useHub, waitingCounts } from '@motcua/ui';
import type { ScreenOptions } from '../profile.js';
import { dt } from '../strings.js';
import { acceptsCall, resolveView } from '../view.js';
import { SoundButton } from '../voice/SoundButton.js';
import { useVoice } from '../voice/useVoice.js';
import { callsToShow } from './calls.js';
import { Headline } from './Headline.js';
import { NoticeTicker } from './NoticeTicker.js';
import { RecentCalls } from './RecentCalls.js';
import { TvHeader } from './TvHeader.js';
import { useLiveCalls } from './useLiveCalls.js';
import { useOrientation } from './useOrientation.js';
import { WaitingCounts } from './WaitingCounts.js';

/**
 * The waiting-room TV. Regions are separate components laid out by CSS grid areas; the
 * display profile (admin-set, `?profile=`) and the screen's URL options choose what they show.
 */
export function TvPage({
  snapshot,
  settings,
  options,
}: {
  snapshot: Snapshot;
  settings: DisplaySettings;
  options: ScreenOptions;
}) {
  const { clockOffsetMs, status } = useHub();
  const view = useMemo(
    () => resolveView(options, settings, snapshot.services, snapshot.counters),
    [options, settings, snapshot.services, snapshot.counters],
  );
  const orientation = useOrientation(view.layout);
  const voice = useVoice(view.voice, clockOffsetMs);
  const { serviceIds, counterIds } = view;
  const accept = useCallback((call: CallRecord) => acceptsCall({ serviceIds, counterIds }, call), [serviceIds, counterIds]);
  const flashKey = useLiveCalls(accept, voice.announce);
  useSoundKeys(voice.toggle, voice.changeVolume);

  const [head, ...rest] = callsToShow(snapshot.recentCalls, view.recentCount + 1, accept);
  const services = activeServices(snapshot).filter((s) => !serviceIds || serviceIds.has(s.id));
  return (
    <div className="tv-screen" data-orientation={orientation}>
      {view.unknownProfileId && (
        <div className="tv-warning" role="alert" data-testid="tv-profile-unknown">
          {dt('tv.profileUnknown', { id: view.unknownProfileId })}
        </div>
      )}
      <div className="tv" data-layout={view.layout} data-orientation={orientation} data-profile={view.profile?.id ?? ''}>
        <TvHeader office={snapshot.office} clockOffsetMs={clockOffsetMs} title={view.profile?.name ?? null}>
          <ConnectionIndicator status={status} />
          <SoundButton state={voice.state} volume={voice.volume} onToggle={voice.toggle} onVolume={voice.changeVolume} />
        </TvHeader>
        <div className="tv-area-headline">
          <Headline call={head} flashKey={flashKey} />
        </div>
        <div className="tv-area-recent">
          <RecentCalls calls={rest} />
        </div>
        <div className="tv-area-waiting">
          <WaitingCounts services={services} counts={waitingCounts(snapshot)} />
        </div>
      </div>
      <NoticeTicker text={settings.notice} />
    </div>
  );
}

/** For whoever sets the TV up with a keyboard: M sound on/off, + and − volume. */
function useSoundKeys(toggle: () => void, changeVolume: (d: 1 | -1) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.key === 'm' || e.key === 'M') toggle();
      else if (e.key === '+' || e.key === '=') changeVolume(1);
      else if (e.key === '-' || e.key === '_') changeVolume(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle, changeVolume]);
}
