import { describe, expect, it } from 'vitest';
import { createLineFramer } from '../src/lineFramer.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('CR/LF line framing', () => {
  it('splits on CR, LF and CRLF, including a CRLF and a code split across chunks', () => {
    const f = createLineFramer();
    expect(f.push(bytes('A025\r'))).toEqual(['A025']);
    expect(f.push(bytes('\nH15.50.05'))).toEqual([]);
    expect(f.pending()).toBe(9);
    expect(f.push(bytes('.13-261008-0975\r\nB107\nC3\r'))).toEqual(['H15.50.05.13-261008-0975', 'B107', 'C3']);
    expect(f.pending()).toBe(0);
  });

  it('ignores empty lines and drops a line longer than maxLength up to its end', () => {
    const f = createLineFramer({ maxLength: 8 });
    expect(f.push(bytes('\r\n\r\n'))).toEqual([]);
    expect(f.push(bytes('0123456789ABCDEF'))).toEqual([]);
    expect(f.push(bytes('GH\r\nA025\n'))).toEqual(['A025']);
  });
});
