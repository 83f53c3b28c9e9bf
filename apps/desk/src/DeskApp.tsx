import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoginResult } from '@motcua/protocol';
import { ConnectionIndicator, FullMessage, t, useHub } from '@motcua/ui';
import { CounterPicker } from './CounterPicker.js';
import { Workstation } from './Workstation.js';
import { DossiersPage } from './dossier/DossiersPage.js';
import { emptyForm, type ReceptionDraft } from './dossier/logic.js';

const COUNTER_KEY = 'motcua.desk.counter';

function storedCounter(): string | null {
  try {
    return sessionStorage.getItem(COUNTER_KEY);
  } catch {
    return null;
  }
}

/** The clerk's workstation: pick a counter, then work it all day. */
export function DeskApp({ session, onLogout }: { session: LoginResult; onLogout: () => void }) {
  const { status, snapshot } = useHub();
  const [counterId, setCounterIdState] = useState<string | null>(storedCounter);
  // Officers work on dossiers only; clerks and admins open "Hồ sơ của tôi" from the counter.
  const officer = session.user.role === 'officer';
  const [dossiers, setDossiers] = useState<{ code: string | null; action?: 'handoff' } | null>(null);
  const [reception, setReceptionState] = useState<ReceptionDraft>(() => ({ ticketId: null, form: emptyForm() }));
  const setReception = useCallback((u: (r: ReceptionDraft) => ReceptionDraft) => setReceptionState(u), []);
  const setCounterId = useCallback((id: string | null) => {
    try {
      if (id) sessionStorage.setItem(COUNTER_KEY, id);
      else sessionStorage.removeItem(COUNTER_KEY);
    } catch {
      // kept in memory only
    }
    setCounterIdState(id);
  }, []);

  // Back at work after a reload: the counter this clerk already holds (once: "Đổi quầy" must
  // still be able to show the list).
  const mine = snapshot?.counters.find((c) => c.clerkId === session.user.id && c.status !== 'closed');
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current || !snapshot) return;
    resumed.current = true;
    if (!counterId && mine) setCounterId(mine.id);
  }, [snapshot, counterId, mine, setCounterId]);

  if (!snapshot) {
    return (
      <>
        <FullMessage title={t('conn.connecting')} />
        <ConnectionIndicator status={status} />
      </>
    );
  }
  const counter = counterId ? snapshot.counters.find((c) => c.id === counterId) : undefined;
  if (officer || dossiers) {
    return (
      <>
        <DossiersPage
          key={dossiers?.code ?? ''}
          session={session}
          officeName={snapshot.office.name}
          timeZone={snapshot.office.timeZone}
          initialCode={dossiers?.code ?? null}
          initialAction={dossiers?.action ?? null}
          onBack={officer ? undefined : () => setDossiers(null)}
          onLogout={onLogout}
        />
        <ConnectionIndicator status={status} />
      </>
    );
  }
  return (
    <>
      {counter ? (
        <Workstation
          snapshot={snapshot}
          counter={counter}
          session={session}
          onChangeCounter={() => setCounterId(null)}
          onLogout={onLogout}
          onDossiers={(code, action) => setDossiers({ code: code ?? null, action })}
          reception={reception}
          setReception={setReception}
        />
      ) : (
        <CounterPicker snapshot={snapshot} session={session} onChosen={setCounterId} onLogout={onLogout} />
      )}
      <ConnectionIndicator status={status} />
    </>
  );
}
