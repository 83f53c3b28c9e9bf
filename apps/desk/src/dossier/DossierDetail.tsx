import { useEffect, useState, type FormEvent } from 'react';
import { DOSSIER_STATUS, type Dossier, type DossierActionInput, type DossierListItem, type LoginResult, type PersonRef } from '@motcua/protocol';
import { BigButton, Dialog, ErrorLine, listUsers, t } from '@motcua/ui';
import { actOn, listDossiers, openPdf } from './api.js';
import { formatDue, formatShort } from './format.js';
import { actionNeeds, actionsFor, localInputToIso, offsetOf, peopleOf, processingTimeLabel, type ActionType } from './logic.js';
import { DossierStateRows } from './DossierStateRows.js';
import { Flags, StatusPill } from './StatusPill.js';
import { dt, type DossierKey } from './strings.js';

const TONE: Partial<Record<ActionType, 'primary' | 'secondary' | 'success' | 'warning' | 'danger'>> = {
  start: 'primary',
  resolve: 'success',
  'supplement-received': 'primary',
  'financial-done': 'primary',
  return: 'success',
  stop: 'danger',
  withdraw: 'danger',
};

/** One dossier: facts, the actions its status allows, control sheet, pauses, history. */
export function DossierDetail({
  dossier,
  session,
  timeZone,
  listItem,
  initialAction,
  onChanged,
  onError,
}: {
  dossier: Dossier;
  session: LoginResult;
  timeZone: string;
  listItem: DossierListItem | null;
  initialAction?: ActionType | null;
  onChanged: (d: Dossier, message: string) => void;
  onError: (message: string) => void;
}) {
  const token = session.token;
  const [dialog, setDialog] = useState<ActionType | null>(() =>
    initialAction && actionsFor(dossier, session.user).includes(initialAction) ? initialAction : null,
  );
  const [busy, setBusy] = useState(false);
  const actions = actionsFor(dossier, session.user);
  const notMine = dossier.holder.id !== session.user.id;
  const d = dossier;

  async function run(action: DossierActionInput): Promise<string | null> {
    setBusy(true);
    const r = await actOn(token, d.code, action);
    setBusy(false);
    if (!r.ok) return r.error.message;
    const status = DOSSIER_STATUS[r.data.dossier.status];
    onChanged(r.data.dossier, `${dt('action.done', { code: d.code, status })}${r.data.printJobIds.length ? ` ${dt('action.printed')}` : ''}`);
    return null;
  }

  async function click(a: ActionType) {
    if (actionNeeds(a) !== 'none') return setDialog(a);
    const m = await run({ type: 'start', note: null });
    if (m) onError(m);
  }

  const pdf = async (form: 'receipt' | 'control-sheet') => {
    const m = await openPdf(token, `/api/dossiers/${encodeURIComponent(d.code)}/${form}.pdf`);
    if (m) onError(dt('pdf.failed', { message: m }));
  };

  return (
    <article className="dos-detail" data-testid="dossier-detail" data-code={d.code}>
      <div className="dos-detail-head">
        <span className="dos-detail-code">{d.code}</span>
        <StatusPill status={d.status} />
        {listItem ? <Flags overdue={listItem.overdue} dueSoon={listItem.dueSoon} status={d.status} /> : null}
      </div>
      <div className="dos-detail-proc">{d.procedureName}</div>
      {notMine ? (
        <p className="mc-notice mc-notice-info dos-held" data-testid="held-by">
          {dt('detail.heldBy', { name: d.holder.name, unit: d.holder.unit })}
        </p>
      ) : null}
      {actions.length ? (
        <div className="dos-detail-actions">
          {actions.map((a) => (
            <BigButton key={a} tone={TONE[a] ?? 'secondary'} disabled={busy} data-action={a} onClick={() => void click(a)}>
              {dt(`action.${a}` as DossierKey)}
            </BigButton>
          ))}
        </div>
      ) : null}
      <div className="dos-detail-docs">
        <button type="button" className="dos-link" onClick={() => void pdf('control-sheet')} data-testid="control-sheet">
          {dt('detail.controlSheet')}
        </button>
        <button type="button" className="dos-link" onClick={() => void pdf('receipt')}>
          {dt('detail.receiptPdf')}
        </button>
      </div>
      <dl className="dos-facts">
        <dt>{dt('detail.applicant')}</dt>
        <dd>
          {d.applicant.name} · {d.applicant.idNumber}
        </dd>
        <dt>{dt('detail.phone')}</dt>
        <dd>
          {d.applicant.phone}
          {d.applicant.email ? ` · ${d.applicant.email}` : ''} · {d.applicant.address}
        </dd>
        <dt>{dt('detail.received')}</dt>
        <dd>
          {formatShort(d.receivedAt, timeZone)} — {d.receivedBy.name}
        </dd>
        <dt>{dt('detail.due')}</dt>
        <dd className={listItem?.overdue ? 'is-overdue' : undefined} data-testid="detail-due">
          <b>{formatDue(d.dueAt, timeZone)}</b> ({processingTimeLabel(d.processingTime) ?? '—'})
        </dd>
        {d.rescheduled ? (
          <>
            <dt>{dt('action.reschedule')}</dt>
            <dd>
              {dt('detail.rescheduled', {
                from: formatShort(d.rescheduled.previousDueAt, timeZone),
                to: formatShort(d.rescheduled.newDueAt, timeZone),
                reason: d.rescheduled.reason,
              })}
            </dd>
          </>
        ) : null}
        <DossierStateRows dossier={d} timeZone={timeZone} />
      </dl>

      <h3>{dt('detail.handoffs')}</h3>
      {d.handoffs.length === 0 ? (
        <p className="dos-hint">{dt('detail.handoffs.none')}</p>
      ) : (
        <table className="dos-table" data-testid="handoffs">
          <thead>
            <tr>
              <th>#</th>
              <th>{dt('detail.from')}</th>
              <th>{dt('detail.to')}</th>
              <th>{dt('detail.at')}</th>
              <th>{dt('detail.note')}</th>
            </tr>
          </thead>
          <tbody>
            {d.handoffs.map((h, i) => (
              <tr key={i}>
                <td>{i + 1}</td>
                <td>
                  {h.from.name}
                  <small>{h.from.unit}</small>
                </td>
                <td>
                  {h.to.name}
                  <small>{h.to.unit}</small>
                </td>
                <td>{formatShort(h.at, timeZone)}</td>
                <td>{h.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {d.pauses.length ? (
        <>
          <h3>{dt('detail.pauses')}</h3>
          <table className="dos-table">
            <tbody>
              {d.pauses.map((p, i) => (
                <tr key={i}>
                  <td>{dt(`detail.pause.${p.kind}`)}</td>
                  <td>
                    {formatShort(p.from, timeZone)} → {p.to ? formatShort(p.to, timeZone) : dt('detail.pause.open')}
                  </td>
                  <td>{p.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      <h3>{dt('detail.history')}</h3>
      <table className="dos-table" data-testid="history">
        <tbody>
          {d.history.map((e, i) => (
            <tr key={i}>
              <td className="dos-nowrap">{formatShort(e.at, timeZone)}</td>
              <td>
                <StatusPill status={e.status} />
              </td>
              <td>
                {e.actor.name}
                <small>{e.actor.unit}</small>
              </td>
              <td>{e.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{dt('detail.components')}</h3>
      <ol className="dos-comp-read">
        {d.components.map((c, i) => (
          <li key={i}>
            {c.name} — {dt(`form.${c.form}`)} × {c.count}
          </li>
        ))}
      </ol>

      {dialog ? (
        <ActionDialog
          action={dialog}
          dossier={d}
          session={session}
          timeZone={timeZone}
          onClose={() => setDialog(null)}
          onSubmit={async (input) => {
            const m = await run(input);
            if (!m) setDialog(null);
            return m;
          }}
        />
      ) : null}
    </article>
  );
}

function ActionDialog({
  action,
  dossier,
  session,
  timeZone,
  onClose,
  onSubmit,
}: {
  action: ActionType;
  dossier: Dossier;
  session: LoginResult;
  timeZone: string;
  onClose: () => void;
  onSubmit: (input: DossierActionInput) => Promise<string | null>;
}) {
  const needs = actionNeeds(action);
  const [text, setText] = useState('');
  const [when, setWhen] = useState('');
  const [toId, setToId] = useState('');
  const [method, setMethod] = useState<'counter' | 'post'>(dossier.returnMethod);
  const [people, setPeople] = useState<PersonRef[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (needs !== 'handoff') return;
    let alive = true;
    const me = session.user.id;
    void (async () => {
      const found = peopleOf([dossier], me).filter((p) => p.id !== dossier.holder.id);
      if (session.user.role === 'admin') {
        const r = await listUsers({ token: session.token });
        if (r.ok) {
          for (const u of r.data) {
            if (u.id === me || u.id === dossier.holder.id || u.active === false || u.role === 'admin') continue;
            if (!found.some((p) => p.id === u.id)) found.push({ id: u.id, name: u.displayName, unit: String(u.unit ?? (u.role === 'officer' ? 'Cán bộ xử lý' : 'Bộ phận một cửa')) });
          }
        }
      }
      const all = await listDossiers(session.token, 'all');
      if (all.ok) for (const p of peopleOf(all.data, me)) if (p.id !== dossier.holder.id && !found.some((x) => x.id === p.id)) found.push(p);
      if (alive) setPeople(found);
    })();
    return () => {
      alive = false;
    };
  }, [needs, dossier, session]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const note = text.trim() ? text.trim() : null;
    let input: DossierActionInput;
    switch (needs) {
      case 'reason':
        if (!note) return setError(dt('action.needReason'));
        input = { type: action as 'stop', reason: note };
        break;
      case 'handoff':
        if (!toId.trim()) return setError(dt('action.needPerson'));
        input = { type: 'handoff', toUserId: toId.trim(), note };
        break;
      case 'reschedule': {
        const iso = localInputToIso(when, offsetOf(dossier.dueAt));
        if (!iso || Date.parse(iso) <= Date.parse(dossier.dueAt)) return setError(dt('action.needDate'));
        if (!note) return setError(dt('action.needReason'));
        input = { type: 'reschedule', newDueAt: iso, reason: note, print: true };
        break;
      }
      case 'return':
        input = { type: 'return', method, note };
        break;
      default:
        input = { type: action as 'resolve', note };
    }
    setBusy(true);
    setError(await onSubmit(input));
    setBusy(false);
  }

  const label = dt(`action.${action}` as DossierKey);
  const dueLocal = dossier.dueAt.slice(0, 16);
  return (
    <Dialog title={`${label} — ${dossier.code}`} onClose={onClose}>
      <form className="desk-dialog-form" onSubmit={submit} data-testid="action-dialog">
        {needs === 'handoff' ? (
          <>
            <label className="mc-field">
              {dt('action.to')}
              <select className="mc-input" value={people.some((p) => p.id === toId) ? toId : ''} onChange={(e) => setToId(e.target.value)} autoFocus>
                <option value="">{dt('action.choosePerson')}</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} — {p.unit}
                  </option>
                ))}
              </select>
            </label>
            <label className="mc-field">
              {dt('action.toId')}
              <input className="mc-input" value={toId} maxLength={64} onChange={(e) => setToId(e.target.value.trim())} />
            </label>
          </>
        ) : null}
        {needs === 'reschedule' ? (
          <label className="mc-field">
            {dt('action.newDue', { due: formatShort(dossier.dueAt, timeZone) })}
            <input className="mc-input" type="datetime-local" min={dueLocal} value={when} onChange={(e) => setWhen(e.target.value)} autoFocus />
          </label>
        ) : null}
        {needs === 'return' ? (
          <fieldset className="dos-radio">
            <legend>{dt('reception.returnMethod')}</legend>
            {(['counter', 'post'] as const).map((m) => (
              <label key={m}>
                <input type="radio" name="method" checked={method === m} onChange={() => setMethod(m)} />
                {dt(`reception.return.${m}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="mc-field">
          {needs === 'reason' || needs === 'reschedule' ? dt('action.reason') : dt('action.note')}
          <textarea
            className="mc-input"
            name="text"
            rows={3}
            maxLength={needs === 'reason' || needs === 'reschedule' ? 1000 : 500}
            autoFocus={needs === 'reason' || needs === 'note'}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <ErrorLine>{error}</ErrorLine>
        <div className="desk-dialog-row">
          <BigButton tone="quiet" onClick={onClose}>
            {t('common.cancel')}
          </BigButton>
          <BigButton type="submit" tone={TONE[action] ?? 'primary'} disabled={busy} data-testid="action-confirm">
            {label}
          </BigButton>
        </div>
      </form>
    </Dialog>
  );
}
