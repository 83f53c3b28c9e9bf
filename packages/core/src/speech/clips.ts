import type { NumberWord } from './readNumber.js';

/**
 * Every clip a voice set holds, with the Vietnamese it says. The ids are ASCII slugs and
 * are the file names of a set (`<id>.wav`). [V10] in docs/spec/voice.md.
 *
 * Number words: the word without diacritics; where two words would share a slug both carry
 * the tone name: `muoi-huyen` (mười) / `muoi-ngang` (mươi), `mot-nang` (một) / `mot-sac` (mốt).
 * Letters: `letter-a` … `letter-z`, said with their Vietnamese names ([V9]).
 */
export const CLIP_TEXTS = {
  chime: '(tiếng chuông hai nốt)',
  'xin-moi-cong-dan-co-so-thu-tu': 'Xin mời công dân có số thứ tự',
  'den-quay-so': 'đến quầy số',
  khong: 'không',
  'mot-nang': 'một',
  hai: 'hai',
  ba: 'ba',
  bon: 'bốn',
  nam: 'năm',
  sau: 'sáu',
  bay: 'bảy',
  tam: 'tám',
  chin: 'chín',
  'muoi-huyen': 'mười',
  'muoi-ngang': 'mươi',
  'mot-sac': 'mốt',
  tu: 'tư',
  lam: 'lăm',
  tram: 'trăm',
  nghin: 'nghìn',
  linh: 'linh',
  'letter-a': 'a',
  'letter-b': 'bê',
  'letter-c': 'xê',
  'letter-d': 'dê',
  'letter-e': 'e',
  'letter-f': 'ép',
  'letter-g': 'giê',
  'letter-h': 'hát',
  'letter-i': 'i',
  'letter-j': 'gi',
  'letter-k': 'ca',
  'letter-l': 'e lờ',
  'letter-m': 'em mờ',
  'letter-n': 'en nờ',
  'letter-o': 'o',
  'letter-p': 'pê',
  'letter-q': 'quy',
  'letter-r': 'e rờ',
  'letter-s': 'ét xì',
  'letter-t': 'tê',
  'letter-u': 'u',
  'letter-v': 'vê',
  'letter-w': 'vê kép',
  'letter-x': 'ích xì',
  'letter-y': 'i dài',
  'letter-z': 'dét',
} as const satisfies Record<string, string>;

export type ClipId = keyof typeof CLIP_TEXTS;

/** [V10] The ids a complete voice set must contain, in a stable order. */
export const REQUIRED_CLIPS: readonly ClipId[] = Object.freeze(Object.keys(CLIP_TEXTS) as ClipId[]);

export function isClipId(value: string): value is ClipId {
  return Object.prototype.hasOwnProperty.call(CLIP_TEXTS, value);
}

/** The clip that says one number word. */
export const WORD_CLIPS: Readonly<Record<NumberWord, ClipId>> = Object.freeze({
  không: 'khong',
  một: 'mot-nang',
  hai: 'hai',
  ba: 'ba',
  bốn: 'bon',
  năm: 'nam',
  sáu: 'sau',
  bảy: 'bay',
  tám: 'tam',
  chín: 'chin',
  mười: 'muoi-huyen',
  mươi: 'muoi-ngang',
  mốt: 'mot-sac',
  tư: 'tu',
  lăm: 'lam',
  trăm: 'tram',
  nghìn: 'nghin',
  linh: 'linh',
});

/** The clip that says a letter A–Z by its Vietnamese name (case-insensitive). */
export function letterClip(letter: string): ClipId {
  const id = `letter-${letter.toLowerCase()}`;
  if (letter.length !== 1 || !isClipId(id)) throw new RangeError(`not a letter A–Z: ${JSON.stringify(letter)}`);
  return id;
}
