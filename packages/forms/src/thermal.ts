import { encodeCode128, mmToDots, type Block, type PaperSpec, type PrintDocument } from '@motcua/printer';
import { code128Raster, QUIET_MODULES } from './barcodeRaster.js';
import { NATIONAL_MOTTO, NATIONAL_NAME } from './labels.js';
import type { FormSheet, SheetPart } from './sheet.js';

/** Smallest CODE128 module on thermal paper: 1-dot bars do not scan reliably. */
export const MIN_MODULE_DOTS = 2;
/** Bar height on 80 mm paper. */
const BAR_MM = 13;
/** White kept inside the printable width when the paper margin completes the quiet zone. */
const MIN_INNER_QUIET_MODULES = 5;
/** Labels up to this many characters sit in a key column; longer ones get their own line. */
const SHORT_LABEL = 16;

/** How the dossier code's barcode is laid out on a given paper (see {@link thermalBarcode}). */
export type ThermalBarcodeLayout = 'native' | 'horizontal' | 'vertical';
/** `fit`: the best layout for this paper; `portable`: one that prints on 512 and 576 dots alike. */
export type ThermalBarcodeChoice = 'fit' | 'portable';
/** The narrowest thermal paper supported (Epson TM-T88/T70 at 180 dpi). */
const NARROWEST_DOTS = 512;

/**
 * The code as CODE128 with modules ≥ 2 dots: the printer's own barcode block when it fits
 * with full quiet zones; else exact bars as an image, horizontal when only part of the quiet
 * zone is inside the printable width (80 mm paper leaves ~4 mm blank on each side of it), or
 * turned a quarter (vertical) when even the bars do not fit (long codes on 512-dot paper).
 */
export function thermalBarcode(
  value: string,
  paper: PaperSpec,
  prefer: ThermalBarcodeChoice = 'fit',
): { layout: ThermalBarcodeLayout; blocks: Block[] } {
  const n = encodeCode128(value).modules.length;
  const barDots = mmToDots(BAR_MM, paper.dpi);
  // 'portable': a document that prints on either paper (a stored job reprinted elsewhere).
  const width = prefer === 'portable' ? Math.min(paper.widthDots, NARROWEST_DOTS) : paper.widthDots;
  const fit = Math.floor(width / (n + 2 * QUIET_MODULES));
  if (fit >= MIN_MODULE_DOTS) {
    return { layout: 'native', blocks: [{ type: 'barcode', value, height: BAR_MM, moduleDots: Math.min(3, fit), showText: false, align: 'center' }] };
  }
  const md = MIN_MODULE_DOTS;
  const spare = width - n * md;
  if (prefer === 'fit' && spare >= 2 * MIN_INNER_QUIET_MODULES * md) {
    const raster = code128Raster(value, { moduleDots: md, barDots, quietDots: Math.floor(spare / 2), orientation: 'horizontal' });
    return { layout: 'horizontal', blocks: [{ type: 'spacer', height: 1 }, { type: 'image', raster, align: 'center' }, { type: 'spacer', height: 1 }] };
  }
  const raster = code128Raster(value, { moduleDots: md, barDots: mmToDots(16, paper.dpi), quietDots: QUIET_MODULES * md, orientation: 'vertical' });
  return { layout: 'vertical', blocks: [{ type: 'image', raster, align: 'center' }] };
}

function fieldBlocks(fields: readonly { label: string; value: string }[]): Block[] {
  const blocks: Block[] = [];
  let pending: { key: string; value: string }[] = [];
  const flush = (): void => {
    if (pending.length > 0) blocks.push({ type: 'keyValue', rows: pending, keyWidth: 0.36, boldValues: true });
    pending = [];
  };
  for (const f of fields) {
    if (f.label.length <= SHORT_LABEL) {
      pending.push({ key: f.label, value: f.value });
      continue;
    }
    flush();
    blocks.push({ type: 'text', text: `${f.label}:` }, { type: 'text', text: f.value, bold: true });
  }
  flush();
  return blocks;
}

