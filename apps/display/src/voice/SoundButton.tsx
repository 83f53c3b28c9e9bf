import { t } from '@motcua/ui';
import { dt } from '../strings.js';
import type { VoiceState } from './useVoice.js';

/**
 * Discreet: visible enough for whoever sets the TV up (mouse or keys M, +, −), quiet for the
 * waiting room. Nothing at all when the display profile has no voice.
 */
export function SoundButton({
  state,
  volume,
  onToggle,
  onVolume,
}: {
  state: VoiceState;
  volume: number;
  onToggle: () => void;
  onVolume: (direction: 1 | -1) => void;
}) {
  if (state === 'disabled') return null;
  const on = state === 'on';
  const percent = Math.round(volume * 100);
  return (
    <div className={`tv-sound-box${on ? ' is-on' : ''}`}>
      <button
        type="button"
        className={`tv-sound${on ? ' is-on' : ''}${state === 'error' ? ' is-error' : ''}`}
        onClick={onToggle}
        disabled={state === 'loading'}
        title={state === 'error' ? dt('tv.voiceError') : undefined}
        data-testid="tv-sound"
        data-state={state}
      >
        <span aria-hidden="true">{on ? '🔊' : '🔈'}</span>{' '}
        {on ? t('tv.sound.off') : state === 'error' ? dt('tv.voiceError') : t('tv.sound.on')}
      </button>
      {on && (
        <span className="tv-volume" aria-label={`${dt('tv.volume')} ${percent}%`}>
          <button type="button" onClick={() => onVolume(-1)} aria-label={dt('tv.volumeDown')} data-testid="tv-volume-down">
            −
          </button>
          <span className="tv-volume-value" data-testid="tv-volume">
            {percent}%
          </span>
          <button type="button" onClick={() => onVolume(1)} aria-label={dt('tv.volumeUp')} data-testid="tv-volume-up">
            +
          </button>
        </span>
      )}
    </div>
  );
}
