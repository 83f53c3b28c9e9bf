import { barRuns, defaultFontDir, encodeCode128, FONT_FILES } from '@motcua/printer';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildForm, type FormOptions } from './buildForm.js';
import { FormError } from './FormError.js';
import { NATIONAL_MOTTO, NATIONAL_NAME } from './labels.js';
import { formDate } from './registry.js';
import type { FormSheet, SheetPart } from './sheet.js';
import type { FormDataMap, FormId } from './types.js';

export interface PdfOptions<F extends FormId = FormId> extends FormOptions<F> {
  /** Folder holding NotoSans-Regular.ttf and NotoSans-Bold.ttf; default the printer's bundled fonts. */
  fontDir?: string;
}

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 12 * MM, bottom: 12 * MM, left: 25 * MM, right: 15 * MM };
const CONTENT_W = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const BODY = 11.5;
const SMALL = 10;
const GAP = 1.2;
const BAR_MODULE = 0.3 * MM;
const BAR_HEIGHT = 9 * MM;

const PAGE_OPTIONS = { size: 'A4', margins: MARGIN } as const;

const REGULAR = 'motcua-regular';
const BOLD = 'motcua-bold';

type Doc = PDFKit.PDFDocument;

function fontPaths(dir: string): { regular: string; bold: string } {
  const [regularFile, boldFile] = FONT_FILES;
  const regular = join(dir, regularFile);
  const bold = join(dir, boldFile);
  for (const path of [regular, bold]) if (!existsSync(path)) throw new FormError('INVALID_DATA', `không tìm thấy phông chữ ${path}`);
  return { regular, bold };
}

/** Leaves the rest of the page when `needed` points do not fit on it. */
function ensureRoom(doc: Doc, needed: number): void {
  if (doc.y + needed > BOTTOM) {
    doc.addPage(PAGE_OPTIONS);
    doc.y = MARGIN.top;
  }
}

function centeredRule(doc: Doc, centerX: number, width: number, y: number): void {
  doc.moveTo(centerX - width / 2, y).lineTo(centerX + width / 2, y).lineWidth(0.6).stroke('#000');
}

function drawHeader(doc: Doc, sheet: FormSheet): void {
  const h = sheet.header;
  const top = MARGIN.top;
  const leftW = CONTENT_W * 0.46;
  const rightX = MARGIN.left + leftW;
  const rightW = CONTENT_W - leftW;
  const line = (text: string, font: string, size: number, x: number, w: number): void => {
    doc.font(font).fontSize(size).text(text, x, doc.y, { width: w, align: 'center', lineGap: 0.5 });
  };

  doc.y = top;
  if (h.parentAgency) line(h.parentAgency.toUpperCase(), REGULAR, 10.5, MARGIN.left, leftW);
  line(h.agency.toUpperCase(), BOLD, 10.5, MARGIN.left, leftW);
  if (h.unit) line(h.unit.toUpperCase(), BOLD, 10.5, MARGIN.left, leftW);
  const leftBottom = doc.y + 6;
  centeredRule(doc, MARGIN.left + leftW / 2, leftW * 0.35, leftBottom);

  doc.y = top;
  line(NATIONAL_NAME, BOLD, 10.5, rightX, rightW);
  line(NATIONAL_MOTTO, BOLD, 11.5, rightX, rightW);
  const mottoW = doc.font(BOLD).fontSize(11.5).widthOfString(NATIONAL_MOTTO);
  centeredRule(doc, rightX + rightW / 2, mottoW, doc.y + 2);
  doc.y += 7;
  line(h.placeDate, REGULAR, 11, rightX, rightW);
  doc.y = Math.max(doc.y, leftBottom) + 10;
}

function drawBarcode(doc: Doc, value: string): void {
  const { modules } = encodeCode128(value);
  const width = modules.length * BAR_MODULE;
  const x0 = MARGIN.left + (CONTENT_W - width) / 2;
  const y = doc.y;
  for (const bar of barRuns(modules)) doc.rect(x0 + bar.start * BAR_MODULE, y, bar.width * BAR_MODULE, BAR_HEIGHT);
  doc.fill('#000');
  doc.y = y + BAR_HEIGHT + 3;
}

