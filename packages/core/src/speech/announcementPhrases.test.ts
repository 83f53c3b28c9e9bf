import { describe, expect, it } from 'vitest';
import { announcementPhrases, announcementText, sentencePhrases } from './announcementPhrases.js';
import { CLIP_TEXTS, REQUIRED_CLIPS, WORD_CLIPS, isClipId, letterClip } from './clips.js';
import { labelPhrases, parseLabel, phrasesText } from './readLabel.js';
import { NUMBER_WORDS } from './readNumber.js';

describe('label reading', () => {
  it('[V9] A025 is read "a hai mươi lăm": letter name, then the number without leading zeros', () => {
    expect(labelPhrases('A025')).toEqual(['letter-a', 'hai', 'muoi-ngang', 'lam']);
    expect(phrasesText(labelPhrases('A025'))).toBe('a hai mươi lăm');
  });

  it('[V9] letters are said by their Vietnamese names; two letters one after the other', () => {
    expect(phrasesText(labelPhrases('B001'))).toBe('bê một');
    expect(phrasesText(labelPhrases('C010'))).toBe('xê mười');
    expect(phrasesText(labelPhrases('D105'))).toBe('dê một trăm linh năm');
    expect(phrasesText(labelPhrases('AB1005'))).toBe('a bê một nghìn không trăm linh năm');
    expect(phrasesText(labelPhrases('a021'))).toBe('a hai mươi mốt');
  });

  it('[V9] a label without letters is the number alone; all zeros is "không"', () => {
    expect(phrasesText(labelPhrases('1005'))).toBe('một nghìn không trăm linh năm');
    expect(phrasesText(labelPhrases('A000'))).toBe('a không');
  });

  it('[V9] refuses what is not 0–2 letters then 1–6 digits', () => {
    for (const bad of ['', 'A', 'ABC1', 'A1234567', 'Đ001', 'A-1', '1A']) {
      expect(() => parseLabel(bad)).toThrow(RangeError);
    }
    expect(() => letterClip('AB')).toThrow(RangeError);
  });
});

describe('announcement', () => {
  it('[V11] A025 to counter 3: chime, the invitation, the label, "đến quầy số", the counter', () => {
    expect(announcementPhrases({ label: 'A025', counterNumber: 3 })).toEqual([
      'chime',
      'xin-moi-cong-dan-co-so-thu-tu',
      'letter-a',
      'hai',
      'muoi-ngang',
      'lam',
      'den-quay-so',
      'ba',
    ]);
    expect(announcementText({ label: 'A025', counterNumber: 3 })).toBe(
      'Xin mời công dân có số thứ tự a hai mươi lăm đến quầy số ba',
    );
  });

  it('[V11] the example of the offices: 1005 to counter 3', () => {
    expect(announcementText({ label: '1005', counterNumber: 3 })).toBe(
      'Xin mời công dân có số thứ tự một nghìn không trăm linh năm đến quầy số ba',
    );
    expect(announcementText({ label: 'B121', counterNumber: 15 })).toBe(
      'Xin mời công dân có số thứ tự bê một trăm hai mươi mốt đến quầy số mười lăm',
    );
  });

  it('[V11] the sentence is the announcement without its chime', () => {
    const subject = { label: 'C9', counterNumber: 24 };
    expect(announcementPhrases(subject)).toEqual(['chime', ...sentencePhrases(subject)]);
  });
});

describe('clip list', () => {
  it('[V10] REQUIRED_CLIPS: unique ASCII slugs, each with Vietnamese text', () => {
    expect(new Set(REQUIRED_CLIPS).size).toBe(REQUIRED_CLIPS.length);
    for (const id of REQUIRED_CLIPS) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CLIP_TEXTS[id].length).toBeGreaterThan(0);
    }
  });

  it('[V10] every number word and every letter A–Z has its clip; nothing else is required', () => {
    const words = NUMBER_WORDS.map((w) => WORD_CLIPS[w]);
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map(letterClip);
    const expected = ['chime', 'xin-moi-cong-dan-co-so-thu-tu', 'den-quay-so', ...words, ...letters];
    expect([...REQUIRED_CLIPS].sort()).toEqual([...new Set(expected)].sort());
    for (const w of NUMBER_WORDS) expect(CLIP_TEXTS[WORD_CLIPS[w]]).toBe(w);
    expect(isClipId('letter-đ')).toBe(false);
    expect(isClipId('toString')).toBe(false);
  });
});
