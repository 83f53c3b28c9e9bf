import { describe, expect, it } from 'vitest';
import { PrintDocumentSchema, createRaster, parsePrintDocument, ticketDocument } from '../src/index.js';
import { SAMPLE_TICKET } from './support/sampleTicket.js';

describe('PrintDocumentSchema', () => {
  it('[DS1] a ticket survives a JSON round trip as data', () => {
    const doc = ticketDocument({ ...SAMPLE_TICKET, priority: 'disabled' });
    expect(parsePrintDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('[DS2] refuses unknown blocks, non-ASCII barcodes and images that are not rasters', () => {
    expect(PrintDocumentSchema.safeParse({ blocks: [{ type: 'beep' }] }).success).toBe(false);
    expect(PrintDocumentSchema.safeParse({ blocks: [{ type: 'barcode', value: 'Đất-01' }] }).success).toBe(false);
    expect(PrintDocumentSchema.safeParse({ blocks: [{ type: 'image', raster: { width: 8, height: 1, data: [0] } }] }).success).toBe(false);
    expect(PrintDocumentSchema.safeParse({ blocks: [{ type: 'image', raster: createRaster(8, 1) }] }).success).toBe(true);
  });
});
