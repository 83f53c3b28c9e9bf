import type { SKRSContext2D } from '@napi-rs/canvas';
import { canvasModule } from './canvas.js';
import QRCode, { type QRCode as QrSymbol } from 'qrcode';
import { barRuns, encodeCode128 } from './code128.js';
import type { Align, Block, PrintDocument, TextSize } from './document.js';
import { FONT_FAMILY, registerPrinterFonts } from './fonts.js';
import type { PrinterProfile } from './profile.js';
import { PrinterError } from './PrinterError.js';
import { blit, bytesPerRow, createRaster, fillRect, type Raster } from './raster.js';
import { fontPx, mmToDots } from './units.js';
import { wrapText } from './wrapText.js';

/** What the renderer needs of a printer profile. */
export type PaperSpec = Pick<PrinterProfile, 'widthDots' | 'dpi'>;

/** Gray levels below this become black dots (a little heavy: thermal heads print thin strokes faint). */
const THRESHOLD = 150;

type CanvasOp =
  | { kind: 'text'; x: number; y: number; font: string; text: string; white: boolean }
  | { kind: 'box'; x: number; y: number; w: number; h: number };
type BitOp = { kind: 'rect'; x: number; y: number; w: number; h: number } | { kind: 'image'; x: number; y: number; raster: Raster };

interface Layout {
  width: number;
  dpi: number;
  margin: number;
  y: number;
  canvas: CanvasOp[];
  bits: BitOp[];
  measure: SKRSContext2D;
}

const fontOf = (px: number, bold: boolean): string => `${bold ? 'bold ' : ''}${px}px "${FONT_FAMILY}"`;

function alignX(align: Align | undefined, left: number, boxWidth: number, contentWidth: number): number {
  if (align === 'center') return Math.round(left + (boxWidth - contentWidth) / 2);
  if (align === 'right') return Math.round(left + boxWidth - contentWidth);
  return Math.round(left);
}

interface LineMetrics {
  ascent: number;
  descent: number;
}

function metrics(ctx: SKRSContext2D, text: string, tight: boolean): LineMetrics {
  const m = ctx.measureText(text === '' ? ' ' : text);
  return tight
    ? { ascent: Math.ceil(m.actualBoundingBoxAscent), descent: Math.ceil(m.actualBoundingBoxDescent) }
    : { ascent: Math.ceil(m.fontBoundingBoxAscent), descent: Math.ceil(m.fontBoundingBoxDescent) };
}

/** Lays out wrapped text in a column; returns the height used. */
function layoutText(
  l: Layout,
  text: string,
  opts: { size?: TextSize | undefined; bold?: boolean | undefined; align?: Align | undefined; left: number; width: number; top: number },
): number {
  const px = fontPx(opts.size, l.dpi);
  const font = fontOf(px, opts.bold ?? false);
  l.measure.font = font;
  let y = opts.top;
  for (const line of wrapText(l.measure, text, opts.width)) {
    const m = metrics(l.measure, line, false);
    const w = l.measure.measureText(line).width;
    l.canvas.push({ kind: 'text', x: alignX(opts.align, opts.left, opts.width, w), y: y + m.ascent, font, text: line, white: false });
    y += m.ascent + m.descent;
  }
  return y - opts.top;
}

