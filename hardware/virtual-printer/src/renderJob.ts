import type { Alignment, BarcodeSymbology, Command } from './command.js';
import { code128Modules, code128Values } from './code128.js';
import { decodeCodes, type DecodedCode } from './decodeCodes.js';
import { drawGlyph, type GlyphItem } from './drawGlyph.js';
import { encodePng } from './encodePng.js';
import { FONT_A_HEIGHT, FONT_A_WIDTH } from './glyphs.js';
import { CUT_MARK, INK, Page } from './page.js';
import { qrMatrix, type QrEcc } from './qrMatrix.js';

export interface RenderOptions {
  /** Printable width in dots: 576 (80 mm at 203 dpi, the default) or 512 (Epson TM-T88 at 180 dpi). */
  widthDots?: number;
  /** Look for barcodes and QR symbols inside raster/bit images (default true). */
  decodeImages?: boolean;
}

export interface RenderedBarcode {
  type: BarcodeSymbology;
  data: string;
  /** False when a real printer would not print it (too wide for the paper, invalid data). */
  printed: boolean;
}

export interface RenderedJob {
  /** The paper as a greyscale PNG: black ink on white, cuts as grey dashed lines. */
  png: Buffer;
  width: number;
  height: number;
  /** Printed text lines, trimmed, empty lines left out. */
  text: string[];
  /** Native barcodes (GS k), in print order. */
  barcodes: RenderedBarcode[];
  /** Data of the native QR symbols printed (GS ( k fn 81), in print order. */
  qrCodes: string[];
  /** Barcodes and QR symbols found by decoding the raster/bit images themselves. */
  decoded: DecodedCode[];
  cuts: number;
  /** What a real printer would have done differently from what the sender probably meant. */
  warnings: string[];
}

const DEFAULT_LINE_SPACING = 30;
const FONT_B_WIDTH = 9;
const FONT_B_HEIGHT = 17;
const TAB_DOTS = 8 * FONT_A_WIDTH;

interface ImageItem {
  kind: 'image';
  width: number;
  height: number;
  ink: (x: number, y: number) => boolean;
}

type LineItem = GlyphItem | ImageItem | { kind: 'space'; width: number; height: number };

