import { z } from 'zod';
import type { PrintDocument } from './document.js';

const Align = z.enum(['left', 'center', 'right']);
const TextSize = z.union([z.enum(['small', 'normal', 'large', 'xlarge', 'huge']), z.number().min(1).max(60)]);
const Text = z.string().max(4000);

/**
 * A print document as data (the hub stores jobs and re-encodes them for whatever printer
 * reprints them). Image blocks hold a Uint8Array, so a document with images is not plain
 * JSON; tickets and receipts have none.
 */
export const PrintDocumentSchema = z.object({
  blocks: z
    .array(
      z.discriminatedUnion('type', [
        z.object({
          type: z.literal('text'),
          text: Text,
          size: TextSize.optional(),
          bold: z.boolean().optional(),
          align: Align.optional(),
          wrap: z.boolean().optional(),
          invert: z.boolean().optional(),
          tight: z.boolean().optional(),
        }),
        z.object({ type: z.literal('rule'), style: z.enum(['solid', 'dashed']).optional(), thickness: z.number().int().min(1).max(16).optional() }),
        z.object({ type: z.literal('spacer'), height: z.number().min(0).max(100) }),
        z.object({
          type: z.literal('keyValue'),
          rows: z.array(z.object({ key: Text, value: Text })).max(100),
          size: TextSize.optional(),
          keyWidth: z.number().min(0.2).max(0.8).optional(),
          boldValues: z.boolean().optional(),
        }),
        z.object({
          type: z.literal('table'),
          columns: z.array(z.object({ header: Text.optional(), width: z.number().positive(), align: Align.optional() })).min(1).max(12),
          rows: z.array(z.array(Text)).max(500),
          size: TextSize.optional(),
          ruled: z.boolean().optional(),
        }),
        z.object({
          type: z.literal('barcode'),
          value: z.string().min(1).max(80).regex(/^[\x20-\x7e]+$/, 'CODE128: chỉ ký tự ASCII in được'),
          height: z.number().min(3).max(50).optional(),
          moduleDots: z.number().int().min(1).max(6).optional(),
          showText: z.boolean().optional(),
          align: Align.optional(),
        }),
        z.object({
          type: z.literal('qr'),
          value: z.string().min(1).max(1000),
          moduleMm: z.number().min(0.2).max(3).optional(),
          errorCorrection: z.enum(['L', 'M', 'Q', 'H']).optional(),
          align: Align.optional(),
        }),
        z.object({
          type: z.literal('image'),
          raster: z.object({ width: z.number().int().min(1).max(576), height: z.number().int().min(1).max(4000), data: z.instanceof(Uint8Array) }),
          align: Align.optional(),
        }),
      ]),
    )
    .max(500),
});

export function parsePrintDocument(input: unknown): PrintDocument {
  return PrintDocumentSchema.parse(input);
}
