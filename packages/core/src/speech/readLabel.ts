import { CLIP_TEXTS, WORD_CLIPS, letterClip } from './clips.js';
import type { ClipId } from './clips.js';
import { readNumber } from './readNumber.js';

const LABEL = /^([A-Za-z]{0,2})(\d{1,6})$/;

/** A ticket label split for reading: `A025` → { letters: ['A'], number: 25 }. */
export interface ParsedLabel {
  letters: string[];
  number: number;
}

/** Splits a label (0–2 letters then 1–6 digits) into its letters and its number; leading zeros drop. */
export function parseLabel(label: string): ParsedLabel {
  const match = LABEL.exec(label.trim());
  if (!match) throw new RangeError(`not a ticket label (0–2 letters then 1–6 digits): ${JSON.stringify(label)}`);
  return { letters: [...(match[1] ?? '').toUpperCase()], number: Number(match[2]) };
}

/**
 * [V9] The clips that say a ticket label as offices say it: each letter by its Vietnamese
 * name, then the number as a whole number with leading zeros dropped.
 * `A025` → letter-a, hai, muoi-ngang, lam ("a hai mươi lăm").
 */
export function labelPhrases(label: string): ClipId[] {
  const { letters, number } = parseLabel(label);
  return [...letters.map(letterClip), ...numberPhrases(number)];
}

/** The clips that say a number (see `readNumber`). */
export function numberPhrases(n: number): ClipId[] {
  return readNumber(n).map((word) => WORD_CLIPS[word]);
}

/** The Vietnamese a list of clips says, joined by spaces (for captions, docs and tests). */
export function phrasesText(clips: readonly ClipId[]): string {
  return clips
    .filter((id) => id !== 'chime')
    .map((id) => CLIP_TEXTS[id])
    .join(' ');
}
