import type { CallRecord } from '@motcua/protocol';
import { t } from '@motcua/ui';

export function RecentCalls({ calls }: { calls: readonly CallRecord[] }) {
  return (
    <section className="tv-recent" data-testid="tv-recent">
      <h2 className="tv-section-title">{t('tv.recent')}</h2>
      <ol className="tv-recent-list">
        {calls.map((c) => (
          <li key={`${c.ticketId}-${c.at}`} data-label={c.label}>
            <span className="tv-recent-label">{c.label}</span>
            <span className="tv-recent-arrow" aria-hidden="true">
              →
            </span>
            <span className="tv-recent-counter">{t('counter.label', { n: c.counterNumber })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
