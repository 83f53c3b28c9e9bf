import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { Block, PrintDocument, TextSize } from './document.js';
import { feedAndCut, rasterCommands } from './encodeRaster.js';
import type { PrinterProfile } from './profile.js';
import { blit, createRaster } from './raster.js';
import { TEXT_SIZES_MM, mmToDots } from './units.js';

/** What text mode needs of a printer profile. */
export type TextEncodeSpec = Pick<PrinterProfile, 'widthDots' | 'dpi' | 'cut' | 'feedLines'>;

/** Font A is 12 dots wide: 48 columns on 576 dots, 42 on 512. */
export function textColumns(widthDots: number): number {
  return Math.floor(widthDots / 12);
}

/** Punctuation the TCVN-3 pages lack, as the nearest ASCII (the raster path draws the real glyphs). */
const ASCII_PUNCTUATION: Readonly<Record<string, string>> = {
  '–': '-',
  '—': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '\u00a0': ' ',
};

export function textModeSafe(text: string): string {
  return text.normalize('NFC').replace(/[–—‘’“”…\u00a0]/g, (c) => ASCII_PUNCTUATION[c] ?? c);
}

/** Character magnification for a text size; `huge` fills the line, at most 8×. */
function magnification(size: TextSize | undefined, text: string, columns: number): [number, number] {
  const mm = typeof size === 'number' ? size : TEXT_SIZES_MM[size ?? 'normal'];
  if (mm >= 20) {
    const m = Math.max(1, Math.min(8, Math.floor(columns / Math.max(1, text.length))));
    return [m, m];
  }
  if (mm >= 6) return [2, 2];
  if (mm >= 4.5) return [1, 2];
  return [1, 1];
}

function encodeBlock(e: ReceiptPrinterEncoder, block: Block, spec: TextEncodeSpec, columns: number): void {
  switch (block.type) {
    case 'text': {
      const [w, h] = magnification(block.size, block.text, columns);
      e.align(block.align ?? 'left').bold(block.bold ?? false).invert(block.invert ?? false).size(w, h);
      for (const line of textModeSafe(block.text).split('\n')) e.line(line);
      e.size(1, 1).bold(false).invert(false).align('left');
      return;
    }
    case 'rule':
      e.rule({ style: 'single' });
      return;
    case 'spacer':
      e.newline(Math.max(1, Math.round(block.height / 3.75)));
      return;
    case 'keyValue': {
      const keyCols = Math.round(columns * Math.min(0.8, Math.max(0.2, block.keyWidth ?? 0.45)));
      e.table(
        [{ width: keyCols, marginRight: 1 }, { width: columns - keyCols - 1 }],
        block.rows.map((r) => [textModeSafe(r.key), textModeSafe(r.value)]),
      );
      return;
    }
    case 'table': {
      const total = block.columns.reduce((s, c) => s + Math.max(0, c.width), 0) || 1;
      const widths = block.columns.map((c) => Math.max(1, Math.floor((columns * c.width) / total)));
      const cols = block.columns.map((c, i) => ({ width: widths[i] ?? 1, align: c.align ?? 'left' }));
      const rows: string[][] = [];
      if (block.columns.some((c) => c.header !== undefined)) rows.push(block.columns.map((c) => textModeSafe(c.header ?? '')));
      rows.push(...block.rows.map((r) => block.columns.map((_, i) => textModeSafe(r[i] ?? ''))));
      if (block.ruled ?? true) e.rule({ style: 'single' });
      e.table(cols, rows);
      if (block.ruled ?? true) e.rule({ style: 'single' });
      return;
    }
    case 'barcode':
      e.align(block.align ?? 'center')
        .barcode(block.value, 'code128', { height: mmToDots(block.height ?? 12, spec.dpi), width: Math.min(3, block.moduleDots ?? 2), text: block.showText ?? true })
        .align('left');
      return;
    case 'qr': {
      const size = Math.max(1, Math.min(8, mmToDots(block.moduleMm ?? 0.75, spec.dpi)));
      const level = (block.errorCorrection ?? 'M').toLowerCase() as 'l' | 'm' | 'q' | 'h';
      e.align(block.align ?? 'center').qrcode(block.value, { model: 2, size, errorlevel: level }).align('left');
      return;
    }
    case 'image': {
      const full = createRaster(spec.widthDots, block.raster.height);
      const x = block.align === 'left' ? 0 : block.align === 'right' ? spec.widthDots - block.raster.width : Math.round((spec.widthDots - block.raster.width) / 2);
      blit(full, block.raster, x, 0);
      e.raw(rasterCommands(full));
      return;
    }
  }
}

/**
 * Text mode for printers verified to have Epson's TCVN-3 code pages: the encoder switches
 * pages per character with its Epson mapping. Raster mode is the default and always correct.
 */
export function encodeDocumentText(doc: PrintDocument, spec: TextEncodeSpec): Uint8Array {
  const columns = textColumns(spec.widthDots);
  const e = new ReceiptPrinterEncoder({ language: 'esc-pos', codepageMapping: 'epson', columns, newline: '\n', feedBeforeCut: 0 });
  e.initialize().codepage('auto');
  for (const block of doc.blocks) encodeBlock(e, block, spec, columns);
  const body = e.encode();
  const tail = feedAndCut(spec);
  const out = new Uint8Array(body.length + tail.length);
  out.set(body, 0);
  out.set(tail, body.length);
  return out;
}
