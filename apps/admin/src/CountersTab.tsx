import { useState } from 'react';
import type { Counter, CounterService, Snapshot } from '@motcua/protocol';
import { BigButton, counterStatusKey, Notice, t, useHub } from '@motcua/ui';
import { useNotice } from './useNotice.js';

interface Draft {
  id: string;
  number: number;
  name: string;
  services: CounterService[];
  isNew: boolean;
  status: Counter['status'] | null;
}

export function CountersTab({ snapshot }: { snapshot: Snapshot }) {
  const [added, setAdded] = useState<Draft[]>([]);
  const { notice, show, dismiss } = useNotice();
  const counters = [...snapshot.counters].sort((a, b) => a.number - b.number);
  const nextNumber = Math.max(0, ...counters.map((c) => c.number)) + 1 + added.length;
  return (
    <section className="admin-section">
      <Notice notice={notice} onDismiss={dismiss} />
      <div className="admin-cards">
        {counters.map((c) => (
          <CounterCard
            key={`${c.id}:${c.number}:${c.name}:${JSON.stringify(c.services)}`}
            snapshot={snapshot}
            initial={{ id: c.id, number: c.number, name: c.name, services: c.services, isNew: false, status: c.status }}
            onResult={show}
          />
        ))}
        {added.map((d, i) => (
          <CounterCard
            key={`new-${i}`}
            snapshot={snapshot}
            initial={d}
            onResult={(kind, text) => {
              show(kind, text);
              if (kind === 'ok') setAdded((a) => a.filter((x) => x !== d));
            }}
          />
        ))}
      </div>
      <BigButton
        tone="secondary"
        onClick={() =>
          setAdded((a) => [
            ...a,
            { id: `quay-${nextNumber}`, number: nextNumber, name: `Quầy ${nextNumber}`, services: [], isNew: true, status: null },
          ])
        }
      >
        + {t('admin.counter.new')}
      </BigButton>
    </section>
  );
}

function CounterCard({
  snapshot,
  initial,
  onResult,
}: {
  snapshot: Snapshot;
  initial: Draft;
  onResult: (kind: 'ok' | 'error', text: string) => void;
}) {
  const { client } = useHub();
  const [d, setD] = useState(initial);
  const [busy, setBusy] = useState(false);
  const weightOf = (id: string) => d.services.find((s) => s.serviceId === id);

  const toggle = (serviceId: string, on: boolean) =>
    setD((x) => ({
      ...x,
      services: on ? [...x.services, { serviceId, weight: 1 }] : x.services.filter((s) => s.serviceId !== serviceId),
    }));
  const setWeight = (serviceId: string, weight: number) =>
    setD((x) => ({ ...x, services: x.services.map((s) => (s.serviceId === serviceId ? { ...s, weight } : s)) }));

  async function save() {
    setBusy(true);
    const r = await client.command('counter:save', {
      id: d.id.trim(),
      number: d.number,
      name: d.name.trim(),
      services: d.services,
    });
    setBusy(false);
    onResult(r.ok ? 'ok' : 'error', r.ok ? `${t('common.saved')}: ${r.data.counter.name}` : r.error.message);
  }

  return (
    <div className="admin-card" data-counter={d.id}>
      <div className="admin-card-row">
        <label className="mc-field">
          {t('admin.counter.number')}
          <input
            className="mc-input admin-w-sm"
            type="number"
            min={1}
            value={d.number}
            onChange={(e) => setD((x) => ({ ...x, number: Math.trunc(Number(e.target.value) || 1) }))}
          />
        </label>
        <label className="mc-field admin-grow">
          {t('admin.counter.name')}
          <input className="mc-input" value={d.name} onChange={(e) => setD((x) => ({ ...x, name: e.target.value }))} />
        </label>
        {d.status ? <span className="admin-status">{t(counterStatusKey(d.status))}</span> : null}
      </div>
      {d.isNew ? (
        <label className="mc-field">
          {t('admin.service.id')}
          <input className="mc-input" value={d.id} onChange={(e) => setD((x) => ({ ...x, id: e.target.value }))} />
        </label>
      ) : null}
      <div className="admin-sub">{t('admin.counter.services')}</div>
      <ul className="admin-svc-list">
        {snapshot.services.map((s) => {
          const cs = weightOf(s.id);
          return (
            <li key={s.id}>
              <label>
                <input
                  type="checkbox"
                  className="admin-check"
                  checked={!!cs}
                  onChange={(e) => toggle(s.id, e.target.checked)}
                />
                <b>{s.prefix}</b> {s.name}
              </label>
              {cs ? (
                <input
                  className="mc-input admin-w-xs"
                  type="number"
                  min={0}
                  max={100}
                  value={cs.weight}
                  aria-label={`${s.name}: trọng số`}
                  onChange={(e) => setWeight(s.id, Math.max(0, Math.min(100, Math.trunc(Number(e.target.value) || 0))))}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <BigButton disabled={busy} onClick={() => void save()}>
        {t('common.save')}
      </BigButton>
    </div>
  );
}
