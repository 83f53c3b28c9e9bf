import { useEffect, useRef, useState } from 'react';
import type { Procedure, Snapshot } from '@motcua/protocol';
import { BigButton, t, useHubClient, type ClientError } from '@motcua/ui';
import { compareVi, rankByPhrase } from '../kioskFormat.js';
import { fetchFields, searchProcedures, type FieldCount } from '../kioskRest.js';
import { kt } from '../kioskText.js';
import { LookupBar } from '../LookupBar.js';
import { OnScreenKeyboard } from '../OnScreenKeyboard.js';
import { ProcedureDetail } from './ProcedureDetail.js';
import { ProcedureList } from './ProcedureList.js';

type Load<T> = { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; error: ClientError };

const SEARCH_DELAY_MS = 300;
/** What the search box accepts: letters (with or without diacritics), digits, spaces, a few marks. */
const clean = (s: string) => s.replace(/[^\p{L}\p{N} .,\-/()]/gu, '').slice(0, 80);

/**
 * Procedure catalog (tra cứu thủ tục hành chính): browse by field or search by name on a big
 * letter keyboard (no diacritics needed), then a procedure's detail with a ticket button.
 */
export function CatalogScreen({
  snapshot,
  online,
  busy,
  onTake,
  onHome,
}: {
  snapshot: Snapshot;
  online: boolean;
  busy: boolean;
  onTake: (serviceId: string) => void;
  onHome: () => void;
}) {
  const client = useHubClient();
  const [fields, setFields] = useState<Load<FieldCount[]>>({ state: 'loading' });
  const [q, setQ] = useState('');
  const [typing, setTyping] = useState(false);
  const [field, setField] = useState<string | null>(null);
  const [detail, setDetail] = useState<Procedure | null>(null);
  const [list, setList] = useState<Load<Procedure[]> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const top = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    setFields({ state: 'loading' });
    void fetchFields(client.token).then((r) => {
      if (!live) return;
      setFields(r.ok ? { state: 'ok', data: [...r.data].sort((a, b) => compareVi(a.field, b.field)) } : { state: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [client, attempt]);

  // the list under the search box (live while typing) or of the chosen field
  const query = q.trim();
  useEffect(() => {
    if (!field && query.length === 0) {
      setList(null);
      return;
    }
    let live = true;
    // while typing, the previous results stay until the new ones arrive (no flicker)
    setList((l) => (!field && l?.state === 'ok' ? l : { state: 'loading' }));
    const timer = setTimeout(
      () => {
        void searchProcedures(field ? { field, limit: 200 } : { q: query, limit: 60 }, client.token).then((r) => {
          if (!live) return;
          setList(r.ok ? { state: 'ok', data: field ? r.data : rankByPhrase(r.data, query) } : { state: 'error', error: r.error });
        });
      },
      field ? 0 : SEARCH_DELAY_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, field, query, attempt]);

  // each step starts at its top
  useEffect(() => {
    top.current?.closest('.kiosk-main')?.scrollTo({ top: 0 });
  }, [field, detail, typing]);

  if (detail) {
    return (
      <section className="kiosk-catalog" ref={top}>
        <LookupBar title={kt('catalog.title')} onBack={() => setDetail(null)} onHome={onHome} />
        <ProcedureDetail procedure={detail} snapshot={snapshot} online={online} busy={busy} onTake={onTake} />
      </section>
    );
  }

  const retry = () => setAttempt((n) => n + 1);
  const closeSearch = () => {
    setTyping(false);
    setQ('');
  };
  const listBlock =
    list === null ? null : list.state === 'loading' ? (
      <p className="kiosk-catalog-note">{kt('catalog.loading')}</p>
    ) : list.state === 'error' ? (
      <LoadError onRetry={retry} />
    ) : (
      <>
        {field ? null : (
          <p className="kiosk-catalog-note" data-testid="catalog-count">
            {list.data.length ? kt('catalog.results.count', { n: list.data.length }) : kt('catalog.results.none')}
          </p>
        )}
        <ProcedureList procedures={list.data} showField={!field} onPick={setDetail} />
      </>
    );

  if (field) {
    return (
      <section className="kiosk-catalog" ref={top}>
        <LookupBar title={kt('catalog.field.title', { field })} onBack={() => setField(null)} onHome={onHome} />
        {listBlock}
      </section>
    );
  }

  return (
    <section className="kiosk-catalog" ref={top}>
      <LookupBar title={kt('catalog.title')} onBack={typing || query ? closeSearch : null} onHome={onHome} />
      <form
        className="kiosk-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setTyping(false);
        }}
      >
        <label className="kiosk-search-label" htmlFor="kiosk-search-input">
          {kt('catalog.search')}
        </label>
        <div className="kiosk-search-row">
          <input
            id="kiosk-search-input"
            className="kiosk-search-input"
            data-testid="catalog-search"
            inputMode="none"
            autoComplete="off"
            spellCheck={false}
            placeholder={kt('catalog.search.placeholder')}
            value={q}
            onFocus={() => setTyping(true)}
            onClick={() => setTyping(true)}
            onChange={(e) => setQ(clean(e.target.value))}
          />
          <BigButton size="touch" tone="primary" type="submit" data-testid="catalog-search-go">
            {kt('catalog.search.go')}
          </BigButton>
        </div>
      </form>
      {typing ? (
        <OnScreenKeyboard
          layout="letters"
          onKey={(ch) => setQ((s) => clean((s + ch).replace(/^ +/, '').replace(/ {2,}/g, ' ')))}
          onBackspace={() => setQ((s) => s.slice(0, -1))}
          onClear={() => setQ('')}
        />
      ) : null}
      {query ? (
        listBlock
      ) : (
        <>
          <h2 className="kiosk-catalog-h2">{kt('catalog.fields')}</h2>
          {fields.state === 'loading' ? <p className="kiosk-catalog-note">{kt('catalog.loading')}</p> : null}
          {fields.state === 'error' ? <LoadError onRetry={retry} /> : null}
          {fields.state === 'ok' && fields.data.length === 0 ? <p className="kiosk-catalog-note">{kt('catalog.empty')}</p> : null}
          {fields.state === 'ok' ? (
            <div className="kiosk-fields">
              {fields.data.map((f) => (
                <button
                  key={f.field}
                  type="button"
                  className="kiosk-field"
                  data-field={f.field}
                  onClick={() => {
                    setTyping(false);
                    setField(f.field);
                  }}
                >
                  <span className="kiosk-field-name">{f.field}</span>
                  <span className="kiosk-field-count">{kt('catalog.count', { n: f.count })}</span>
                </button>
              ))}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function LoadError({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="kiosk-lookup-error" role="alert">
      <p>{kt('catalog.error')}</p>
      <BigButton size="touch" tone="primary" onClick={onRetry}>
        {t('common.retry')}
      </BigButton>
    </div>
  );
}