/** Draws what an ESC/POS printer would print for `commands` and reads it back. Pure. */
export function renderJob(commands: readonly Command[], options: RenderOptions = {}): RenderedJob {
  const width = options.widthDots ?? 576;
  const page = new Page(width);
  const graphics = new Page(width);
  const text: string[] = [];
  const barcodes: RenderedBarcode[] = [];
  const qrCodes: string[] = [];
  const warnings: string[] = [];
  let cuts = 0;

  let align: Alignment = 'left';
  let bold = false;
  let underline = 0;
  let fontB = false;
  let scaleX = 1;
  let scaleY = 1;
  let invert = false;
  let lineSpacing = DEFAULT_LINE_SPACING;
  let barcodeHeight = 162;
  let barcodeModule = 3;
  let hri: 'none' | 'above' | 'below' | 'both' = 'none';
  let qrModule = 3;
  let qrEcc: QrEcc = 'L';
  let qrData: string | null = null;

  let y = 0;
  let line: LineItem[] = [];
  let lineWidth = 0;
  let lineAlign: Alignment | null = null;

  const resetModes = (): void => {
    align = 'left';
    bold = false;
    underline = 0;
    fontB = false;
    scaleX = 1;
    scaleY = 1;
    invert = false;
    lineSpacing = DEFAULT_LINE_SPACING;
    barcodeHeight = 162;
    barcodeModule = 3;
    hri = 'none';
    qrModule = 3;
    qrEcc = 'L';
  };

  const left = (w: number, a: Alignment): number =>
    a === 'center' ? Math.max(0, Math.floor((width - w) / 2)) : a === 'right' ? Math.max(0, width - w) : 0;

  /** Prints the line buffer (if any) and moves down by at least `advance` dots. */
  const printLine = (advance: number): void => {
    if (line.length === 0) {
      y += advance;
      page.grow(y);
      return;
    }
    const lineHeight = Math.max(...line.map((item) => item.height));
    let x = left(lineWidth, lineAlign ?? align);
    let chars = '';
    for (const item of line) {
      const top = y + lineHeight - item.height;
      if (item.kind === 'glyph') {
        drawGlyph(page, item, x, top);
        chars += item.ch;
      } else if (item.kind === 'image') {
        for (let iy = 0; iy < item.height; iy++) {
          for (let ix = 0; ix < item.width; ix++) {
            if (item.ink(ix, iy)) {
              page.set(x + ix, top + iy, INK);
              graphics.set(x + ix, top + iy, INK);
            }
          }
        }
      } else {
        chars += ' ';
      }
      x += item.width;
    }
    const trimmed = chars.trim();
    if (trimmed) text.push(trimmed);
    y += Math.max(advance, lineHeight);
    page.grow(y);
    line = [];
    lineWidth = 0;
    lineAlign = null;
  };

  const flushBeforeBlock = (): void => {
    if (line.length > 0) printLine(lineSpacing);
  };

  const addItem = (item: LineItem): void => {
    if (lineWidth + item.width > width && line.length > 0) printLine(lineSpacing);
    if (line.length === 0) lineAlign = align;
    line.push(item);
    lineWidth += item.width;
  };

  for (const c of commands) {
    switch (c.type) {
      case 'init':
        resetModes();
        line = [];
        lineWidth = 0;
        break;
      case 'text':
        for (const ch of c.text) {
          const cellW = fontB ? FONT_B_WIDTH : FONT_A_WIDTH;
          const cellH = fontB ? FONT_B_HEIGHT : FONT_A_HEIGHT;
          addItem({
            kind: 'glyph',
            ch,
            width: cellW * scaleX,
            height: cellH * scaleY,
            cellW,
            cellH,
            bold,
            underline,
            invert,
          });
        }
        break;
      case 'lf':
      case 'ff':
        printLine(lineSpacing);
        break;
      case 'cr':
        break;
      case 'ht': {
        const next = (Math.floor(lineWidth / TAB_DOTS) + 1) * TAB_DOTS;
        if (next <= width) addItem({ kind: 'space', width: next - lineWidth, height: 0 });
        break;
      }
      case 'align':
        align = c.align;
        break;
      case 'bold':
        bold = c.on;
        break;
      case 'underline':
        underline = c.dots;
        break;
      case 'print-mode':
        fontB = c.fontB;
        bold = c.bold;
        scaleX = c.doubleWidth ? 2 : 1;
        scaleY = c.doubleHeight ? 2 : 1;
        underline = c.underline ? 1 : 0;
        break;
      case 'char-size':
        scaleX = c.width;
        scaleY = c.height;
        break;
      case 'font':
        fontB = c.font === 'B';
        break;
      case 'invert':
        invert = c.on;
        break;
      case 'line-spacing':
        lineSpacing = c.dots ?? DEFAULT_LINE_SPACING;
        break;
      case 'feed-lines':
        printLine(c.lines * lineSpacing);
        break;
      case 'feed-dots':
        printLine(c.dots);
        break;
      case 'raster': {
        flushBeforeBlock();
        const sx = c.mode & 1 ? 2 : 1;
        const sy = c.mode & 2 ? 2 : 1;
        const w = c.widthBytes * 8 * sx;
        if (w > width) warnings.push(`raster band ${w} dots wide on ${width}-dot paper: the right part is lost`);
        const x0 = left(Math.min(w, width), align);
        page.blitBits(x0, y, c.widthBytes, c.height, c.data, sx, sy);
        graphics.blitBits(x0, y, c.widthBytes, c.height, c.data, sx, sy);
        y += c.height * sy;
        page.grow(y);
        break;
      }
      case 'bit-image': {
        const dots24 = c.mode === 32 || c.mode === 33;
        const sx = c.mode === 0 || c.mode === 32 ? 2 : 1;
        const sy = dots24 ? 1 : 3;
        const rows = dots24 ? 24 : 8;
        const bytesPerColumn = dots24 ? 3 : 1;
        const data = c.data;
        addItem({
          kind: 'image',
          width: c.columns * sx,
          height: rows * sy,
          ink: (x, yy) => {
            const col = Math.floor(x / sx);
            const row = Math.floor(yy / sy);
            const byte = data[col * bytesPerColumn + (row >> 3)] ?? 0;
            return (byte & (0x80 >> (row & 7))) !== 0;
          },
        });
        break;
      }
      case 'barcode-height':
        barcodeHeight = Math.max(1, c.dots);
        break;
      case 'barcode-width':
        barcodeModule = c.dots >= 68 && c.dots <= 76 ? c.dots - 66 : Math.max(1, Math.min(6, c.dots));
        break;
      case 'barcode-hri':
        hri = c.position;
        break;
      case 'barcode': {
        flushBeforeBlock();
        const printed = drawBarcode(c.symbology, c.raw, c.data);
        barcodes.push({ type: c.symbology, data: c.data, printed });
        break;
      }
      case 'qr-model':
        if (c.model !== 2) warnings.push(`QR model ${c.model} selected; drawn as model 2`);
        break;
      case 'qr-size':
        qrModule = Math.max(1, Math.min(16, c.module));
        break;
      case 'qr-ecc':
        qrEcc = c.level;
        break;
      case 'qr-store':
        qrData = c.data;
        break;
      case 'qr-print': {
        flushBeforeBlock();
        if (qrData === null) {
          warnings.push('QR print without stored data: nothing printed');
          break;
        }
        const matrix = qrMatrix(qrData, qrEcc);
        const size = matrix ? matrix.size * qrModule : 0;
        if (!matrix || size > width) {
          warnings.push(`QR "${qrData.slice(0, 40)}" does not fit: not printed`);
          break;
        }
        const x0 = left(size, align);
        for (let my = 0; my < matrix.size; my++) {
          for (let mx = 0; mx < matrix.size; mx++) {
            if (matrix.dark(mx, my)) page.fill(x0 + mx * qrModule, y + my * qrModule, qrModule, qrModule, INK);
          }
        }
        y += size;
        page.grow(y);
        qrCodes.push(qrData);
        break;
      }
      case 'cut':
        flushBeforeBlock();
        y += c.feed;
        for (let x = 0; x < width; x += 8) page.fill(x, y, 4, 2, CUT_MARK);
        y += 2;
        page.grow(y);
        cuts++;
        break;
      default:
        break;
    }
  }

  if (line.length > 0) {
    const pending = line.filter((i) => i.kind === 'glyph').length;
    warnings.push(`${pending} character(s) left in the line buffer without LF: a printer would not print them yet`);
  }

  const height = Math.max(1, page.height);
  page.grow(height);
  graphics.grow(height);
  const decoded =
    options.decodeImages === false
      ? []
      : decodeCodes(width, graphics.height, (x, yy) => graphics.get(x, yy) === INK);

  return {
    png: encodePng(page),
    width,
    height,
    text,
    barcodes,
    qrCodes,
    decoded,
    cuts,
    warnings,
  };

  function drawBarcode(symbology: BarcodeSymbology, raw: Uint8Array, data: string): boolean {
    if (symbology !== 'CODE128') {
      warnings.push(`${symbology} barcode "${data}" is recorded but not drawn by the virtual printer`);
      return false;
    }
    const values = code128Values(raw);
    if (!values) {
      warnings.push(`CODE128 data "${data}" is not valid (missing {A/{B/{C prefix?): not printed`);
      return false;
    }
    const modules = code128Modules(values);
    const total = modules.reduce((a, b) => a + b, 0) * barcodeModule;
    if (total > width) {
      warnings.push(
        `CODE128 "${data}" is ${total} dots wide at module width ${barcodeModule} on ${width}-dot paper: a printer does not print it`,
      );
      return false;
    }
    const x0 = left(total, align);
    const hriLine = (): void => {
      const w = data.length * FONT_A_WIDTH;
      let x = x0 + Math.floor((total - w) / 2);
      for (const ch of data) {
        drawGlyph(
          page,
          { kind: 'glyph', ch, width: FONT_A_WIDTH, height: FONT_A_HEIGHT, cellW: FONT_A_WIDTH, cellH: FONT_A_HEIGHT, bold: false, underline: 0, invert: false },
          x,
          y,
        );
        x += FONT_A_WIDTH;
      }
      y += FONT_A_HEIGHT + 2;
    };
    if (hri === 'above' || hri === 'both') hriLine();
    let x = x0;
    modules.forEach((m, i) => {
      if (i % 2 === 0) page.fill(x, y, m * barcodeModule, barcodeHeight, INK);
      x += m * barcodeModule;
    });
    y += barcodeHeight;
    page.grow(y);
    if (hri === 'below' || hri === 'both') {
      y += 2;
      hriLine();
    }
    return true;
  }
}
