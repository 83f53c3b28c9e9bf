import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { COMPONENT_FORMS, TIME_UNITS, type Counter, type Dossier, type Procedure, type Snapshot, type Ticket } from '@motcua/protocol';
import { BigButton, ErrorLine, Notice, type NoticeMessage, useNow } from '@motcua/ui';
import { dueDate, openPdf, receiveDossier, searchProcedures } from './api.js';
import { formatDue, formatShort } from './format.js';
import {
  effectiveTime,
  emptyForm,
  fieldErrors,
  friendlyMessage,
  missingComponents,
  missingFields,
  needsChosenTime,
  processingTimeLabel,
  receiveInput,
  rowsFor,
  type ComponentRow,
  type ReceptionForm,
} from './logic.js';
import { PrintJobs } from './PrintJobs.js';
import { SlipDialog } from './SlipDialog.js';
import { dt, type DossierKey } from './strings.js';

interface Received {
  dossier: Dossier;
  printJobIds: string[];
}

/**
 * Reception of a complete dossier at the counter, for the citizen being served: procedure,
 * components received, applicant, return; a live return-date preview; then Mẫu 01 printed.
 * Also Mẫu 02 (supplement guidance) and Mẫu 03 (refusal) from the same screen.
 */
export function ReceptionPanel({
  snapshot,
  counter,
  ticket,
  token,
  clockOffsetMs,
  form,
  setForm,
  onBack,
  onHandoff,
}: {
  /** Kept by the workstation, so going back to the queue and returning loses nothing. */
  form: ReceptionForm;
  setForm: (update: (f: ReceptionForm) => ReceptionForm) => void;
  snapshot: Snapshot;
  counter: Counter;
  ticket: Ticket | undefined;
  token: string;
  clockOffsetMs: number;
  onBack: () => void;
  /** Open the dossier on the "Hồ sơ của tôi" page (to hand it off). */
  onHandoff: (code: string) => void;
}) {
  const [received, setReceived] = useState<Received | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [slip, setSlip] = useState<'supplement' | 'refusal' | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const tz = snapshot.office.timeZone;
  const set = (patch: Partial<ReceptionForm>) => setForm((f) => ({ ...f, ...patch }));

  const fields = useMemo(() => {
    const out: string[] = [];
    for (const cs of counter.services) {
      const f = snapshot.services.find((s) => s.id === cs.serviceId)?.field;
      if (f && !out.includes(f)) out.push(f);
    }
    return out;
  }, [counter.services, snapshot.services]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (submitting) return;
    const miss = missingFields(form);
    if (miss.length) {
      setError(dt('reception.missing', { list: miss.join(', ') }));
      setErrors({});
      return;
    }
    setSubmitting(true);
    setError(null);
    setErrors({});
    const r = await receiveDossier(token, receiveInput(form, counter.id));
    setSubmitting(false);
    if (!r.ok) {
      // the form keeps every value: only the messages change
      setError(friendlyMessage(r.error.message));
      setErrors(r.error.code === 'BAD_REQUEST' ? fieldErrors(r.error.message) : {});
      return;
    }
    setReceived(r.data);
    setForm(() => emptyForm());
  }

  if (received) {
    return (
      <ReceptionResult
        received={received}
        timeZone={tz}
        token={token}
        onNew={() => setReceived(null)}
        onBack={onBack}
        onHandoff={() => onHandoff(received.dossier.code)}
      />
    );
  }

  const time = form.procedure ? processingTimeLabel(form.procedure.processingTime) : null;
  const err = (path: string) =>
    errors[path] ? (
      <span className="dos-field-error" role="alert">
        {errors[path]}
      </span>
    ) : null;

  return (
    <>
      <form
        className="dos-reception"
        onSubmit={submit}
        noValidate
        data-testid="reception"
        onKeyDown={(e) => {
          // Enter in a field (a scanner ends with Enter too) never receives and prints: only the button does
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
        }}
      >
        <div className="dos-head">
          <h1>{dt('reception.title')}</h1>
          {ticket ? <span className="dos-ticket">{dt('reception.forTicket', { label: ticket.label })}</span> : null}
          <span className="dos-head-space" />
          <BigButton tone="quiet" onClick={onBack}>
            {dt('reception.back')}
          </BigButton>
        </div>
        {!ticket ? <p className="dos-hint">{dt('reception.noTicket')}</p> : null}
        <div className="dos-cols">
          <div className="dos-col">
            <section className="dos-card">
              <h2>{dt('reception.procedure')}</h2>
              {form.procedure ? (
                <div className="dos-proc-chosen" data-testid="procedure-chosen">
                  <div className="dos-proc-name">{form.procedure.name}</div>
                  <div className="dos-proc-meta">
                    <span>{form.procedure.code}</span>
                    <span>{form.procedure.field}</span>
                    {time ? (
                      <span>
                        {dt('reception.time')}: <b>{time}</b>
                      </span>
                    ) : null}
                  </div>
                  {form.procedure.fee ? (
                    <div className="dos-proc-fee">
                      {dt('reception.fee')}: {form.procedure.fee}
                    </div>
                  ) : null}
                  <button
                    type="button"
                    className="dos-link"
                    onClick={() => set({ procedure: null, components: form.components.filter((c) => c.extra) })}
                  >
                    {dt('reception.change')}
                  </button>
                </div>
              ) : (
                <ProcedurePicker
                  token={token}
                  fields={fields}
                  onPick={(p) => set({ procedure: p, components: [...rowsFor(p), ...form.components.filter((c) => c.extra)] })}
                />
              )}
              {needsChosenTime(form.procedure) ? (
                <div className="dos-choose-time">
                  <div className="dos-choose-title">{dt('reception.noTime')}</div>
                  <div className="dos-row">
                    <input
                      className="mc-input dos-num"
                      inputMode="decimal"
                      aria-label={dt('reception.time')}
                      name="chosenAmount"
                      value={form.chosenAmount}
                      disabled={form.chosenUnit === 'same-day'}
                      onChange={(e) => set({ chosenAmount: e.target.value })}
                    />
                    <select
                      className="mc-input"
                      value={form.chosenUnit}
                      aria-label={dt('reception.time')}
                      onChange={(e) => set({ chosenUnit: e.target.value as ReceptionForm['chosenUnit'] })}
                    >
                      {TIME_UNITS.map((u) => (
                        <option key={u} value={u}>
                          {dt(`unit.${u}` as DossierKey)}
                        </option>
                      ))}
                    </select>
                  </div>
                  {err('processingTime')}
                  {err('processingTime.amount')}
                </div>
              ) : null}
            </section>

            {form.procedure || form.components.length ? (
              <section className="dos-card">
                <h2>{dt('reception.components')}</h2>
                <p className="dos-hint">{dt('reception.componentsHint')}</p>
                {err('components')}
                <ComponentList rows={form.components} onChange={(components) => set({ components })} />
              </section>
            ) : null}
          </div>

          <div className="dos-col">
            <section className="dos-card">
              <h2>{dt('reception.applicant')}</h2>
              <label className="mc-field">
                {dt('reception.name')}
                <input className="mc-input" name="name" autoComplete="off" maxLength={120} value={form.name} onChange={(e) => set({ name: e.target.value })} />
                {err('applicant.name')}
              </label>
              <div className="dos-grid2">
                <label className="mc-field">
                  {dt('reception.idNumber')}
                  <input
                    className="mc-input"
                    name="idNumber"
                    inputMode="numeric"
                    autoComplete="off"
                    maxLength={20}
                    value={form.idNumber}
                    onChange={(e) => set({ idNumber: e.target.value })}
                  />
                  {err('applicant.idNumber') ??
                    (/^\d+$/.test(form.idNumber.trim()) && form.idNumber.trim().length !== 12 ? (
                      <span className="dos-field-hint">{dt('reception.idHint')}</span>
                    ) : null)}
                </label>
                <label className="mc-field">
                  {dt('reception.phone')}
                  <input
                    className="mc-input"
                    name="phone"
                    type="tel"
                    autoComplete="off"
                    maxLength={20}
                    value={form.phone}
                    onChange={(e) => set({ phone: e.target.value })}
                  />
                  {err('applicant.phone')}
                </label>
              </div>
              <div className="dos-grid2">
                <label className="mc-field">
                  {dt('reception.address')}
                  <input className="mc-input" name="address" autoComplete="off" maxLength={300} value={form.address} onChange={(e) => set({ address: e.target.value })} />
                  {err('applicant.address')}
                </label>
                <label className="mc-field">
                  {dt('reception.email')}
                  <input className="mc-input" name="email" type="email" autoComplete="off" maxLength={200} value={form.email} onChange={(e) => set({ email: e.target.value })} />
                  {err('applicant.email')}
                </label>
              </div>
            </section>

            <section className="dos-card">
              <h2>{dt('reception.other')}</h2>
              <div className="dos-grid2">
                <label className="mc-field">
                  {dt('reception.sets')}
                  <input
                    className="mc-input dos-num"
                    name="sets"
                    type="number"
                    min={1}
                    max={20}
                    value={form.sets}
                    onChange={(e) => set({ sets: Number(e.target.value) || 1 })}
                  />
                </label>
                <fieldset className="dos-radio">
                  <legend>{dt('reception.returnMethod')}</legend>
                  {(['counter', 'post'] as const).map((m) => (
                    <label key={m}>
                      <input type="radio" name="returnMethod" checked={form.returnMethod === m} onChange={() => set({ returnMethod: m })} />
                      {dt(`reception.return.${m}`)}
                    </label>
                  ))}
                </fieldset>
              </div>
            </section>
          </div>
        </div>
        <div className="dos-footer">
          {error ? (
            <p className="mc-notice mc-notice-error dos-error" role="alert" data-testid="reception-error">
              {error}
            </p>
          ) : null}
          <Notice notice={notice} onDismiss={() => setNotice(null)} />
          <div className="dos-footer-row">
            <DuePreview form={form} token={token} clockOffsetMs={clockOffsetMs} timeZone={tz} />
            <div className="dos-slips">
              <BigButton tone="secondary" onClick={() => setSlip('supplement')}>
                {dt('reception.supplementSlip')}
              </BigButton>
              <BigButton tone="secondary" onClick={() => setSlip('refusal')}>
                {dt('reception.refusalSlip')}
              </BigButton>
            </div>
            <BigButton type="submit" tone="success" className="dos-submit" disabled={submitting} data-testid="reception-submit">
              {submitting ? dt('reception.submitting') : dt('reception.submit')}
            </BigButton>
          </div>
        </div>
      </form>
      {slip ? (
        <SlipDialog
          kind={slip}
          token={token}
          counterId={counter.id}
          procedure={form.procedure}
          applicantName={form.name}
          initialItems={slip === 'supplement' ? missingComponents(form) : []}
          onClose={() => setSlip(null)}
          onPrinted={() => {
            setSlip(null);
            setNotice({ id: Date.now(), kind: 'ok', text: dt('slip.ok') });
          }}
        />
      ) : null}
    </>
  );
}

