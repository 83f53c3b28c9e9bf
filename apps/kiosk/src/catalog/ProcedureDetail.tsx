import type { Procedure, Snapshot } from '@motcua/protocol';
import { activeServices } from '@motcua/ui';
import { onlineLevelText, processingTimeText, serviceForField } from '../kioskFormat.js';
import { kt } from '../kioskText.js';

/** One procedure: name, field, time, fee, online level, numbered components; take a ticket for it. */
export function ProcedureDetail({
  procedure: p,
  snapshot,
  online,
  busy,
  onTake,
}: {
  procedure: Procedure;
  snapshot: Snapshot;
  online: boolean;
  busy: boolean;
  onTake: (serviceId: string) => void;
}) {
  const service = serviceForField(activeServices(snapshot), p.field);
  const onlineLevel = onlineLevelText(p.onlineLevel ?? null);
  const components = Array.isArray(p.components) ? p.components : [];
  return (
    <article className="kiosk-procedure-detail" data-testid="procedure-detail" data-code={p.code}>
      <h2 className="kiosk-detail-name">{p.name}</h2>
      <dl className="kiosk-detail-facts">
        <div>
          <dt>{kt('catalog.detail.field')}</dt>
          <dd>{p.field}</dd>
        </div>
        <div>
          <dt>{kt('catalog.detail.time')}</dt>
          <dd data-testid="procedure-time">{processingTimeText(p.processingTime)}</dd>
        </div>
        <div className={(p.fee?.length ?? 0) > 40 ? 'is-wide' : undefined}>
          <dt>{kt('catalog.detail.fee')}</dt>
          <dd>{p.fee?.trim() ? p.fee : kt('catalog.detail.fee.none')}</dd>
        </div>
        {onlineLevel ? (
          <div>
            <dt>{kt('catalog.detail.online')}</dt>
            <dd>{onlineLevel}</dd>
          </div>
        ) : null}
      </dl>
      <h3 className="kiosk-detail-h3">{kt('catalog.detail.components')}</h3>
      {components.length ? (
        <ol className="kiosk-detail-components" data-testid="procedure-components">
          {components.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ol>
      ) : (
        <p className="kiosk-catalog-note">{kt('catalog.detail.components.none')}</p>
      )}
      <div className="kiosk-detail-take">
        {service ? (
          <>
            <button
              type="button"
              className="kiosk-take"
              data-testid="procedure-take"
              data-service={service.id}
              disabled={busy || !online}
              onClick={() => onTake(service.id)}
            >
              <span className="kiosk-service-prefix" aria-hidden="true">
                {service.prefix}
              </span>
              <span className="kiosk-take-text">
                <span className="kiosk-take-label">{kt('catalog.take')}</span>
                <span className="kiosk-take-service">{kt('catalog.take.service', { prefix: service.prefix, name: service.name })}</span>
              </span>
            </button>
            {online ? null : (
              <p className="kiosk-catalog-note is-warning" role="status">
                {kt('catalog.take.offline')}
              </p>
            )}
          </>
        ) : (
          <p className="kiosk-lookup-error" role="status">
            {kt('catalog.take.none')}
          </p>
        )}
      </div>
    </article>
  );
}
