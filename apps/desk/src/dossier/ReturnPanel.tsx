import { useRef, useState, type FormEvent } from 'react';
import type { Dossier } from '@motcua/protocol';
import { BigButton, Dialog, ErrorLine, Notice, type NoticeMessage } from '@motcua/ui';
import { actOn, getDossier } from './api.js';
import { formatDue, formatShort } from './format.js';
import { normalizeDossierCode, processingTimeLabel } from './logic.js';
import { DossierStateRows } from './DossierStateRows.js';
import { StatusPill } from './StatusPill.js';
import { dt } from './strings.js';

/**
 * "Trả kết quả / Tra cứu hồ sơ" at the counter: scan the receipt's barcode (a keyboard-wedge
 * scanner types the code and Enter) or type it; see the status; return the result, or record
 * that the citizen withdraws the dossier.
 */
export function ReturnPanel({ token, timeZone, onBack, onOpen }: { token: string; timeZone: string; onBack: () => void; onOpen: (code: string) => void }) {
  const [code, setCode] = useState('');
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [withdraw, setWithdraw] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function find(e?: FormEvent) {
    e?.preventDefault();
    const c = normalizeDossierCode(code);
    if (!c) {
      setDossier(null);
      return setError(dt('return.badCode'));
    }
    setBusy(true);
    setError(null);
    const r = await getDossier(token, c);
    setBusy(false);
    if (!r.ok) {
      setDossier(null);
      setError(r.error.message);
    } else setDossier(r.data);
    input.current?.select();
  }

  async function act(body: Parameters<typeof actOn>[2], ok: string) {
    if (!dossier) return false;
    setBusy(true);
    const r = await actOn(token, dossier.code, body);
    setBusy(false);
    if (!r.ok) {
      setNotice({ id: Date.now(), kind: 'error', text: r.error.message });
      return false;
    }
    setDossier(r.data.dossier);
    setNotice({ id: Date.now(), kind: 'ok', text: ok });
    return true;
  }

  const open = dossier && [2, 4, 5, 6].includes(dossier.status);
  return (
    <div className="dos-return" data-testid="return-panel">
      <div className="dos-head">
        <h1>{dt('return.title')}</h1>
        <span className="dos-head-space" />
        <BigButton tone="quiet" onClick={onBack}>
          {dt('reception.back')}
        </BigButton>
      </div>
      <form className="dos-row dos-return-form" onSubmit={find}>
        <label className="mc-field dos-grow">
          {dt('return.code')}
          <input
            ref={input}
            className="mc-input dos-code-input"
            name="dossierCode"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            placeholder="H99.01.01.01-261129-0001"
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
          />
        </label>
        <BigButton type="submit" disabled={busy || !code.trim()}>
          {dt('return.find')}
        </BigButton>
      </form>
      <ErrorLine>{error}</ErrorLine>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {dossier ? (
        <section className="dos-card dos-return-card" data-code={dossier.code}>
          <div className="dos-row">
            <span className="dos-code">{dossier.code}</span>
            <StatusPill status={dossier.status} />
          </div>
          <div className="dos-proc-name">{dossier.procedureName}</div>
          <dl className="dos-facts">
            <dt>{dt('detail.applicant')}</dt>
            <dd>{dossier.applicant.name}</dd>
            <dt>{dt('detail.phone')}</dt>
            <dd>{dossier.applicant.phone}</dd>
            <dt>{dt('detail.received')}</dt>
            <dd>{formatShort(dossier.receivedAt, timeZone)}</dd>
            <dt>{dt('detail.due')}</dt>
            <dd>
              {formatDue(dossier.dueAt, timeZone)} ({processingTimeLabel(dossier.processingTime) ?? '—'})
            </dd>
            <DossierStateRows dossier={dossier} timeZone={timeZone} />
          </dl>
          <div className="dos-result-actions">
            {dossier.status === 9 ? (
              <>
                <BigButton
                  tone="success"
                  disabled={busy}
                  data-testid="return-counter"
                  onClick={() => void act({ type: 'return', method: 'counter', note: null }, dt('return.returned', { code: dossier.code }))}
                >
                  {dt('return.counter')}
                </BigButton>
                <BigButton
                  tone="secondary"
                  disabled={busy}
                  onClick={() => void act({ type: 'return', method: 'post', note: null }, dt('return.returned', { code: dossier.code }))}
                >
                  {dt('return.post')}
                </BigButton>
              </>
            ) : open ? (
              <p className="dos-hint">{dt('return.notReady')}</p>
            ) : null}
            {open ? (
              <BigButton tone="warning" disabled={busy} onClick={() => setWithdraw(true)}>
                {dt('return.withdraw')}
              </BigButton>
            ) : null}
            <BigButton tone="quiet" onClick={() => onOpen(dossier.code)}>
              {dt('detail.history')}
            </BigButton>
          </div>
        </section>
      ) : null}
      {withdraw && dossier ? (
        <ReasonDialog
          title={`${dt('return.withdraw')} — ${dossier.code}`}
          label={dt('return.withdrawReason')}
          onClose={() => setWithdraw(false)}
          onSubmit={async (reason) => {
            if (await act({ type: 'withdraw', reason }, dt('return.withdrawn', { code: dossier.code }))) setWithdraw(false);
          }}
        />
      ) : null}
    </div>
  );
}

export function ReasonDialog({ title, label, onClose, onSubmit }: { title: string; label: string; onClose: () => void; onSubmit: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        className="desk-dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) return setError(dt('action.needReason'));
          onSubmit(reason.trim());
        }}
      >
        <label className="mc-field">
          {label}
          <textarea className="mc-input" rows={3} maxLength={1000} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <ErrorLine>{error}</ErrorLine>
        <BigButton type="submit" tone="warning">
          {dt('action.confirm')}
        </BigButton>
      </form>
    </Dialog>
  );
}
