import { t } from '@motcua/ui';
import type { VoiceState } from './useVoice.js';

/** Discreet: visible enough for whoever sets the TV up, quiet for the waiting room. */
export function SoundButton({ state, onToggle }: { state: VoiceState; onToggle: () => void }) {
  const on = state === 'on';
  return (
    <button
      type="button"
      className={`tv-sound${on ? ' is-on' : ''}${state === 'error' ? ' is-error' : ''}`}
      onClick={onToggle}
      disabled={state === 'loading'}
      data-testid="tv-sound"
    >
      <span aria-hidden="true">{on ? '🔊' : '🔈'}</span> {on ? t('tv.sound.off') : t('tv.sound.on')}
    </button>
  );
}
