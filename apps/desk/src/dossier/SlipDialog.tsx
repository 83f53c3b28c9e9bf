import { useState, type FormEvent } from 'react';
import type { Procedure } from '@motcua/protocol';
import { BigButton, Dialog, ErrorLine } from '@motcua/ui';
import { printSlip } from './api.js';
import { PrintJobs } from './PrintJobs.js';
import { dt } from './strings.js';

/** Mẫu 02 (what to add or complete) or Mẫu 03 (why it is refused): a list of lines → printed. */
export function SlipDialog({
  kind,
  token,
  counterId,
  procedure,
  applicantName,
  initialItems,
  onClose,
  onPrinted,
}: {
  kind: 'supplement' | 'refusal';
  token: string;
  counterId: string;
  procedure: Procedure | null;
  applicantName: string;
  initialItems: string[];
  onClose: () => void;
  onPrinted: () => void;
}) {
  const [items, setItems] = useState<string[]>(initialItems.length ? initialItems : ['']);
  const [name, setName] = useState(applicantName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [jobs, setJobs] = useState<string[] | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const lines = items.map((x) => x.trim()).filter(Boolean);
    if (!procedure) return setError(dt('slip.needProcedure'));
    if (!name.trim()) return setError(dt('slip.needName'));
    if (!lines.length) return setError(dt('slip.needItems'));
    setBusy(true);
    setError(null);
    const r = await printSlip(token, { counterId, kind, procedureCode: procedure.code, applicantName: name.trim(), items: lines, print: true });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setJobs(r.data.printJobIds);
  }

  const title = dt(kind === 'supplement' ? 'slip.supplement.title' : 'slip.refusal.title');
  return (
    <Dialog title={title} onClose={onClose}>
      {jobs ? (
        <div className="desk-dialog-form" data-testid="slip-printed">
          <p className="mc-notice mc-notice-ok">{dt('slip.ok')}</p>
          <PrintJobs ids={jobs} token={token} title={title} />
          <BigButton onClick={onPrinted} autoFocus>
            {dt('slip.done')}
          </BigButton>
        </div>
      ) : (
        <form className="desk-dialog-form" onSubmit={submit} data-testid={`slip-${kind}`}>
          {procedure ? <div className="dos-proc-name">{procedure.name}</div> : <p className="mc-notice mc-notice-info">{dt('slip.needProcedure')}</p>}
          <label className="mc-field">
            {dt('slip.applicantName')}
            <input className="mc-input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          </label>
          <div className="mc-field">
            {dt(kind === 'supplement' ? 'slip.supplement.items' : 'slip.refusal.items')}
            {items.map((it, i) => (
              <div key={i} className="dos-row">
                <span className="dos-slip-n">{i + 1}.</span>
                <input
                  className="mc-input dos-grow"
                  value={it}
                  maxLength={600}
                  autoFocus={i === items.length - 1 && !it}
                  aria-label={`${i + 1}`}
                  onChange={(e) => setItems(items.map((x, j) => (j === i ? e.target.value : x)))}
                />
                <button type="button" className="dos-link" onClick={() => setItems(items.length > 1 ? items.filter((_, j) => j !== i) : [''])}>
                  {dt('reception.remove')}
                </button>
              </div>
            ))}
            <button type="button" className="dos-link dos-add" disabled={items.length >= 30} onClick={() => setItems([...items, ''])}>
              + {dt('slip.addItem')}
            </button>
          </div>
          <ErrorLine>{error}</ErrorLine>
          <BigButton type="submit" disabled={busy || !procedure}>
            {busy ? dt('slip.printing') : dt('slip.print')}
          </BigButton>
        </form>
      )}
    </Dialog>
  );
}
