import { useState } from 'react';
import type { CommandResults, Priority } from '@motcua/protocol';
import { ConnectionIndicator, FullMessage, RefusedScreen, t, useHub, type ClientError } from '@motcua/ui';
import { KioskHeader } from './KioskHeader.js';
import { PriorityScreen } from './PriorityScreen.js';
import { ServiceScreen } from './ServiceScreen.js';
import { TicketScreen } from './TicketScreen.js';
import { ErrorScreen } from './ErrorScreen.js';
import { CatalogScreen } from './catalog/CatalogScreen.js';
import { DossierLookupScreen } from './lookup/DossierLookupScreen.js';
import { LookupBoundary } from './LookupBoundary.js';
import { useIdleReset } from './useIdleReset.js';
import { useScans } from './useScans.js';

/** A half-finished choice (priority step) is dropped after this long without a touch. */
const IDLE_MS = 30_000;
/** The catalog goes back to the start after this long without a touch. */
const CATALOG_IDLE_MS = 90_000;
/** A dossier's status leaves the screen after this long without a touch (privacy). */
export const DOSSIER_IDLE_S = 60;

type Screen =
  | { kind: 'services' }
  | { kind: 'priority' }
  | { kind: 'catalog' }
  | { kind: 'lookup'; code: string | null }
  | { kind: 'ticket'; result: CommandResults['ticket:issue'] }
  | { kind: 'error'; error: ClientError };

/**
 * Touch-first kiosk: service (with an optional priority step) → ticket → back to start; the
 * procedure catalog (→ a ticket for the procedure's field); the dossier look-up by barcode.
 */
export function KioskApp() {
  const { status, snapshot, refused, client, clockOffsetMs } = useHub();
  const [screen, setScreen] = useState<Screen>({ kind: 'services' });
  const [priority, setPriority] = useState<Priority | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setPriority(null);
    setScreen({ kind: 'services' });
  };
  useIdleReset(screen.kind === 'priority' || (screen.kind === 'services' && priority !== null), IDLE_MS, reset);
  useIdleReset(screen.kind === 'catalog', CATALOG_IDLE_MS, reset);
  const lookupActivity = useIdleReset(screen.kind === 'lookup', DOSSIER_IDLE_S * 1000, reset);
  // a receipt scanned at the start screen (or while browsing) opens its look-up directly; the
  // look-up screen listens by itself, and a ticket on screen is never replaced by a scan
  const scanOpensLookup = snapshot !== null && (screen.kind === 'services' || screen.kind === 'priority' || screen.kind === 'catalog');
  useScans(scanOpensLookup, 'start', (code) => {
    setPriority(null);
    setScreen({ kind: 'lookup', code });
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

  async function issue(serviceId: string) {
    if (busy) return;
    setBusy(true);
    const r = await client.command('ticket:issue', { serviceId, priority });
    setBusy(false);
    setPriority(null);
    setScreen(r.ok ? { kind: 'ticket', result: r.data } : { kind: 'error', error: r.error });
  }

  return (
    <div className="kiosk" data-screen={screen.kind}>
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
            onCatalog={() => setScreen({ kind: 'catalog' })}
            onDossier={() => setScreen({ kind: 'lookup', code: null })}
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
        {screen.kind === 'catalog' ? (
          <LookupBoundary onHome={reset}>
            <CatalogScreen snapshot={snapshot} online={status === 'online'} busy={busy} onTake={issue} onHome={reset} />
          </LookupBoundary>
        ) : null}
        {screen.kind === 'lookup' ? (
          <LookupBoundary onHome={reset}>
            <DossierLookupScreen
              timeZone={snapshot.office.timeZone}
              initialCode={screen.code}
              idleSeconds={DOSSIER_IDLE_S}
              onActivity={lookupActivity}
              onHome={reset}
            />
          </LookupBoundary>
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
