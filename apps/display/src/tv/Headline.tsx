import type { CallRecord } from '@motcua/protocol';
import { t } from '@motcua/ui';

/**
 * "MỜI CÔNG DÂN CÓ SỐ A001 ĐẾN QUẦY 2", number and counter huge. `flashKey` changes on each
 * live call: the keyed element remounts and its CSS flash animation plays once more.
 */
export function Headline({ call, flashKey }: { call: CallRecord | undefined; flashKey: string | null }) {
  if (!call) {
    return (
      <section className="tv-headline is-empty">
        <div className="tv-headline-empty">{t('tv.noCalls')}</div>
      </section>
    );
  }
  const sentence = t('tv.headline', { label: call.label, counter: call.counterNumber });
  return (
    <section
      className={`tv-headline${flashKey ? ' is-flashing' : ''}`}
      key={flashKey ?? 'still'}
      aria-live="assertive"
      aria-label={sentence}
      data-testid="tv-headline"
    >
      <div className="tv-invite">{t('tv.invite')}</div>
      <div className="tv-headline-label" data-testid="tv-label">
        {call.label}
      </div>
      <div className="tv-headline-to">
        <span className="tv-to-text">{t('tv.toCounter')}</span>
        <span className="tv-headline-counter" data-testid="tv-counter">
          {call.counterNumber}
        </span>
      </div>
    </section>
  );
}
