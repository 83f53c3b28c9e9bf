import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CommandName, CommandPayload, CommandResults, Counter, LoginResult, Snapshot, Ticket } from '@motcua/protocol';
import {
  BigButton,
  counterStatusKey,
  Notice,
  t,
  ticketById,
  useHub,
  type MessageKey,
  type NoticeMessage,
  type Result,
  counterTitle,
} from '@motcua/ui';
import { ACTIONS, enabledActions, type ActionId } from './actions.js';
import { CurrentTicket } from './CurrentTicket.js';
import { PrintAlerts } from './PrintAlerts.js';
import { QueuePanel } from './QueuePanel.js';
import { TransferDialog } from './TransferDialog.js';
import { CallSpecificDialog } from './CallSpecificDialog.js';
import { PauseDialog } from './PauseDialog.js';
import { emptyForm, type ReceptionDraft, type ReceptionForm } from './dossier/logic.js';
import { ReceptionPanel } from './dossier/ReceptionPanel.js';
import { ReturnPanel } from './dossier/ReturnPanel.js';
import { dt } from './dossier/strings.js';

/** A confirmation line naming the ticket a command acted on. */
const msg = (key: MessageKey) => (d: { ticket: Ticket }) => t(key, { label: d.ticket.label });

type DialogKind = 'transfer' | 'callSpecific' | 'pause' | 'close' | null;

