import type { Priority, Snapshot } from '@motcua/protocol';
import { activeServices, BigButton, priorityKey, t, waitingCounts } from '@motcua/ui';
import { kt } from './kioskText.js';

export function ServiceScreen({
  snapshot,
  online,
  busy,
  priority,
  onPick,
  onPriority,
  onClearPriority,
  onCatalog,
  onDossier,
}: {
  snapshot: Snapshot;
  online: boolean;
  busy: boolean;
  priority: Priority | null;
  onPick: (serviceId: string) => void;
  onPriority: () => void;
  onClearPriority: () => void;
  onCatalog: () => void;
  onDossier: () => void;
}) {
  const services = activeServices(snapshot);
  const waiting = waitingCounts(snapshot);
  return (
    <section className="kiosk-services" aria-busy={busy}>
      <h1 className={`kiosk-title${online ? '' : ' is-offline'}`}>
        {busy ? t('kiosk.issuing') : online ? t('kiosk.choose') : t('kiosk.offline')}
      </h1>
      {priority ? (
        <div className="kiosk-prio-banner" role="status">
          <span>★ {t('kiosk.priority.selected', { kind: t(priorityKey(priority)) })}</span>
          <BigButton tone="quiet" size="touch" onClick={onClearPriority}>
            {t('kiosk.priority.clear')}
          </BigButton>
        </div>
      ) : null}
      {services.length === 0 ? <p className="kiosk-empty">{t('kiosk.noServices')}</p> : null}
      <div className="kiosk-grid">
        {services.map((s) => (
          <button
            key={s.id}
            type="button"
            className="kiosk-service"
            data-service={s.id}
            disabled={busy || !online}
            onClick={() => onPick(s.id)}
          >
            <span className="kiosk-service-prefix" aria-hidden="true">
              {s.prefix}
            </span>
            <span className="kiosk-service-text">
              <span className="kiosk-service-name">{s.name}</span>
              <span className="kiosk-service-waiting">{t('kiosk.waiting', { n: waiting[s.id] ?? 0 })}</span>
            </span>
          </button>
        ))}
      </div>
      {!priority ? (
        <BigButton tone="secondary" size="touch" className="kiosk-prio-toggle" disabled={busy} onClick={onPriority}>
          <span className="kiosk-prio-star" aria-hidden="true">
            ★
          </span>
          <span>
            {t('kiosk.priority.button')}
            <small>{t('kiosk.priority.hint')}</small>
          </span>
        </BigButton>
      ) : null}
      <nav className="kiosk-lookups" aria-label={kt('home.lookups')}>
        <button type="button" className="kiosk-lookup-entry" data-testid="open-catalog" disabled={busy} onClick={onCatalog}>
          <span className="kiosk-lookup-icon" aria-hidden="true">
            ☰
          </span>
          <span className="kiosk-lookup-text">
            <span className="kiosk-lookup-name">{kt('home.catalog')}</span>
            <span className="kiosk-lookup-hint">{kt('home.catalog.hint')}</span>
          </span>
        </button>
        <button type="button" className="kiosk-lookup-entry" data-testid="open-dossier" disabled={busy} onClick={onDossier}>
          <span className="kiosk-lookup-icon" aria-hidden="true">
            <span className="kiosk-barcode" />
          </span>
          <span className="kiosk-lookup-text">
            <span className="kiosk-lookup-name">{kt('home.dossier')}</span>
            <span className="kiosk-lookup-hint">{kt('home.dossier.hint')}</span>
          </span>
        </button>
      </nav>
    </section>
  );
}
