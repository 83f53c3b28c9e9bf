import { useState } from 'react';
import type { CommandResults, Priority } from '@motcua/protocol';
import { ConnectionIndicator, FullMessage, RefusedScreen, t, useHub, type ClientError } from '@motcua/ui';
import { KioskHeader } from './KioskHeader.js';
import { PriorityScreen } from './PriorityScreen.js';
import { ServiceScreen } from './ServiceScreen.js';
import { TicketScreen } from './TicketScreen.js';
import { ErrorScreen } from './ErrorScreen.js';
import { useIdleReset } from './useIdleReset.js';

/** A half-finished choice (priority step) is dropped after this long without a touch. */
const IDLE_MS = 30_000;

type Screen =
  | { kind: 'services' }
  | { kind: 'priority' }
  | { kind: 'ticket'; result: CommandResults['ticket:issue'] }
  | { kind: 'error'; error: ClientError };

/** Touch-first ticket kiosk: service (with an optional priority step) → ticket → back to start. */
export function KioskApp() {
  const { status, snapshot, refused, client, clockOffsetMs } = useHub();
  const [screen, setScreen] = useState<Screen>({ kind: 'services' });
  const [priority, setPriority] = useState<Priority | null>(null);
  const [busy, setBusy] = useState(false);

  useIdleReset(screen.kind === 'priority' || (screen.kind === 'services' && priority !== null), IDLE_MS, () => {
    setPriority(null);
    setScreen({ kind: 'services' });
  });

  if (refused) return <RefusedScreen error={refused} />;
  if (!snapshot) {
    return (
      <>
        <FullMessage title={t('conn.connecting')} />
        <ConnectionIndicator status={status} />
      </>
    );
  }

  const reset = () => {
    setPriority(null);
    setScreen({ kind: 'services' });
  };

  async function issue(serviceId: string) {
    if (busy) return;
    setBusy(true);
    const r = await client.command('ticket:issue', { serviceId, priority });
    setBusy(false);
    setPriority(null);
    setScreen(r.ok ? { kind: 'ticket', result: r.data } : { kind: 'error', error: r.error });
  }

  return (
    <div className="kiosk">
      <KioskHeader office={snapshot.office} clockOffsetMs={clockOffsetMs} />
      <main className="kiosk-main">
        {screen.kind === 'services' ? (
          <ServiceScreen
            snapshot={snapshot}
            online={status === 'online'}
            busy={busy}
            priority={priority}
            onPick={issue}
            onPriority={() => setScreen({ kind: 'priority' })}
            onClearPriority={() => setPriority(null)}
          />
        ) : null}
        {screen.kind === 'priority' ? (
          <PriorityScreen
            onPick={(p) => {
              setPriority(p);
              setScreen({ kind: 'services' });
            }}
            onBack={() => setScreen({ kind: 'services' })}
          />
        ) : null}
        {screen.kind === 'ticket' ? (
          <TicketScreen result={screen.result} snapshot={snapshot} onDone={reset} />
        ) : null}
        {screen.kind === 'error' ? <ErrorScreen error={screen.error} onDone={reset} /> : null}
      </main>
      <ConnectionIndicator status={status} />
    </div>
  );
}
