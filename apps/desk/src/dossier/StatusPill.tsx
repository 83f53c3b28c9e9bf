import { DOSSIER_STATUS, type DossierStatusCode } from '@motcua/protocol';
import { dt } from './strings.js';

/** A dossier's status as a coloured pill, and its overdue / due-soon / paused flags. */
export function StatusPill({ status }: { status: DossierStatusCode }) {
  return (
    <span className={`dos-status dos-status-${status}`} data-status={status} data-testid="dossier-status">
      {DOSSIER_STATUS[status] ?? String(status)}
    </span>
  );
}

export function Flags({ overdue, dueSoon, status }: { overdue: boolean; dueSoon: boolean; status: DossierStatusCode }) {
  return (
    <>
      {overdue ? <span className="dos-flag is-overdue">{dt('flag.overdue')}</span> : null}
      {!overdue && dueSoon ? <span className="dos-flag is-soon">{dt('flag.dueSoon')}</span> : null}
      {status === 5 ? <span className="dos-flag is-paused">{dt('flag.paused')}</span> : null}
      {status === 6 ? <span className="dos-flag is-paused">{dt('flag.financial')}</span> : null}
    </>
  );
}
