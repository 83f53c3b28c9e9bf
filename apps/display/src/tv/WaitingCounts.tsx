import type { Service } from '@motcua/protocol';
import { t } from '@motcua/ui';

export function WaitingCounts({ services, counts }: { services: readonly Service[]; counts: Record<string, number> }) {
  if (services.length === 0) return null;
  return (
    <section className="tv-waiting" aria-label={t('tv.waiting')} data-testid="tv-waiting">
      <div className="tv-waiting-title">{t('tv.waiting')}</div>
      <ul className="tv-waiting-list" data-count={services.length}>
        {services.map((s) => (
          <li key={s.id} data-service={s.id}>
            <span className="tv-waiting-prefix">{s.prefix}</span>
            <span className="tv-waiting-name">{s.name}</span>
            <span className="tv-waiting-count">{counts[s.id] ?? 0}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
