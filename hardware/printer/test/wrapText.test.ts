import { describe, expect, it } from 'vitest';
import { wrapText } from '../src/index.js';

/** One unit per character: wrapping is about where lines break, not about a font. */
const mono = { measureText: (s: string) => ({ width: s.length }) } as Parameters<typeof wrapText>[0];

describe('wrapText', () => {
  it('[WR1] breaks at spaces, keeps explicit newlines', () => {
    expect(wrapText(mono, 'Vui lòng giữ phiếu\nXin cảm ơn!', 10)).toEqual(['Vui lòng', 'giữ phiếu', 'Xin cảm', 'ơn!']);
  });

  it('[WR2] a long code breaks after a separator, else between characters', () => {
    expect(wrapText(mono, 'H15.50.05.13-261008-0975', 21)).toEqual(['H15.50.05.13-261008-', '0975']);
    expect(wrapText(mono, 'ABCDEFGHIJ', 4)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('[WR3] decomposed input (NFD) is composed first: a tone mark never starts a line', () => {
    const nfd = 'Hộ tịch'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(7);
    expect(wrapText(mono, nfd, 3)).toEqual(['Hộ', 'tịc', 'h']);
  });
});