function layoutBlock(l: Layout, block: Block): void {
  const inner = l.width - 2 * l.margin;
  switch (block.type) {
    case 'text': {
      if (block.wrap === false || block.invert) {
        const text = block.text.normalize('NFC');
        let px = fontPx(block.size, l.dpi);
        const pad = block.invert ? mmToDots(1.5, l.dpi) : 0;
        l.measure.font = fontOf(px, block.bold ?? false);
        const natural = l.measure.measureText(text).width;
        if (natural > inner - 2 * pad) px = Math.max(8, Math.floor((px * (inner - 2 * pad)) / natural));
        const font = fontOf(px, block.bold ?? false);
        l.measure.font = font;
        const w = l.measure.measureText(text).width;
        const m = metrics(l.measure, text, block.tight ?? false);
        const h = m.ascent + m.descent + 2 * pad;
        if (block.invert) {
          const boxW = Math.min(inner, Math.ceil(w + 4 * pad));
          l.canvas.push({ kind: 'box', x: alignX(block.align, l.margin, inner, boxW), y: l.y, w: boxW, h });
        }
        l.canvas.push({ kind: 'text', x: alignX(block.align, l.margin, inner, w), y: l.y + pad + m.ascent, font, text: text, white: block.invert ?? false });
        l.y += h;
        return;
      }
      l.y += layoutText(l, block.text, { size: block.size, bold: block.bold, align: block.align, left: l.margin, width: inner, top: l.y });
      return;
    }
    case 'rule': {
      const t = Math.max(1, block.thickness ?? 2);
      const gap = mmToDots(1, l.dpi);
      if (block.style === 'dashed') {
        const dash = mmToDots(1.5, l.dpi);
        for (let x = l.margin; x < l.width - l.margin; x += 2 * dash)
          l.bits.push({ kind: 'rect', x, y: l.y + gap, w: Math.min(dash, l.width - l.margin - x), h: t });
      } else {
        l.bits.push({ kind: 'rect', x: l.margin, y: l.y + gap, w: inner, h: t });
      }
      l.y += 2 * gap + t;
      return;
    }
    case 'spacer':
      l.y += mmToDots(block.height, l.dpi);
      return;
    case 'keyValue': {
      const keyShare = Math.min(0.8, Math.max(0.2, block.keyWidth ?? 0.45));
      const gutter = mmToDots(1.5, l.dpi);
      const keyW = Math.floor(inner * keyShare) - gutter;
      const valueLeft = l.margin + keyW + gutter;
      for (const row of block.rows) {
        const hk = layoutText(l, row.key, { size: block.size, left: l.margin, width: keyW, top: l.y });
        const hv = layoutText(l, row.value, { size: block.size, bold: block.boldValues ?? true, left: valueLeft, width: l.width - l.margin - valueLeft, top: l.y });
        l.y += Math.max(hk, hv);
      }
      return;
    }
    case 'table': {
      const total = block.columns.reduce((s, c) => s + Math.max(0, c.width), 0);
      if (block.columns.length === 0 || total <= 0) throw new PrinterError('INVALID_DOCUMENT', 'table: no column width');
      const pad = mmToDots(0.8, l.dpi);
      const lefts: number[] = [];
      const widths: number[] = [];
      let x = l.margin;
      for (const c of block.columns) {
        const w = Math.floor((inner * Math.max(0, c.width)) / total);
        lefts.push(x);
        widths.push(w);
        x += w;
      }
      const rule = (): void => {
        l.bits.push({ kind: 'rect', x: l.margin, y: l.y + pad, w: inner, h: 2 });
        l.y += 2 * pad + 2;
      };
      const row = (cells: readonly string[], bold: boolean): void => {
        let h = 0;
        block.columns.forEach((c, i) => {
          const w = (widths[i] ?? 0) - 2 * pad;
          if (w <= 0) return;
          const cell = cells[i] ?? '';
          h = Math.max(h, layoutText(l, cell, { size: block.size, bold, align: c.align, left: (lefts[i] ?? 0) + pad, width: w, top: l.y }));
        });
        l.y += h;
      };
      const ruled = block.ruled ?? true;
      if (block.columns.some((c) => c.header !== undefined)) {
        if (ruled) rule();
        row(block.columns.map((c) => c.header ?? ''), true);
      }
      if (ruled) rule();
      for (const r of block.rows) row(r, false);
      if (ruled) rule();
      return;
    }
    case 'barcode': {
      const { modules } = encodeCode128(block.value);
      const quiet = 10;
      const fit = Math.floor(l.width / (modules.length + 2 * quiet));
      const md = block.moduleDots ?? Math.min(3, fit);
      if (md < 1 || md > fit) throw new PrinterError('INVALID_DOCUMENT', `barcode too long for the paper: ${block.value}`);
      const h = mmToDots(block.height ?? 12, l.dpi);
      const x0 = alignX(block.align ?? 'center', 0, l.width, modules.length * md);
      const gap = mmToDots(1, l.dpi);
      l.y += gap;
      for (const bar of barRuns(modules)) l.bits.push({ kind: 'rect', x: x0 + bar.start * md, y: l.y, w: bar.width * md, h });
      l.y += h + gap;
      if (block.showText ?? true) {
        l.y += layoutText(l, block.value, { size: 'normal', align: block.align ?? 'center', left: l.margin, width: inner, top: l.y });
      }
      return;
    }
    case 'qr': {
      let qr: QrSymbol;
      try {
        qr = QRCode.create(block.value, { errorCorrectionLevel: block.errorCorrection ?? 'M' });
      } catch (cause) {
        throw new PrinterError('INVALID_DOCUMENT', `QR: ${String(cause)}`, { cause });
      }
      const n = qr.modules.size;
      const quiet = 4;
      const fit = Math.floor(l.width / (n + 2 * quiet));
      const md = Math.min(fit, Math.max(2, mmToDots(block.moduleMm ?? 0.75, l.dpi)));
      if (md < 1) throw new PrinterError('INVALID_DOCUMENT', 'QR too large for the paper');
      const x0 = alignX(block.align ?? 'center', 0, l.width, n * md);
      const y0 = l.y + quiet * md;
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < n; ) {
          if (!qr.modules.get(r, c)) {
            c++;
            continue;
          }
          let e = c;
          while (e < n && qr.modules.get(r, e)) e++;
          l.bits.push({ kind: 'rect', x: x0 + c * md, y: y0 + r * md, w: (e - c) * md, h: md });
          c = e;
        }
      }
      l.y = y0 + (n + quiet) * md;
      return;
    }
    case 'image': {
      const x = alignX(block.align ?? 'center', 0, l.width, block.raster.width);
      l.bits.push({ kind: 'image', x, y: l.y, raster: block.raster });
      l.y += block.raster.height;
      return;
    }
  }
}

