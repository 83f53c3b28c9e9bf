import { FONT_A_BITS, FONT_A_CHARS } from './fontA.js';

export const FONT_A_WIDTH = 12;
export const FONT_A_HEIGHT = 24;
const BYTES_PER_GLYPH = FONT_A_HEIGHT * 2;

const bits = Uint8Array.from(atob(FONT_A_BITS), (c) => c.charCodeAt(0));
const index = new Map<string, number>();
[...FONT_A_CHARS].forEach((ch, i) => index.set(ch, i));

/**
 * Is dot (x, y) of the 12×24 Font A glyph for `ch` inked? Characters the font lacks fall
 * back to their base letter, then to U+FFFD.
 */
export function glyphLookup(ch: string): (x: number, y: number) => boolean {
  const i = index.get(ch) ?? index.get(ch.normalize('NFD')[0] ?? '') ?? index.get('\ufffd') ?? 0;
  const base = i * BYTES_PER_GLYPH;
  return (x, y) => {
    const byte = bits[base + y * 2 + (x >> 3)] ?? 0;
    return (byte & (0x80 >> (x & 7))) !== 0;
  };
}
