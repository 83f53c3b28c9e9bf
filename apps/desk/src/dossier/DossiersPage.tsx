import { useCallback, useEffect, useState } from 'react';
import type { Dossier, DossierListItem, LoginResult } from '@motcua/protocol';
import { BigButton, ErrorLine, Notice, type NoticeMessage, t } from '@motcua/ui';
import { getDossier, listDossiers } from './api.js';
import { DossierDetail } from './DossierDetail.js';
import { formatDue } from './format.js';
import { Flags, StatusPill } from './StatusPill.js';
import { dt } from './strings.js';
import { useDossierChanges } from './useDossierChanges.js';

/**
 * The officer's page (and a clerk's "Hồ sơ của tôi"): the dossiers this person holds, most
 * urgent first, with overdue / due-soon / paused flags; a dossier's detail and the actions its
 * status allows. Live: every `dossier:changed` re-reads the list and the open dossier.
 */
export function DossiersPage({
  session,
  officeName,
  timeZone,
  initialCode,
  initialAction,
  onBack,
  onLogout,
}: {
  session: LoginResult;
  officeName: string;
  timeZone: string;
  initialCode?: string | null;
  /** Open this action's dialog on the initial dossier (from the reception result: hand it off). */
  initialAction?: 'handoff' | null;
  /** Clerks: back to the counter. */
  onBack?: () => void;
  onLogout: () => void;
}) {
  const token = session.token;
  const [holder, setHolder] = useState<'me' | 'all'>('me');
  const [list, setList] = useState<DossierListItem[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(initialCode ?? null);
  const [detail, setDetail] = useState<Dossier | null>(null);
  const [detailError, setDetailError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const loadList = useCallback(async () => {
    const r = await listDossiers(token, holder);
    if (r.ok) {
      setList(r.data);
      setListError(null);
    } else setListError(r.error.message);
  }, [token, holder]);

  const loadDetail = useCallback(
    async (c: string | null) => {
      if (!c) return setDetail(null);
      const r = await getDossier(token, c);
      if (r.ok) {
        setDetail(r.data);
        setDetailError(null);
      } else {
        setDetail(null);
        setDetailError(r.error.message);
      }
    },
    [token],
  );

  useEffect(() => {
    void loadList();
  }, [loadList]);
  useEffect(() => {
    void loadDetail(code);
  }, [code, loadDetail]);

  const live = useDossierChanges(token, (c) => {
    void loadList();
    if (code && (!c || c.code === code)) void loadDetail(code);
  });

  const dismiss = useCallback(() => setNotice(null), []);

  return (
    <div className="desk dos-page" data-testid="dossiers-page" data-live={live ? 'on' : 'off'}>
      <header className="desk-bar">
        <div className="desk-bar-title">
          <strong>{dt('mine.title')}</strong>
          <span>{officeName}</span>
        </div>
        <div className="desk-bar-user">{session.user.displayName}</div>
        {onBack ? (
          <BigButton tone="quiet" onClick={onBack}>
            {dt('mine.back')}
          </BigButton>
        ) : null}
        <BigButton tone="quiet" onClick={onLogout}>
          {t('logout')}
        </BigButton>
      </header>
      <div className="dos-split">
        <aside className="dos-list-pane">
          <div className="dos-tabs" role="tablist">
            {(['me', 'all'] as const).map((h) => (
              <button key={h} type="button" role="tab" aria-selected={holder === h} className={holder === h ? 'is-on' : undefined} onClick={() => setHolder(h)}>
                {h === 'me' ? dt('mine.title') : dt('mine.all')}
                {holder === h && list ? <span className="desk-queue-total">{list.length}</span> : null}
              </button>
            ))}
          </div>
          <ErrorLine>{listError}</ErrorLine>
          {list && list.length === 0 ? <p className="desk-queue-empty">{dt('mine.empty')}</p> : null}
          <ol className="dos-list" data-testid="dossier-list">
            {(list ?? []).map((d) => (
              <li key={d.code}>
                <button
                  type="button"
                  className={`dos-list-item${d.code === code ? ' is-on' : ''}${d.overdue ? ' is-overdue' : d.dueSoon ? ' is-soon' : ''}`}
                  data-code={d.code}
                  onClick={() => setCode(d.code)}
                >
                  <span className="dos-list-top">
                    <span className="dos-code">{d.code}</span>
                    <StatusPill status={d.status} />
                  </span>
                  <span className="dos-list-proc">{d.procedureName}</span>
                  <span className="dos-list-meta">
                    <span>{d.applicantName}</span>
                    <span>
                      {dt('detail.due')}: <b>{formatDue(d.dueAt, timeZone)}</b>
                    </span>
                  </span>
                  <span className="dos-list-flags">
                    <Flags overdue={d.overdue} dueSoon={d.dueSoon} status={d.status} />
                    {holder === 'all' ? <span className="dos-list-holder">{d.holder.name}</span> : null}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </aside>
        <main className="dos-detail-pane">
          <Notice notice={notice} onDismiss={dismiss} />
          {detail ? (
            <DossierDetail
              key={detail.code}
              dossier={detail}
              session={session}
              timeZone={timeZone}
              listItem={list?.find((x) => x.code === detail.code) ?? null}
              initialAction={detail.code === initialCode ? initialAction ?? null : null}
              onChanged={(d, message) => {
                setDetail(d);
                setNotice({ id: Date.now(), kind: 'ok', text: message });
                void loadList();
              }}
              onError={(text) => setNotice({ id: Date.now(), kind: 'error', text })}
            />
          ) : detailError ? (
            <p className="mc-notice mc-notice-error" role="alert">
              {dt('detail.notFound')} {detailError}
            </p>
          ) : (
            <p className="dos-empty-detail">{dt('mine.pick')}</p>
          )}
        </main>
      </div>
    </div>
  );
}
