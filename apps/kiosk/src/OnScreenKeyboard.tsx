import { kt } from './kioskText.js';

/**
 * Big touch keyboards of the kiosk. `letters`: A–Z without diacritics (the hub's catalog search
 * ignores them) with space; `code`: what a dossier code is made of (A–Z, 0–9, '.', '-');
 * `digits`: a phone-style keypad. Every layout has backspace; keys never take the focus, so a
 * scanner's keystrokes still go to the page.
 */
export type KeyboardLayout = 'letters' | 'code' | 'digits';

const ROWS: Record<KeyboardLayout, string[][]> = {
  letters: [
    ['Q', 'W', 'E', 'R', 'T', 'Y', 'U', 'I', 'O', 'P'],
    ['A', 'S', 'D', 'F', 'G', 'H', 'J', 'K', 'L'],
    ['Z', 'X', 'C', 'V', 'B', 'N', 'M'],
  ],
  code: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    ['Q', 'W', 'E', 'R', 'T', 'Y', 'U', 'I', 'O', 'P'],
    ['A', 'S', 'D', 'F', 'G', 'H', 'J', 'K', 'L', '-'],
    ['Z', 'X', 'C', 'V', 'B', 'N', 'M', '.'],
  ],
  digits: [
    ['1', '2', '3'],
    ['4', '5', '6'],
    ['7', '8', '9'],
  ],
};

export function OnScreenKeyboard({
  layout,
  onKey,
  onBackspace,
  onClear,
  disabled = false,
}: {
  layout: KeyboardLayout;
  onKey: (ch: string) => void;
  onBackspace: () => void;
  onClear?: () => void;
  disabled?: boolean;
}) {
  const key = (ch: string, label = ch, extra = '') => (
    <button
      key={ch}
      type="button"
      className={`kiosk-key${extra}`}
      data-key={ch}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onKey(ch)}
    >
      {label}
    </button>
  );
  const backspace = (
    <button
      type="button"
      className="kiosk-key is-wide is-action"
      data-key="backspace"
      aria-label={kt('kbd.backspace')}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onBackspace}
    >
      ⌫ {kt('kbd.backspace')}
    </button>
  );
  const clear = (extra: string) => (
    <button
      type="button"
      className={`kiosk-key is-action ${extra}`}
      data-key="clear"
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClear}
    >
      {kt('kbd.clear')}
    </button>
  );
  return (
    <div className={`kiosk-keyboard is-${layout}`} role="group" aria-label="Bàn phím">
      {ROWS[layout].map((row, i) => (
        <div className="kiosk-keyrow" key={i}>
          {row.map((ch) => key(ch))}
          {layout !== 'digits' && i === ROWS[layout].length - 1 ? backspace : null}
          {layout === 'code' && onClear && i === ROWS[layout].length - 1 ? clear('is-wide') : null}
        </div>
      ))}
      {layout === 'letters' ? (
        <div className="kiosk-keyrow">
          {key(' ', kt('kbd.space'), ' is-space')}
          {onClear ? clear('is-wide') : null}
        </div>
      ) : null}
      {layout === 'digits' ? (
        <div className="kiosk-keyrow">
          {onClear ? clear('') : <span className="kiosk-key-gap" />}
          {key('0')}
          {backspace}
        </div>
      ) : null}
    </div>
  );
}
