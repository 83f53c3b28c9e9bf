import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEscPos } from '../src/parseEscPos.js';
import { renderJob } from '../src/renderJob.js';
import { RASTER_BARCODE, RECEIPT_BARCODE, STATUS_URL, sampleTicketBytes } from './sampleTicket.js';

describe('renderJob', () => {
  it('draws a whole ticket and reads back text, barcode, QR, decoded raster codes and the cut', () => {
    const job = renderJob(parseEscPos(sampleTicketBytes()));
    if (process.env.VP_DUMP) {
      mkdirSync(process.env.VP_DUMP, { recursive: true });
      writeFileSync(`${process.env.VP_DUMP}/ticket.png`, job.png);
    }
    expect(job.width).toBe(576);
    expect(job.text).toContain('Dịch vụ: Chứng thực bản sao');
    expect(job.barcodes).toEqual([{ type: 'CODE128', data: RECEIPT_BARCODE, printed: true }]);
    expect(job.qrCodes).toEqual([STATUS_URL]);
    expect(job.decoded.map((d) => [d.format, d.text])).toEqual([['CODE_128', RASTER_BARCODE]]);
    expect(job.cuts).toBe(1);
    expect(job.warnings).toEqual([]);
  });
});
