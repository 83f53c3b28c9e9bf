import { BigButton, t, type ClientError } from '@motcua/ui';
import { useCountdown } from './useCountdown.js';

/** A refused issue (closed, daily cap, offline) in plain Vietnamese, then back to start. */
export function ErrorScreen({ error, onDone }: { error: ClientError; onDone: () => void }) {
  const left = useCountdown(15, onDone);
  return (
    <section className="kiosk-error" role="alert">
      <div className="kiosk-error-title">{t('kiosk.error.title')}</div>
      <p className="kiosk-error-message">{error.message}</p>
      <p className="kiosk-error-help">{t('kiosk.error.help')}</p>
      <BigButton size="touch" tone="primary" onClick={onDone}>
        ← {t('common.back')}
      </BigButton>
      <div className="kiosk-ticket-auto">{t('kiosk.ticket.autoBack', { n: left })}</div>
    </section>
  );
}
