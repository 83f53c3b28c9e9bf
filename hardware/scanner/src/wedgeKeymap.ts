// Maps a keydown to the character a barcode scanner meant. Browser-safe: no imports.

/** The fields of a `KeyboardEvent` the wedge detector reads (a real event fits). */
export interface WedgeKey {
  key: string;
  code: string;
  shiftKey: boolean;
  timeStamp: number;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** Auto-repeat of a held key: never part of a scan. */
  repeat?: boolean;
}

const SHIFTED_DIGITS = ')!@#$%^&*(';

/** US-layout characters of the non-letter, non-digit keys scanners send. */
const PUNCTUATION: Record<string, [plain: string, shifted: string]> = {
  Minus: ['-', '_'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Comma: [',', '<'],
  Equal: ['=', '+'],
  Semicolon: [';', ':'],
  Space: [' ', ' '],
  NumpadSubtract: ['-', '-'],
  NumpadDecimal: ['.', '.'],
  NumpadDivide: ['/', '/'],
  NumpadMultiply: ['*', '*'],
  NumpadAdd: ['+', '+'],
};

/** Keys that only modify the next key: they neither add a character nor break a burst. */
export const MODIFIER_KEYS = new Set(['Shift', 'CapsLock', 'NumLock']);

const isPlainAscii = (key: string): boolean => key.length === 1 && key >= ' ' && key <= '~';

/**
 * The character of a keydown, or null when it is not a character key (F1, arrows, Ctrl+…).
 * `event.key` is used when it is plain printable ASCII; otherwise (`Process`, `Unidentified`,
 * `Dead`, `đ`, `ă`… from a Vietnamese Telex/VNI input method) `event.code` is mapped as on a
 * US layout, so `KeyD` `KeyD` stays `DD` and `Digit1` after a vowel stays `1`.
 */
export function characterOf(k: WedgeKey): string | null {
  if (k.ctrlKey || k.altKey || k.metaKey) return null;
  if (isPlainAscii(k.key)) return k.key;
  const code = k.code;
  if (/^Key[A-Z]$/.test(code)) {
    const letter = code.charAt(3);
    return k.shiftKey ? letter : letter.toLowerCase();
  }
  if (/^Digit[0-9]$/.test(code)) {
    const d = Number(code.charAt(5));
    return k.shiftKey ? SHIFTED_DIGITS.charAt(d) : String(d);
  }
  if (/^Numpad[0-9]$/.test(code)) return code.charAt(6);
  const p = PUNCTUATION[code];
  if (p) return k.shiftKey ? p[1] : p[0];
  return null;
}

export type Terminator = 'Enter' | 'Tab';

/** Which terminator a key is, if any (`NumpadEnter` counts as Enter). */
export function terminatorOf(k: WedgeKey): Terminator | null {
  if (k.key === 'Enter' || k.code === 'Enter' || k.code === 'NumpadEnter') return 'Enter';
  if (k.key === 'Tab' || k.code === 'Tab') return 'Tab';
  return null;
}