/**
 * Draws a document to a 1-bit raster as wide as the printer's paper. Text is drawn with the
 * bundled Noto Sans and thresholded; barcodes, QR codes and rules are set as exact dots.
 */
export function renderDocument(doc: PrintDocument, paper: PaperSpec): Raster {
  registerPrinterFonts();
  const { createCanvas } = canvasModule();
  const measure = createCanvas(1, 1).getContext('2d');
  const l: Layout = { width: paper.widthDots, dpi: paper.dpi, margin: mmToDots(1, paper.dpi), y: 0, canvas: [], bits: [], measure };
  for (const block of doc.blocks) layoutBlock(l, block);
  const height = Math.max(1, Math.ceil(l.y));

  const canvas = createCanvas(l.width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, l.width, height);
  ctx.textBaseline = 'alphabetic';
  for (const op of l.canvas) {
    if (op.kind === 'box') {
      ctx.fillStyle = '#000';
      ctx.fillRect(op.x, op.y, op.w, op.h);
    } else {
      ctx.fillStyle = op.white ? '#fff' : '#000';
      ctx.font = op.font;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
  const rgba = ctx.getImageData(0, 0, l.width, height).data;
  const raster = createRaster(l.width, height);
  const stride = bytesPerRow(l.width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < l.width; x++) {
      const p = (y * l.width + x) * 4;
      const lum = 0.299 * (rgba[p] ?? 255) + 0.587 * (rgba[p + 1] ?? 255) + 0.114 * (rgba[p + 2] ?? 255);
      if (lum < THRESHOLD) {
        const i = y * stride + (x >> 3);
        raster.data[i] = (raster.data[i] ?? 0) | (0x80 >> (x & 7));
      }
    }
  }
  for (const op of l.bits) {
    if (op.kind === 'rect') fillRect(raster, op.x, op.y, op.w, op.h);
    else blit(raster, op.raster, op.x, op.y);
  }
  return raster;
}
