import { FONT_A_HEIGHT, FONT_A_WIDTH, glyphLookup } from './glyphs.js';
import { INK, PAPER, type Page } from './page.js';

/** A character as placed in a line: its cell size (Font A 12×24, Font B 9×17) and its scaled size. */
export interface GlyphItem {
  kind: 'glyph';
  ch: string;
  width: number;
  height: number;
  cellW: number;
  cellH: number;
  bold: boolean;
  underline: number;
  invert: boolean;
}

/** Draws one character with its top-left corner at (x, top). */
export function drawGlyph(page: Page, g: GlyphItem, x: number, top: number): void {
  const sx = g.width / g.cellW;
  const sy = g.height / g.cellH;
  const on = g.invert ? PAPER : INK;
  if (g.invert) page.fill(x, top, g.width, g.height, INK);
  const dot = glyphLookup(g.ch);
  for (let cy = 0; cy < g.cellH; cy++) {
    for (let cx = 0; cx < g.cellW; cx++) {
      const fx = Math.floor((cx * FONT_A_WIDTH) / g.cellW);
      const fy = Math.floor((cy * FONT_A_HEIGHT) / g.cellH);
      if (!dot(fx, fy)) continue;
      page.fill(x + cx * sx, top + cy * sy, sx + (g.bold ? Math.max(1, sx >> 1) : 0), sy, on);
    }
  }
  if (g.underline > 0) page.fill(x, top + g.height - g.underline, g.width, g.underline, on);
}
