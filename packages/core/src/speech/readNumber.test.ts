import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_READABLE_NUMBER, NUMBER_WORDS, readNumber } from './readNumber.js';
import type { NumberWord } from './readNumber.js';

const say = (n: number): string => readNumber(n).join(' ');

/** An independent reader of the words back into a number, for the round-trip property. */
function decode(words: readonly NumberWord[]): number {
  const value: Record<string, number> = {
    không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9,
  };
  let total = 0;
  let group = 0;
  let last = 0;
  for (const word of words) {
    if (word === 'nghìn') {
      total += (group + last) * 1000;
      group = 0;
      last = 0;
    } else if (word === 'trăm') {
      group += last * 100;
      last = 0;
    } else if (word === 'mươi') {
      group += last * 10;
      last = 0;
    } else if (word === 'mười') {
      group += 10;
    } else if (word !== 'linh') {
      last = value[word] ?? Number.NaN;
    }
  }
  return total + group + last;
}

describe('readNumber', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [91, 'chín mươi mốt'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [999, 'chín trăm chín mươi chín'],
    [1000, 'một nghìn'],
    [1001, 'một nghìn không trăm linh một'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [1015, 'một nghìn không trăm mười lăm'],
    [1100, 'một nghìn một trăm'],
    [2024, 'hai nghìn không trăm hai mươi tư'],
    [5555, 'năm nghìn năm trăm năm mươi lăm'],
    [9999, 'chín nghìn chín trăm chín mươi chín'],
    [10_000, 'mười nghìn'],
    [15_000, 'mười lăm nghìn'],
    [21_000, 'hai mươi mốt nghìn'],
    [24_024, 'hai mươi tư nghìn không trăm hai mươi tư'],
    [105_105, 'một trăm linh năm nghìn một trăm linh năm'],
    [999_999, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
  ])('[V1] %i → %s', (n, words) => {
    expect(say(n)).toBe(words);
  });

  it('[V1] refuses what is not an integer 0..999 999', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_READABLE_NUMBER + 1]) {
      expect(() => readNumber(bad)).toThrow(RangeError);
    }
  });

  it('[V1][V8] every number 0..999 999 reads back to itself, using only the known words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_READABLE_NUMBER }), (n) => {
        const words = readNumber(n);
        expect(words.every((w) => (NUMBER_WORDS as readonly string[]).includes(w))).toBe(true);
        expect(decode(words)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('[V1] every number 0..9999 reads back to itself (exhaustive)', () => {
    for (let n = 0; n <= 9999; n++) expect(decode(readNumber(n))).toBe(n);
  });

  it('[V2] "mốt" only right after "mươi", never after "mười"; 11 is "mười một"', () => {
    for (let n = 0; n <= 9999; n++) {
      const words = readNumber(n);
      words.forEach((w, i) => {
        if (w === 'mốt') expect(words[i - 1]).toBe('mươi');
      });
    }
    expect(say(11)).toBe('mười một');
    expect(say(211)).toBe('hai trăm mười một');
  });

  it('[V3] "tư" only right after "mươi" (a 4 in units after 20); elsewhere 4 is "bốn"', () => {
    for (let n = 0; n <= 9999; n++) {
      const words = readNumber(n);
      words.forEach((w, i) => {
        if (w === 'tư') {
          expect(words[i - 1]).toBe('mươi');
          expect(n % 10).toBe(4);
        }
      });
      if (n % 10 === 4) expect(words.at(-1)).toBe(Math.floor(n / 10) % 10 >= 2 ? 'tư' : 'bốn');
    }
  });

  it('[V2][V3] "lăm" exactly when the units are 5 after a ten; a lone 5 is "năm"', () => {
    for (let n = 0; n <= 9999; n++) {
      const words = readNumber(n);
      const tens = Math.floor(n / 10) % 10;
      expect(words.at(-1) === 'lăm').toBe(n % 10 === 5 && tens > 0);
      words.forEach((w, i) => {
        if (w === 'lăm') expect(['mười', 'mươi']).toContain(words[i - 1]);
      });
    }
  });

  it('[V4] "linh" only where the tens digit is 0, the units non-zero and hundreds were said', () => {
    for (let n = 0; n <= 9999; n++) {
      const words = readNumber(n);
      const tens = Math.floor(n / 10) % 10;
      const expected = tens === 0 && n % 10 !== 0 && n >= 100;
      expect(words.includes('linh')).toBe(expected);
      if (expected) expect(words.at(-3)).toBe('trăm');
    }
  });

  it('[V5] "không trăm" only inside a larger number with a zero hundreds digit and a non-zero rest', () => {
    for (let n = 0; n <= 9999; n++) {
      const said = say(n).includes('không trăm');
      expect(said).toBe(n >= 1000 && Math.floor(n / 100) % 10 === 0 && n % 100 !== 0);
    }
  });

  it('[V6] round thousands end on "nghìn"; "không" is said alone only for 0', () => {
    for (let n = 1; n <= 9999; n++) {
      if (n % 1000 === 0) expect(readNumber(n).at(-1)).toBe('nghìn');
      if (n % 10 === 0) expect(readNumber(n).at(-1)).not.toBe('không');
    }
    expect(readNumber(0)).toEqual(['không']);
  });

  it('[V7] "mười" for a ten of 1, "<digit> mươi" for 20..90; never "một mươi"', () => {
    for (let n = 0; n <= 9999; n++) {
      const words = readNumber(n);
      const tens = Math.floor(n / 10) % 10;
      expect(words.includes('mười')).toBe(tens === 1);
      expect(words.includes('mươi')).toBe(tens >= 2);
      words.forEach((w, i) => {
        if (w === 'mươi') expect(words[i - 1]).not.toBe('một');
      });
    }
  });
});