/** "Mã hồ sơ: H15…" centred, label regular and code bold (pdfkit's `continued` cannot centre mixed fonts). */
function drawCodeLine(doc: Doc, label: string, value: string): void {
  const labelW = doc.font(REGULAR).fontSize(BODY + 1).widthOfString(label);
  const valueW = doc.font(BOLD).fontSize(BODY + 1).widthOfString(value);
  const x = MARGIN.left + (CONTENT_W - labelW - valueW) / 2;
  const y = doc.y;
  doc.font(REGULAR).text(label, x, y, { lineBreak: false });
  doc.font(BOLD).text(value, x + labelW, y, { lineBreak: false });
  doc.x = MARGIN.left;
  doc.y = y + doc.currentLineHeight(true) + 3;
}

function drawFields(doc: Doc, fields: readonly { label: string; value: string }[]): void {
  const x = MARGIN.left;
  doc.x = x;
  fields.forEach((f, i) => {
    const last = i === fields.length - 1;
    doc.font(REGULAR).fontSize(BODY).text(`${i > 0 ? '        ' : ''}${f.label}: `, x, doc.y, { width: CONTENT_W, continued: true, lineGap: GAP });
    doc.font(BOLD).text(f.value, { continued: !last, lineGap: GAP });
  });
}

function drawTable(doc: Doc, part: Extract<SheetPart, { kind: 'table' }>): void {
  const total = part.columns.reduce((s, c) => s + c.width, 0);
  const widths = part.columns.map((c) => (CONTENT_W * c.width) / total);
  const pad = 3;
  const size = 10.5;
  const rowHeight = (cells: readonly string[], font: string): number =>
    Math.max(
      ...cells.map((cell, i) => {
        doc.font(font).fontSize(size);
        return doc.heightOfString(cell === '' ? ' ' : cell, { width: (widths[i] ?? 0) - 2 * pad, lineGap: 1 });
      }),
    ) + 2 * pad;
  const drawRow = (cells: readonly string[], font: string): void => {
    const h = rowHeight(cells, font);
    const y = doc.y;
    let x = MARGIN.left;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc.rect(x, y, w, h).lineWidth(0.6).stroke('#000');
      // `height` keeps pdfkit from breaking a cell onto a page of its own: the row was measured to fit.
      doc
        .font(font)
        .fontSize(size)
        .fillColor('#000')
        .text(cell, x + pad, y + pad, { width: w - 2 * pad, height: h, align: part.columns[i]?.align ?? 'left', lineGap: 1 });
      x += w;
    });
    doc.x = MARGIN.left;
    doc.y = y + h;
  };
  const header = part.columns.map((c) => c.header);
  ensureRoom(doc, rowHeight(header, BOLD) + (part.rows[0] ? rowHeight(part.rows[0], REGULAR) : 0));
  drawRow(header, BOLD);
  for (const row of part.rows) {
    const cells = part.columns.map((_, i) => row[i] ?? '');
    if (doc.y + rowHeight(cells, REGULAR) > BOTTOM) {
      doc.addPage(PAGE_OPTIONS);
      doc.y = MARGIN.top;
      drawRow(header, BOLD);
    }
    drawRow(cells, REGULAR);
  }
  doc.y += 4;
}

