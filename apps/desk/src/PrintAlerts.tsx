import { useState } from 'react';
import type { Snapshot } from '@motcua/protocol';
import { reprintJob, t } from '@motcua/ui';

/**
 * Printer trouble the clerk should know about: a printer in error or warning, and tickets that
 * were not printed (the number is kept; "In lại" prints the same ticket again).
 */
export function PrintAlerts({ snapshot, token, onError }: { snapshot: Snapshot; token: string; onError: (m: string) => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const printers = (snapshot.printers ?? []).filter((p) => p.health === 'error' || p.health === 'warning');
  const failed = snapshot.failedPrintJobs ?? [];
  if (printers.length === 0 && failed.length === 0) return null;
  return (
    <div className="desk-print" role="status">
      {printers.map((p) => (
        <div key={p.id} className={`desk-print-row is-${p.health}`}>
          {t('desk.print.printer', { name: p.name, message: p.message ?? p.code ?? '' })}
        </div>
      ))}
      {failed.slice(0, 3).map((j) => (
        <div key={j.id} className="desk-print-row is-error">
          <span>{t('desk.print.failed', { label: j.label ?? '', message: j.error?.message ?? '' })}</span>
          <button
            type="button"
            className="desk-q-call"
            disabled={busy !== null}
            onClick={async () => {
              setBusy(j.id);
              const r = await reprintJob(j.id, { token });
              setBusy(null);
              if (!r.ok) onError(r.error.message);
            }}
          >
            {t('desk.print.reprint')}
          </button>
        </div>
      ))}
    </div>
  );
}
