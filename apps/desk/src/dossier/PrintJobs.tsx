import { useEffect, useState } from 'react';
import type { PrintJobInfo } from '@motcua/protocol';
import { reprintJob, useHubEvents } from '@motcua/ui';
import { getJob } from './api.js';
import { dt } from './strings.js';

/**
 * The state of the print jobs of one document (Mẫu 01 has two copies): live from
 * `print:updated`, first read with `GET /api/print/jobs/:id`; a failed copy has "In lại".
 */
type Known = PrintJobInfo | { fetchError: string };

/** The newer of two states of a job (an answer may arrive after the events it caused). */
function newer(cur: Known | undefined, next: Known): Known {
  if (!cur || 'fetchError' in cur || 'fetchError' in next) return next;
  return next.updatedAt >= cur.updatedAt || next.attempts > cur.attempts ? next : cur;
}

export function PrintJobs({ ids, token, title }: { ids: readonly string[]; token: string; title: string }) {
  const [jobs, setJobs] = useState<Record<string, Known>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ id: string; message: string } | null>(null);
  const key = ids.join(',');

  useEffect(() => {
    let alive = true;
    for (const id of ids) {
      void getJob(token, id).then((r) => {
        if (!alive) return;
        // an event may have arrived first: keep the newer one
        setJobs((j) => ({ ...j, [id]: r.ok ? newer(j[id], r.data) : j[id] ?? { fetchError: r.error.message } }));
      });
    }
    return () => {
      alive = false;
    };
  }, [key, token]);

  useHubEvents((e) => {
    if (e.name === 'print:updated' && ids.includes(e.change.job.id)) {
      const job = e.change.job;
      setJobs((j) => ({ ...j, [job.id]: newer(j[job.id], job) }));
    }
  });

  async function reprint(id: string) {
    setBusy(id);
    setError(null);
    const r = await reprintJob(id, { token });
    setBusy(null);
    if (r.ok) setJobs((j) => ({ ...j, [id]: newer(j[id], r.data.job) }));
    else setError({ id, message: r.error.message });
  }

  return (
    <div className="dos-print" data-testid="print-jobs">
      <div className="dos-print-title">{title}</div>
      {ids.length === 0 ? <div className="dos-print-row is-none">{dt('print.none')}</div> : null}
      {ids.map((id, i) => {
        const j = jobs[id];
        const state = !j ? 'unknown' : 'fetchError' in j ? 'failed' : j.state;
        const text = !j
          ? dt('print.unknown')
          : 'fetchError' in j
            ? dt('print.failed', { message: j.fetchError })
            : j.state === 'failed'
              ? dt('print.failed', { message: j.error?.message ?? '' })
              : dt(`print.${j.state}`);
        return (
          <div key={id} className={`dos-print-row is-${state}`} data-job={id} data-state={state}>
            <span>
              {ids.length > 1 ? `${dt('print.copy', { n: i + 1 })}: ` : ''}
              {text}
            </span>
            {error?.id === id ? <span className="dos-print-error">{error.message}</span> : null}
            {state === 'failed' ? (
              <button type="button" className="desk-q-call" disabled={busy === id} onClick={() => void reprint(id)}>
                {dt('print.reprint')}
              </button>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