export function Workstation({
  snapshot,
  counter,
  session,
  onChangeCounter,
  onLogout,
  onDossiers,
  reception,
  setReception,
}: {
  snapshot: Snapshot;
  counter: Counter;
  session: LoginResult;
  onChangeCounter: () => void;
  onLogout: () => void;
  /** "Hồ sơ của tôi", optionally opened on one dossier. */
  onDossiers: (code?: string, action?: 'handoff') => void;
  /** The reception form being filled, for the ticket it belongs to (kept by DeskApp across views). */
  reception: ReceptionDraft;
  setReception: (update: (r: ReceptionDraft) => ReceptionDraft) => void;
}) {
  const { client, status, clockOffsetMs } = useHub();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const current = ticketById(snapshot, counter.currentTicketId);
  const enabled = useMemo(() => enabledActions(counter, current), [counter, current]);
  const dismiss = useCallback(() => setNotice(null), []);
  const [mode, setMode] = useState<'queue' | 'reception' | 'return'>('queue');
  // a new citizen at the counter: a blank reception form
  const ticketId = counter.currentTicketId;
  const form = reception.ticketId === ticketId ? reception.form : emptyForm();
  const updateForm = useCallback(
    (u: (f: ReceptionForm) => ReceptionForm) =>
      setReception((r) => ({ ticketId, form: u(r.ticketId === ticketId ? r.form : emptyForm()) })),
    [setReception, ticketId],
  );
  const canReceive = counter.status !== 'closed' && (current?.status === 'called' || current?.status === 'serving');

  const run = useCallback(
    async <N extends CommandName>(
      name: N,
      payload: CommandPayload<N>,
      ok?: (data: CommandResults[N]) => string | null,
    ): Promise<Result<CommandResults[N]>> => {
      setBusy(true);
      const r = await client.command(name, payload);
      setBusy(false);
      if (!r.ok) setNotice({ id: Date.now(), kind: 'error', text: r.error.message });
      else {
        const text = ok?.(r.data) ?? null;
        setNotice(text ? { id: Date.now(), kind: 'ok', text } : null);
      }
      return r;
    },
    [client],
  );

  const counterId = counter.id;

  const act = useCallback(
    (id: ActionId) => {
      if (busy || !enabled.has(id)) return;
      switch (id) {
        case 'callNext':
          return void run('ticket:callNext', { counterId }, msg('desk.ok.called'));
        case 'recall':
          return void run('ticket:recall', { counterId }, msg('desk.ok.recalled'));
        case 'absent':
          return void run('ticket:absent', { counterId }, msg('desk.ok.absent'));
        case 'start':
          return void run('ticket:start', { counterId }, msg('desk.ok.started'));
        case 'finish':
          return void run('ticket:finish', { counterId, callNext: false }, msg('desk.ok.finished'));
        case 'finishNext':
          return void run('ticket:finish', { counterId, callNext: true }, (d) =>
            d.next ? t('desk.ok.called', { label: d.next.label }) : t('desk.ok.finished', { label: d.ticket.label }),
          );
        case 'resume':
          return void run('counter:resume', { counterId });
        case 'transfer':
        case 'callSpecific':
        case 'pause':
        case 'close':
          return setDialog(id);
      }
    },
    [busy, enabled, run, counterId],
  );

  // Keyboard shortcuts: a letter, when no field has the focus and no dialog is open.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialog || mode !== 'queue' || e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      const key = e.key.toUpperCase();
      if (key === 'H' && canReceive) {
        e.preventDefault();
        return setMode('reception');
      }
      const a = ACTIONS.find((x) => x.key === key && enabled.has(x.id));
      if (!a) return;
      e.preventDefault();
      act(a.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, dialog, enabled, mode, canReceive]);

  const visible = ACTIONS.filter((a) => (a.id === 'pause' ? counter.status !== 'paused' : a.id === 'resume' ? counter.status === 'paused' : true));

  return (
    <div className="desk" data-counter={counter.id}>
      <header className="desk-bar">
        <div className="desk-bar-title">
          <strong>{counterTitle(counter)}</strong>
          <span>{snapshot.office.name}</span>
        </div>
        <div className={`desk-pill desk-pill-${counter.status}`} data-testid="counter-status">
          {t(counterStatusKey(counter.status))}
        </div>
        <div className="desk-bar-user">{session.user.displayName}</div>
        <BigButton tone="quiet" onClick={() => setMode(mode === 'return' ? 'queue' : 'return')} data-testid="open-return">
          {dt('return.open')}
        </BigButton>
        <BigButton tone="quiet" onClick={() => onDossiers()} data-testid="open-mine">
          {dt('mine.open')}
        </BigButton>
        <BigButton tone="quiet" onClick={onChangeCounter}>
          {t('desk.counter.change')}
        </BigButton>
        <BigButton tone="quiet" onClick={onLogout}>
          {t('logout')}
        </BigButton>
      </header>

      {mode === 'reception' ? (
        <div className="desk-body desk-body-wide">
          <ReceptionPanel
            snapshot={snapshot}
            counter={counter}
            ticket={current}
            token={session.token}
            clockOffsetMs={clockOffsetMs}
            form={form}
            setForm={updateForm}
            onBack={() => setMode('queue')}
            onHandoff={(code) => onDossiers(code, 'handoff')}
          />
        </div>
      ) : mode === 'return' ? (
        <div className="desk-body desk-body-wide">
          <ReturnPanel
            token={session.token}
            timeZone={snapshot.office.timeZone}
            onBack={() => setMode('queue')}
            onOpen={(code) => onDossiers(code)}
          />
        </div>
      ) : (
      <div className="desk-body">
        <main className="desk-main">
          {counter.status === 'closed' ? (
            <div className="desk-closed">
              <div>{t('desk.closedCounter')}</div>
              <BigButton
                tone="success"
                disabled={busy || status !== 'online'}
                onClick={() => void run('counter:open', { counterId })}
              >
                {t('desk.action.open')}
              </BigButton>
            </div>
          ) : (
            <>
              {counter.status === 'paused' ? (
                <div className="desk-paused" role="status">
                  {t('desk.paused')}
                  {counter.pauseReason ? `: ${counter.pauseReason}` : ''}
                </div>
              ) : null}
              <CurrentTicket snapshot={snapshot} ticket={current} clockOffsetMs={clockOffsetMs} />
              {canReceive ? (
                <BigButton
                  tone="success"
                  shortcut="H"
                  className="desk-receive"
                  data-testid="open-reception"
                  onClick={() => setMode('reception')}
                >
                  {dt('reception.open')}
                  {form.procedure ? ` — ${form.procedure.name}` : ''}
                </BigButton>
              ) : null}
              <PrintAlerts
                snapshot={snapshot}
                token={session.token}
                onError={(text) => setNotice({ id: Date.now(), kind: 'error', text })}
              />
              <div className="desk-notice-slot">
                <Notice notice={notice} onDismiss={dismiss} />
              </div>
              <div className="desk-actions">
                {visible.map((a) => (
                  <BigButton
                    key={a.id}
                    tone={a.tone}
                    shortcut={a.key ?? undefined}
                    disabled={busy || !enabled.has(a.id)}
                    data-action={a.id}
                    className={`desk-act desk-act-${a.id}`}
                    onClick={() => act(a.id)}
                  >
                    {t(a.label)}
                  </BigButton>
                ))}
              </div>
            </>
          )}
        </main>
        <QueuePanel
          snapshot={snapshot}
          counter={counter}
          clockOffsetMs={clockOffsetMs}
          canCall={!busy && enabled.has('callSpecific')}
          onCall={(label) => void run('ticket:callSpecific', { counterId, label }, msg('desk.ok.called'))}
        />
      </div>
      )}

      {dialog === 'transfer' && current ? (
        <TransferDialog
          snapshot={snapshot}
          counter={counter}
          ticket={current}
          onClose={() => setDialog(null)}
          onTransfer={async (to) => {
            const r = await run('ticket:transfer', { counterId, ...to }, msg('desk.ok.transferred'));
            if (r.ok) setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'callSpecific' ? (
        <CallSpecificDialog
          onClose={() => setDialog(null)}
          onCall={async (label) => {
            const r = await run('ticket:callSpecific', { counterId, label }, msg('desk.ok.called'));
            if (r.ok) setDialog(null);
            return r.ok ? null : r.error.message;
          }}
        />
      ) : null}
      {dialog === 'pause' ? (
        <PauseDialog
          onClose={() => setDialog(null)}
          onPause={async (reason) => {
            const r = await run('counter:pause', { counterId, reason: reason || null });
            if (r.ok) setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'close' ? (
        <ConfirmClose
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const r = await run('counter:close', { counterId });
            setDialog(null);
            if (r.ok) onChangeCounter();
          }}
        />
      ) : null}
    </div>
  );
}

function ConfirmClose({ onClose, onConfirm }: { onClose: () => void; onConfirm: () => void }) {
  return (
    <div className="mc-dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="mc-dialog" role="dialog" aria-modal="true">
        <p style={{ fontSize: 20, margin: 0 }}>{t('desk.confirmClose')}</p>
        <div className="desk-dialog-row">
          <BigButton tone="quiet" onClick={onClose}>
            {t('common.cancel')}
          </BigButton>
          <BigButton tone="danger" onClick={onConfirm} autoFocus>
            {t('desk.action.close')}
          </BigButton>
        </div>
      </div>
    </div>
  );
}
