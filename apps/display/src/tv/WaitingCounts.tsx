import type { Service } from '@motcua/protocol';
import { t } from '@motcua/ui';

export function WaitingCounts({ services, counts }: { services: readonly Service[]; counts: Record<string, number> }) {
  return (
    <section className="tv-waiting" aria-label={t('tv.waiting')}>
      <div className="tv-waiting-title">{t('tv.waiting')}</div>
      <ul className="tv-waiting-list">
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
