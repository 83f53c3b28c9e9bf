import type { DossierLookup } from '@motcua/protocol';
import { formatDate, formatTime } from '@motcua/ui';
import { kt } from '../kioskText.js';

/** The progress of a dossier, oldest step first: status, the unit that recorded it, when. */
export function DossierTimeline({ lookup, timeZone }: { lookup: DossierLookup; timeZone: string }) {
  const steps = lookup.timeline ?? [];
  return (
    <div className="kiosk-timeline-card">
      <h2 className="kiosk-catalog-h2">{kt('dossier.timeline')}</h2>
      {steps.length === 0 ? <p className="kiosk-catalog-note">{kt('dossier.timeline.empty')}</p> : null}
      <ol className="kiosk-timeline" data-testid="dossier-timeline">
        {steps.map((s, i) => (
          <li key={i} className={i === steps.length - 1 ? 'is-current' : ''}>
            <span className="kiosk-timeline-time">
              {formatTime(s.at, timeZone)}
              <small>{formatDate(s.at, timeZone)}</small>
            </span>
            <span className="kiosk-timeline-body">
              <strong>{s.statusName}</strong>
              <small>{s.unit}</small>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