function ProcedurePicker({ token, fields, onPick }: { token: string; fields: string[]; onPick: (p: Procedure) => void }) {
  const [q, setQ] = useState('');
  const [field, setField] = useState<string | null>(null);
  const [list, setList] = useState<Procedure[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    if (!q.trim() && !field) {
      setList(null);
      setError(null);
      return;
    }
    const mine = ++seq.current;
    setLoading(true);
    const id = setTimeout(() => {
      void searchProcedures(token, { q, field: q.trim() ? undefined : field ?? undefined }).then((r) => {
        if (mine !== seq.current) return; // a newer search is on its way
        setLoading(false);
        if (r.ok) {
          setList(r.data.filter((p) => p.active));
          setError(null);
        } else setError(r.error.message);
      });
    }, 200);
    return () => clearTimeout(id);
  }, [q, field, token]);

  return (
    <div className="dos-picker">
      <label className="mc-field">
        {dt('reception.search')}
        <input
          className="mc-input"
          name="procedureSearch"
          type="search"
          autoFocus
          autoComplete="off"
          placeholder={dt('reception.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </label>
      {fields.length ? (
        <div className="dos-chips" aria-label={dt('reception.fields')}>
          {fields.map((f) => (
            <button
              key={f}
              type="button"
              className={`dos-chip${field === f && !q.trim() ? ' is-on' : ''}`}
              onClick={() => {
                setQ('');
                setField(field === f ? null : f);
              }}
            >
              {f}
            </button>
          ))}
        </div>
      ) : null}
      <ErrorLine>{error}</ErrorLine>
      {loading && !list ? <p className="dos-hint">{dt('reception.searching')}</p> : null}
      {list && list.length === 0 && !loading ? <p className="dos-hint">{dt('reception.noMatch')}</p> : null}
      {list && list.length ? (
        <ul className="dos-proc-list" data-testid="procedure-results">
          {list.map((p) => (
            <li key={p.code}>
              <button type="button" className="dos-proc-item" data-code={p.code} onClick={() => onPick(p)}>
                <span className="dos-proc-name">{p.name}</span>
                <span className="dos-proc-meta">
                  <span>{p.code}</span>
                  <span>{p.field}</span>
                  <span>{processingTimeLabel(p.processingTime) ?? dt('reception.noTimeShort')}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ComponentList({ rows, onChange }: { rows: ComponentRow[]; onChange: (rows: ComponentRow[]) => void }) {
  const [extra, setExtra] = useState('');
  const patch = (i: number, p: Partial<ComponentRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...p } : r)));
  const add = () => {
    const name = extra.trim();
    if (!name) return;
    onChange([...rows, { name, checked: true, form: 'original', count: 1, extra: true }]);
    setExtra('');
  };
  return (
    <div className="dos-components">
      <ul className="dos-comp-list">
        {rows.map((r, i) => (
          <li key={`${i}-${r.name}`} className={r.checked ? 'is-checked' : undefined} data-component={i}>
            <label className="dos-comp-check">
              <input type="checkbox" checked={r.checked} onChange={(e) => patch(i, { checked: e.target.checked })} />
              <span>{r.name}</span>
            </label>
            <div className="dos-comp-opts">
              <select
                className="mc-input"
                aria-label={`${r.name}: loại bản`}
                value={r.form}
                onChange={(e) => patch(i, { form: e.target.value as ComponentRow['form'], checked: true })}
              >
                {COMPONENT_FORMS.map((f) => (
                  <option key={f} value={f}>
                    {dt(`form.${f}`)}
                  </option>
                ))}
              </select>
              <input
                className="mc-input dos-num"
                type="number"
                min={1}
                max={99}
                aria-label={`${r.name}: ${dt('reception.count')}`}
                value={r.count}
                onChange={(e) => patch(i, { count: Math.min(99, Math.max(1, Number(e.target.value) || 1)), checked: true })}
              />
              {r.extra ? (
                <button type="button" className="dos-link" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  {dt('reception.remove')}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <div className="dos-row">
        <input
          className="mc-input dos-grow"
          placeholder={dt('reception.extraPlaceholder')}
          aria-label={dt('reception.extra')}
          maxLength={600}
          value={extra}
          onChange={(e) => setExtra(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <BigButton tone="secondary" onClick={add} disabled={!extra.trim()}>
          {dt('reception.add')}
        </BigButton>
      </div>
    </div>
  );
}

/** The return date as the hub computes it from now (refreshed each minute: the 15:00 rule). */
function DuePreview({ form, token, clockOffsetMs, timeZone }: { form: ReceptionForm; token: string; clockOffsetMs: number; timeZone: string }) {
  const minute = Math.floor(useNow(30_000, clockOffsetMs) / 60_000);
  const time = effectiveTime(form);
  const amount = time?.amount ?? null;
  const unit = time?.unit ?? null;
  const [state, setState] = useState<{ dueAt: string | null; error: string | null; loading: boolean }>({ dueAt: null, error: null, loading: false });

  useEffect(() => {
    if (!unit) {
      setState({ dueAt: null, error: null, loading: false });
      return;
    }
    let alive = true;
    setState((s) => ({ ...s, loading: true }));
    void dueDate(token, new Date(minute * 60_000).toISOString(), amount, unit).then((r) => {
      if (!alive) return;
      setState(r.ok ? { dueAt: r.data, error: null, loading: false } : { dueAt: null, error: r.error.message, loading: false });
    });
    return () => {
      alive = false;
    };
  }, [token, minute, amount, unit]);

  if (!form.procedure) return <div className="dos-due is-empty" />;
  const label = time ? processingTimeLabel(time) : null;
  return (
    <div className="dos-due" data-testid="due-preview">
      <div className="dos-due-label">
        {dt('reception.due')}
        {label ? <span className="dos-due-time"> ({label})</span> : null}
      </div>
      {!unit ? (
        <div className="dos-hint">{dt('reception.dueNeedsTime')}</div>
      ) : state.error ? (
        <div className="dos-field-error">{state.error}</div>
      ) : state.dueAt ? (
        <div className="dos-due-value" data-testid="due-value">
          {formatDue(state.dueAt, timeZone)}
        </div>
      ) : (
        <div className="dos-hint">{dt('reception.dueLoading')}</div>
      )}
    </div>
  );
}

function ReceptionResult({
  received,
  timeZone,
  token,
  onNew,
  onBack,
  onHandoff,
}: {
  received: Received;
  timeZone: string;
  token: string;
  onNew: () => void;
  onBack: () => void;
  onHandoff: () => void;
}) {
  const { dossier, printJobIds } = received;
  const [pdfError, setPdfError] = useState<string | null>(null);
  const time = processingTimeLabel(dossier.processingTime);
  return (
    <div className="dos-result" data-testid="reception-result">
      <div className="dos-result-title">{dt('result.title')}</div>
      <div className="dos-result-proc">{dossier.procedureName}</div>
      <div className="dos-result-applicant">{dossier.applicant.name}</div>
      <div className="dos-result-code-label">{dt('result.code')}</div>
      <div className="dos-result-code" data-testid="dossier-code">
        {dossier.code}
      </div>
      <dl className="dos-result-facts">
        <dt>{dt('result.due')}</dt>
        <dd data-testid="dossier-due">
          {formatDue(dossier.dueAt, timeZone)}
          {time ? ` (${time})` : ''}
        </dd>
        <dt>{dt('result.received')}</dt>
        <dd>{formatShort(dossier.receivedAt, timeZone)}</dd>
        <dt>{dt('reception.returnMethod')}</dt>
        <dd>{dt(`reception.return.${dossier.returnMethod}`)}</dd>
      </dl>
      <PrintJobs ids={printJobIds} token={token} title={dt('print.title')} />
      <ErrorLine>{pdfError}</ErrorLine>
      <div className="dos-result-actions">
        <BigButton
          tone="secondary"
          data-testid="receipt-pdf"
          onClick={async () => {
            const m = await openPdf(token, `/api/dossiers/${encodeURIComponent(dossier.code)}/receipt.pdf`);
            setPdfError(m ? dt('pdf.failed', { message: m }) : null);
          }}
        >
          {dt('result.pdf')}
        </BigButton>
        <BigButton tone="secondary" onClick={onHandoff}>
          {dt('result.handoff')}
        </BigButton>
        <BigButton tone="secondary" onClick={onNew}>
          {dt('result.new')}
        </BigButton>
        <BigButton tone="primary" onClick={onBack} autoFocus>
          {dt('result.done')}
        </BigButton>
      </div>
    </div>
  );
}
