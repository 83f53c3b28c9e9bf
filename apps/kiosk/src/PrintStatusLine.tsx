import { useState } from 'react';
import type { PrintJobState } from '@motcua/protocol';
import { t, useHubEvents } from '@motcua/ui';

/**
 * What the kiosk's printer did with this ticket, from the hub's `print:updated` events.
 * Nothing when the hub made no print job (no printer assigned).
 */
export function PrintStatusLine({ printJobId }: { printJobId: string | null }) {
  const [state, setState] = useState<{ state: PrintJobState; message: string | null }>({ state: 'queued', message: null });
  useHubEvents((e) => {
    if (e.name === 'print:updated' && e.change.job.id === printJobId) {
      setState({ state: e.change.job.state, message: e.change.job.error?.message ?? null });
    }
  });
  if (!printJobId) return null;
  if (state.state === 'failed') {
    return (
      <div className="kiosk-print is-failed" role="alert" data-testid="print-status">
        {t('kiosk.print.failed', { message: state.message ?? '' })}
      </div>
    );
  }
  return (
    <div className={`kiosk-print is-${state.state}`} role="status" data-testid="print-status">
      {state.state === 'printed' ? t('kiosk.print.printed') : t('kiosk.print.printing')}
    </div>
  );
}
