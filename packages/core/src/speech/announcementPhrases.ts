import type { ClipId } from './clips.js';
import { labelPhrases, numberPhrases, phrasesText } from './readLabel.js';

/** One call to announce: the ticket label and the counter it goes to. */
export interface AnnouncementSubject {
  label: string;
  counterNumber: number;
}

/**
 * [V11] The sentence "Xin mời công dân có số thứ tự <label> đến quầy số <n>", without the chime:
 * what each repetition says.
 */
export function sentencePhrases({ label, counterNumber }: AnnouncementSubject): ClipId[] {
  return [
    'xin-moi-cong-dan-co-so-thu-tu',
    ...labelPhrases(label),
    'den-quay-so',
    ...numberPhrases(counterNumber),
  ];
}

/** [V11] The chime then the sentence: what the first saying of a call plays. */
export function announcementPhrases(subject: AnnouncementSubject): ClipId[] {
  return ['chime', ...sentencePhrases(subject)];
}

/** The sentence as Vietnamese text, e.g. "Xin mời công dân có số thứ tự a hai mươi lăm đến quầy số ba". */
export function announcementText(subject: AnnouncementSubject): string {
  return phrasesText(sentencePhrases(subject));
}
