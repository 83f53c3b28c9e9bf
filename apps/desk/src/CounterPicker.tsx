import { useState } from 'react';
import type { Counter, LoginResult, Snapshot } from '@motcua/protocol';
import { BigButton, counterShortName, counterStatusKey, Notice, t, useHub, type NoticeMessage } from '@motcua/ui';

export function CounterPicker({
  snapshot,
  session,
  onChosen,
  onLogout,
}: {
  snapshot: Snapshot;
  session: LoginResult;
  onChosen: (counterId: string) => void;
  onLogout: () => void;
}) {
  const { client } = useHub();
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const prefixOf = (id: string) => snapshot.services.find((s) => s.id === id)?.prefix ?? id;
  const counters = [...snapshot.counters].sort((a, b) => a.number - b.number);

  async function choose(c: Counter) {
    if (c.status !== 'closed' && c.clerkId === session.user.id) return onChosen(c.id);
    setBusy(c.id);
    const r = await client.command('counter:open', { counterId: c.id });
    setBusy(null);
    if (r.ok) onChosen(c.id);
    else setNotice({ id: Date.now(), kind: 'error', text: r.error.message });
  }

  return (
    <div className="desk-picker">
      <header className="desk-bar">
        <div className="desk-bar-title">
          <strong>{snapshot.office.name}</strong>
          <span>{snapshot.office.unitName}</span>
        </div>
        <div className="desk-bar-user">{session.user.displayName}</div>
        <BigButton tone="quiet" onClick={onLogout}>
          {t('logout')}
        </BigButton>
      </header>
      <main className="desk-picker-main">
        <h1>{t('desk.chooseCounter')}</h1>
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        <div className="desk-picker-grid">
          {counters.map((c) => {
            const mine = c.clerkId === session.user.id && c.status !== 'closed';
            const taken = c.clerkId !== null && !mine && c.status !== 'closed';
            return (
              <div key={c.id} className={`desk-counter-card${mine ? ' is-mine' : ''}`} data-counter={c.id}>
                <div className="desk-counter-num">{t('counter.label', { n: c.number })}</div>
                <div className="desk-counter-name">{counterShortName(c)}</div>
                <div className="desk-counter-services">
                  {c.services.map((s) => prefixOf(s.serviceId)).join(' · ')}
                </div>
                <div className={`desk-pill desk-pill-${c.status}`}>{t(counterStatusKey(c.status))}</div>
                <div className="desk-counter-who">
                  {mine ? t('desk.counter.mine') : taken ? t('desk.counter.taken', { name: c.clerkName ?? '' }) : '\u00a0'}
                </div>
                <BigButton
                  tone={mine ? 'success' : 'primary'}
                  disabled={busy !== null || taken}
                  onClick={() => void choose(c)}
                >
                  {t('desk.counter.work')}
                </BigButton>
              </div>
            );
          })}
        </div>
      </main>
    </div>
  );
}
