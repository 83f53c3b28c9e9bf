import { useEffect, useRef, useState } from 'react';
import type { PrintJobInfo, PrintJobState } from '@motcua/protocol';
import { getPrintJob, t, useHubClient, useHubEvents } from '@motcua/ui';
import { kt } from './kioskText.js';

interface Status {
  state: PrintJobState;
  message: string | null;
  at: string;
}

const fromJob = (j: PrintJobInfo): Status => ({ state: j.state, message: j.error?.message ?? null, at: j.updatedAt });
const newer = (a: Status | null, b: Status) => (!a || b.at >= a.at ? b : a);

/**
 * What the kiosk's printer did with this ticket: `print:updated` events, plus one look-up on
 * mount (the job may have printed before the answer reached the screen). Nothing when
 * the hub made no print job (no printer assigned).
 */
export function PrintStatusLine({
  printJobId,
  label,
  onFailed,
}: {
  printJobId: string | null;
  /** The ticket's number, repeated in a failure message so the citizen can note it. */
  label: string;
  onFailed?: () => void;
}) {
  const client = useHubClient();
  const [status, setStatus] = useState<Status | null>(null);
  useHubEvents((e) => {
    if (e.name === 'print:updated' && e.change.job.id === printJobId) setStatus((s) => newer(s, fromJob(e.change.job)));
  });
  useEffect(() => {
    if (!printJobId) return;
    let live = true;
    void getPrintJob(printJobId, { token: client.token }).then((r) => {
      if (live && r.ok) setStatus((s) => newer(s, fromJob(r.data)));
    });
    return () => {
      live = false;
    };
  }, [printJobId, client]);
  const state = status?.state ?? 'queued';
  const failed = useRef(onFailed);
  useEffect(() => {
    failed.current = onFailed;
  });
  useEffect(() => {
    if (state === 'failed') failed.current?.();
  }, [state]);
  if (!printJobId) return null;
  if (state === 'failed') {
    // "Máy in hết giấy — số của bạn là A025, vui lòng nhớ số hoặc báo cán bộ."
    return (
      <div className="kiosk-print is-failed" role="alert" data-testid="print-status">
        {kt('print.failed', { message: status?.message || kt('print.failed.unknown'), label })}
      </div>
    );
  }
  return (
    <div className={`kiosk-print is-${state}`} role="status" data-testid="print-status">
      {state === 'printed' ? t('kiosk.print.printed') : t('kiosk.print.printing')}
    </div>
  );
}
