import { BigButton, t } from '@motcua/ui';
import { kt } from './kioskText.js';

/** Top bar of the look-up screens: back one step (if any), the title, home. */
export function LookupBar({ title, onBack, onHome }: { title: string; onBack?: (() => void) | null; onHome: () => void }) {
  return (
    <div className="kiosk-lookup-bar">
      {onBack ? (
        <BigButton size="touch" tone="secondary" className="kiosk-lookup-back" onClick={onBack} data-testid="lookup-back">
          ← {t('common.back')}
        </BigButton>
      ) : (
        <span className="kiosk-lookup-back" />
      )}
      <h1 className="kiosk-lookup-title">{title}</h1>
      <BigButton size="touch" tone="quiet" className="kiosk-lookup-home" onClick={onHome} data-testid="lookup-home">
        ⌂ {kt('home.back')}
      </BigButton>
    </div>
  );
}