function drawSignatures(doc: Doc, part: Extract<SheetPart, { kind: 'signatures' }>): void {
  ensureRoom(doc, 100);
  const n = part.signers.length;
  // One signer signs on the right half, as in the annex forms.
  const colW = n === 1 ? CONTENT_W / 2 : CONTENT_W / n;
  const left0 = n === 1 ? MARGIN.left + CONTENT_W / 2 : MARGIN.left;
  const top = doc.y + 6;
  let bottom = top;
  part.signers.forEach((s, i) => {
    const x = left0 + i * colW;
    doc.y = top;
    doc.font(BOLD).fontSize(BODY).text(s.title, x, doc.y, { width: colW, align: 'center' });
    doc.font(REGULAR).fontSize(SMALL).text(s.hint, x, doc.y, { width: colW, align: 'center' });
    doc.y += 52;
    if (s.name) doc.font(BOLD).fontSize(BODY).text(s.name, x, doc.y, { width: colW, align: 'center' });
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = MARGIN.left;
  doc.y = bottom + 10;
}

function drawPart(doc: Doc, part: SheetPart): void {
  switch (part.kind) {
    case 'code':
      ensureRoom(doc, BAR_HEIGHT + 40);
      drawCodeLine(doc, `${part.label}: `, part.value);
      drawBarcode(doc, part.value);
      doc.y += 8;
      return;
    case 'field':
      ensureRoom(doc, 2 * BODY);
      drawFields(doc, [part]);
      return;
    case 'fieldRow':
      ensureRoom(doc, 2 * BODY);
      drawFields(doc, part.fields);
      return;
    case 'text':
      ensureRoom(doc, 2 * BODY);
      doc
        .font(part.bold ? BOLD : REGULAR)
        .fontSize(part.small ? SMALL : BODY)
        .text(part.text, MARGIN.left, doc.y, { width: CONTENT_W, align: part.align ?? 'justify', lineGap: GAP });
      return;
    case 'heading':
      ensureRoom(doc, 3 * BODY);
      doc.font(BOLD).fontSize(BODY).text(part.text, MARGIN.left, doc.y, { width: CONTENT_W, lineGap: GAP + 2 });
      return;
    case 'list':
      part.items.forEach((item, i) => {
        ensureRoom(doc, 2 * BODY);
        doc.font(REGULAR).fontSize(BODY).text(part.numbered ? `${i + 1}. ${item}` : `- ${item}`, MARGIN.left + 12, doc.y, { width: CONTENT_W - 12, lineGap: GAP });
      });
      return;
    case 'table':
      drawTable(doc, part);
      return;
    case 'signatures':
      drawSignatures(doc, part);
      return;
    case 'note':
      ensureRoom(doc, 2 * SMALL);
      doc.font(REGULAR).fontSize(SMALL).text(part.text, MARGIN.left, doc.y, { width: CONTENT_W, lineGap: 1 });
      return;
  }
}

function drawSheet(doc: Doc, sheet: FormSheet): void {
  doc.addPage(PAGE_OPTIONS);
  drawHeader(doc, sheet);
  doc.font(BOLD).fontSize(14).text(sheet.title, MARGIN.left, doc.y, { width: CONTENT_W, align: 'center' });
  for (const line of sheet.subtitle) doc.font(REGULAR).fontSize(BODY).text(line, MARGIN.left, doc.y + 2, { width: CONTENT_W, align: 'center' });
  doc.y += 8;
  for (const part of sheet.parts) drawPart(doc, part);
}

/** Draws filled sheets on A4, each starting a page, with the bundled Noto Sans embedded. */
export async function sheetsToPdf(sheets: readonly FormSheet[], options: { fontDir?: string; createdAt?: Date } = {}): Promise<Buffer> {
  const fonts = fontPaths(options.fontDir ?? defaultFontDir());
  const first = sheets[0];
  if (!first) throw new FormError('INVALID_DATA', 'không có trang nào để in');
  // loaded on first use: a hub that never makes a PDF does not carry pdfkit (~10 MB)
  const { default: PDFDocument } = await import('pdfkit');
  // `font` replaces pdfkit's default Helvetica: no standard font ever reaches the file.
  const doc = new PDFDocument({
    autoFirstPage: false,
    ...PAGE_OPTIONS,
    font: fonts.regular,
    info: { Title: first.title, Subject: first.templateId, Creator: 'motcua', Producer: 'motcua', CreationDate: options.createdAt ?? new Date(0) },
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    for (const sheet of sheets) drawSheet(doc, sheet);
  } catch (cause) {
    doc.end();
    return Promise.reject(cause instanceof Error ? cause : new Error(String(cause)));
  }
  doc.end();
  return done;
}

/**
 * The form as A4 PDF bytes: national motto header, agency block, title, body, bordered
 * tables, signature blocks and the CODE128 barcode as exact rectangles. Mẫu 01 comes as two
 * pages (the dossier's and the citizen's copy) unless `copies` asks for one.
 */
export function renderPdf<F extends FormId>(formId: F, data: FormDataMap[F], options: PdfOptions<F> = {}): Promise<Buffer> {
  let sheets: FormSheet[];
  try {
    sheets = buildForm(formId, data, options);
  } catch (cause) {
    return Promise.reject(cause instanceof Error ? cause : new Error(String(cause)));
  }
  return sheetsToPdf(sheets, { ...(options.fontDir ? { fontDir: options.fontDir } : {}), createdAt: new Date(formDate(formId, data)) });
}
