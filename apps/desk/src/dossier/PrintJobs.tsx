import { useEffect, useState } from 'react';
import type { PrintJobInfo } from '@motcua/protocol';
import { reprintJob, useHubEvents } from '@motcua/ui';
import { getJob } from './api.js';
import { dt } from './strings.js';

/**
 * The state of the print jobs of one document (Mẫu 01 has two copies): live from
 * `print:updated`, first read with `GET /api/print/jobs/:id`; a failed copy has "In lại".
 */
export function PrintJobs({ ids, token, title }: { ids: readonly string[]; token: string; title: string }) {
  const [jobs, setJobs] = useState<Record<string, PrintJobInfo | { fetchError: string }>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const key = ids.join(',');

  useEffect(() => {
    let alive = true;
    for (const id of ids) {
      void getJob(token, id).then((r) => {
        if (!alive) return;
        // an event may have arrived first: keep the newer one
        setJobs((j) => {
          const cur = j[id];
          if (r.ok && cur && 'updatedAt' in cur && cur.updatedAt > r.data.updatedAt) return j;
          return { ...j, [id]: r.ok ? r.data : { fetchError: r.error.message } };
        });
      });
    }
    return () => {
      alive = false;
    };
  }, [key, token]);

  useHubEvents((e) => {
    if (e.name === 'print:updated' && ids.includes(e.change.job.id)) setJobs((j) => ({ ...j, [e.change.job.id]: e.change.job }));
  });

  async function reprint(id: string) {
    setBusy(id);
    const r = await reprintJob(id, { token });
    setBusy(null);
    setJobs((j) => ({ ...j, [id]: r.ok ? r.data.job : { fetchError: r.error.message } }));
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