function partBlocks(part: SheetPart, paper: PaperSpec, barcode: ThermalBarcodeChoice): Block[] {
  switch (part.kind) {
    case 'code':
      return [
        ...thermalBarcode(part.value, paper, barcode).blocks,
        { type: 'text', text: part.label, size: 'small', align: 'center' },
        { type: 'text', text: part.value, size: 'large', bold: true, align: 'center', wrap: false },
        { type: 'spacer', height: 1.5 },
      ];
    case 'field':
      return fieldBlocks([part]);
    case 'fieldRow':
      return fieldBlocks(part.fields);
    case 'text':
      return [{ type: 'text', text: part.text, bold: part.bold ?? false, align: part.align ?? 'left', size: part.small ? 'small' : 'normal' }];
    case 'heading':
      return [{ type: 'spacer', height: 1 }, { type: 'text', text: part.text, bold: true }];
    case 'list':
      return part.items.map((item, i) => ({ type: 'text', text: part.numbered ? `${i + 1}. ${item}` : `- ${item}` }));
    case 'table': {
      if (part.stackOnNarrow) {
        const blocks: Block[] = [{ type: 'rule', style: 'solid' }];
        part.rows.forEach((row, r) => {
          if (r > 0) blocks.push({ type: 'rule', style: 'dashed' });
          const [first, ...rest] = row;
          const firstCol = part.columns[0];
          blocks.push({ type: 'text', text: `${firstCol?.header ?? ''} ${first ?? ''}`.trim(), bold: true });
          const rows = rest
            .map((cell, i) => ({ key: part.columns[i + 1]?.header ?? '', value: cell }))
            .filter((kv) => kv.value !== '')
            .map((kv) => ({ key: kv.key.replace(/\s*\(.*\)$/, ''), value: kv.value }));
          blocks.push({ type: 'keyValue', rows, keyWidth: 0.28, boldValues: false, size: 'small' });
        });
        blocks.push({ type: 'rule', style: 'solid' });
        return blocks;
      }
      return [
        {
          type: 'table',
          size: 'small',
          ruled: true,
          columns: part.columns.map((c) => ({ header: c.narrowHeader ?? c.header, width: c.width, align: c.align ?? 'left' })),
          rows: part.rows,
        },
      ];
    }
    case 'signatures': {
      if (part.signers.length === 2) {
        // Side by side, as on the A4 form: saves ~25 mm of paper.
        // A table's header row is bold: titles, then (after room to sign) names.
        return [
          { type: 'spacer', height: 3 },
          { type: 'table', size: 2.4, ruled: false, columns: part.signers.map((s) => ({ header: s.title, width: 1, align: 'center' as const })), rows: [part.signers.map((s) => s.hint)] },
          { type: 'spacer', height: 14 },
          { type: 'table', ruled: false, columns: part.signers.map((s) => ({ header: s.name ?? '', width: 1, align: 'center' as const })), rows: [] },
          { type: 'spacer', height: 2 },
        ];
      }
      return part.signers.flatMap((s): Block[] => [
        { type: 'spacer', height: 3 },
        { type: 'text', text: s.title, bold: true, align: 'center' },
        { type: 'text', text: s.hint, size: 'small', align: 'center' },
        { type: 'spacer', height: 14 },
        { type: 'text', text: s.name ?? '', bold: true, align: 'center' },
      ]);
    }
    case 'note':
      return [{ type: 'text', text: part.text, size: 'small', align: 'center' }];
  }
}

/**
 * Draws a filled form for 80 mm thermal paper (576 dots at 203 dpi or 512 at 180 dpi). Only
 * the barcode depends on the paper; with `barcode: 'portable'` the document prints on both.
 */
export function sheetToPrintDocument(sheet: FormSheet, paper: PaperSpec, barcode: ThermalBarcodeChoice = 'fit'): PrintDocument {
  const h = sheet.header;
  const blocks: Block[] = [
    { type: 'text', text: NATIONAL_NAME, size: 'small', bold: true, align: 'center' },
    { type: 'text', text: NATIONAL_MOTTO, size: 'small', bold: true, align: 'center' },
    { type: 'rule', style: 'dashed' },
  ];
  if (h.parentAgency) blocks.push({ type: 'text', text: h.parentAgency.toUpperCase(), size: 'small', align: 'center' });
  blocks.push({ type: 'text', text: h.agency.toUpperCase(), bold: true, align: 'center' });
  if (h.unit) blocks.push({ type: 'text', text: h.unit.toUpperCase(), bold: true, align: 'center' });
  blocks.push(
    { type: 'text', text: h.placeDate, size: 'small', align: 'center' },
    { type: 'spacer', height: 2 },
    { type: 'text', text: sheet.title, size: 'large', bold: true, align: 'center' },
  );
  for (const line of sheet.subtitle) blocks.push({ type: 'text', text: line, align: 'center' });
  blocks.push({ type: 'spacer', height: 1 });
  for (const part of sheet.parts) blocks.push(...partBlocks(part, paper, barcode));
  blocks.push({ type: 'spacer', height: 2 });
  return { blocks };
}
