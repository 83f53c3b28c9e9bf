import type { Snapshot } from '@motcua/protocol';
import { activeServices, useHub, waitingCounts } from '@motcua/ui';
import type { DisplayProfile } from '../profile.js';
import { SoundButton } from '../voice/SoundButton.js';
import { useVoice } from '../voice/useVoice.js';
import { callsToShow } from './calls.js';
import { Headline } from './Headline.js';
import { RecentCalls } from './RecentCalls.js';
import { TvHeader } from './TvHeader.js';
import { useLiveCalls } from './useLiveCalls.js';
import { WaitingCounts } from './WaitingCounts.js';

/**
 * The waiting-room TV. Regions are separate components laid out by CSS grid areas, so the
 * portrait layout and admin-set profiles (issue 6) rearrange them without touching them.
 */
export function TvPage({ snapshot, profile }: { snapshot: Snapshot; profile: DisplayProfile }) {
  const { clockOffsetMs } = useHub();
  const voice = useVoice(clockOffsetMs);
  const flashKey = useLiveCalls(
    (call) => !profile.counterNumbers || profile.counterNumbers.has(call.counterNumber),
    voice.announce,
  );
  const [head, ...rest] = callsToShow(snapshot.recentCalls, profile.recentCount + 1, profile.counterNumbers);
  const services = activeServices(snapshot).filter(
    (s) => !profile.servicePrefixes || profile.servicePrefixes.has(s.prefix),
  );
  return (
    <div className="tv" data-layout={profile.layout}>
      <TvHeader office={snapshot.office} clockOffsetMs={clockOffsetMs}>
        <SoundButton state={voice.state} onToggle={voice.toggle} />
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
  );
}
