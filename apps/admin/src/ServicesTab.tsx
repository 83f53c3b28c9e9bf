import { useState } from 'react';
import type { Service, Snapshot } from '@motcua/protocol';
import { BigButton, Notice, t, useHub } from '@motcua/ui';
import { useNotice } from './useNotice.js';

type Draft = Omit<Service, 'priorityPolicy'> & { policyMode: 'strict' | 'interleave'; every: number; isNew: boolean };

const toDraft = (s: Service): Draft => ({
  ...s,
  policyMode: s.priorityPolicy.mode,
  every: s.priorityPolicy.mode === 'interleave' ? s.priorityPolicy.every : 3,
  isNew: false,
});

const blank = (order: number): Draft => ({
  id: '',
  prefix: '',
  name: '',
  field: null,
  numberStart: 1,
  numberWidth: 3,
  dailyCap: null,
  active: true,
  sortOrder: order,
  policyMode: 'strict',
  every: 3,
  isNew: true,
});

export function ServicesTab({ snapshot }: { snapshot: Snapshot }) {
  const [added, setAdded] = useState<Draft[]>([]);
  const { notice, show, dismiss } = useNotice();
  const services = [...snapshot.services].sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <section className="admin-section">
      <Notice notice={notice} onDismiss={dismiss} />
      <div className="admin-scroll">
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t('admin.service.id')}</th>
            <th>{t('admin.service.prefix')}</th>
            <th>{t('admin.service.name')}</th>
            <th>{t('admin.service.start')}</th>
            <th>{t('admin.service.width')}</th>
            <th>{t('admin.service.policy')}</th>
            <th>{t('admin.service.cap')}</th>
            <th>{t('admin.service.order')}</th>
            <th>{t('admin.service.active')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <ServiceRow key={`${s.id}:${JSON.stringify(s)}`} initial={toDraft(s)} onResult={show} />
          ))}
          {added.map((d, i) => (
            <ServiceRow
              key={`new-${i}`}
              initial={d}
              onResult={(kind, text) => {
                show(kind, text);
                if (kind === 'ok') setAdded((a) => a.filter((x) => x !== d));
              }}
            />
          ))}
        </tbody>
      </table>
      </div>
      <BigButton tone="secondary" onClick={() => setAdded((a) => [...a, blank(services.length + a.length + 1)])}>
        + {t('admin.service.new')}
      </BigButton>
    </section>
  );
}

function ServiceRow({
  initial,
  onResult,
}: {
  initial: Draft;
  onResult: (kind: 'ok' | 'error', text: string) => void;
}) {
  const { client } = useHub();
  const [d, setD] = useState(initial);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const num = (v: string, fallback: number) => (v.trim() === '' || Number.isNaN(Number(v)) ? fallback : Math.trunc(Number(v)));

  async function save() {
    setBusy(true);
    const r = await client.command('service:save', {
      id: d.id.trim(),
      prefix: d.prefix.trim().toUpperCase(),
      name: d.name.trim(),
      field: d.field,
      numberStart: d.numberStart,
      numberWidth: d.numberWidth,
      priorityPolicy: d.policyMode === 'strict' ? { mode: 'strict' } : { mode: 'interleave', every: d.every },
      dailyCap: d.dailyCap,
      active: d.active,
      sortOrder: d.sortOrder,
    });
    setBusy(false);
    onResult(r.ok ? 'ok' : 'error', r.ok ? `${t('common.saved')}: ${r.data.service.name}` : r.error.message);
  }

  return (
    <tr data-service={d.id || 'new'}>
      <td>
        {d.isNew ? (
          <input className="mc-input admin-w-id" value={d.id} onChange={(e) => set('id', e.target.value)} placeholder="ho-tich" />
        ) : (
          <code>{d.id}</code>
        )}
      </td>
      <td>
        <input
          className="mc-input admin-w-xs"
          value={d.prefix}
          maxLength={2}
          onChange={(e) => set('prefix', e.target.value.toUpperCase())}
        />
      </td>
      <td>
        <input className="mc-input admin-w-name" value={d.name} onChange={(e) => set('name', e.target.value)} />
      </td>
      <td>
        <input
          className="mc-input admin-w-sm"
          type="number"
          min={0}
          value={d.numberStart}
          onChange={(e) => set('numberStart', num(e.target.value, 1))}
        />
      </td>
      <td>
        <input
          className="mc-input admin-w-xs"
          type="number"
          min={1}
          max={5}
          value={d.numberWidth}
          onChange={(e) => set('numberWidth', num(e.target.value, 3))}
        />
      </td>
      <td>
        <div className="admin-policy">
        <select
          className="mc-input"
          value={d.policyMode}
          onChange={(e) => set('policyMode', e.target.value as Draft['policyMode'])}
        >
          <option value="strict">{t('admin.service.policy.strict')}</option>
          <option value="interleave">{t('admin.service.policy.interleave')}</option>
        </select>
        {d.policyMode === 'interleave' ? (
          <input
            className="mc-input admin-w-xs"
            type="number"
            min={1}
            max={50}
            value={d.every}
            onChange={(e) => set('every', num(e.target.value, 3))}
          />
        ) : null}
        </div>
      </td>
      <td>
        <input
          className="mc-input admin-w-sm"
          type="number"
          min={1}
          placeholder="—"
          value={d.dailyCap ?? ''}
          onChange={(e) => set('dailyCap', e.target.value.trim() === '' ? null : num(e.target.value, 1))}
        />
      </td>
      <td>
        <input
          className="mc-input admin-w-xs"
          type="number"
          min={0}
          value={d.sortOrder}
          onChange={(e) => set('sortOrder', num(e.target.value, 0))}
        />
      </td>
      <td>
        <input type="checkbox" className="admin-check" checked={d.active} onChange={(e) => set('active', e.target.checked)} />
      </td>
      <td>
        <BigButton disabled={busy} onClick={() => void save()}>
          {t('common.save')}
        </BigButton>
      </td>
    </tr>
  );
}
