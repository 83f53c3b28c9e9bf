import type { DossierLookup } from '@motcua/protocol';
import { formatDateTime } from '../kioskFormat.js';
import { kt } from '../kioskText.js';

/** What anyone holding the receipt may see: procedure, status, dates, on time or late. */
export function DossierSummary({ lookup: d, timeZone }: { lookup: DossierLookup; timeZone: string }) {
  return (
    <div className="kiosk-dossier-card" data-testid="dossier-summary">
      <div className="kiosk-dossier-code">
        {kt('dossier.code')}: <strong>{d.code}</strong>
      </div>
      <div className="kiosk-dossier-procedure">{d.procedureName}</div>
      <div className="kiosk-dossier-status-row">
        <span className="kiosk-dossier-status" data-testid="dossier-status" data-status={d.status}>
          {d.statusName}
        </span>
        <span className={`kiosk-dossier-ontime ${d.onTime ? 'is-ok' : 'is-late'}`} data-testid="dossier-ontime">
          {d.onTime ? `✓ ${kt('dossier.onTime')}` : `! ${kt('dossier.late')}`}
        </span>
      </div>
      <dl className="kiosk-detail-facts">
        <div>
          <dt>{kt('dossier.received')}</dt>
          <dd>{formatDateTime(d.receivedAt, timeZone)}</dd>
        </div>
        <div>
          <dt>{kt('dossier.due')}</dt>
          <dd data-testid="dossier-due">{formatDateTime(d.dueAt, timeZone)}</dd>
        </div>
      </dl>
    </div>
  );
}
