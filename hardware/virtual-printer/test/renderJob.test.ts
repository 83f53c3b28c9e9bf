import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
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

/** Bounding box of the black dots of a rendered job. */
function inkBox(png: Buffer): { width: number; height: number; left: number; right: number; top: number; bottom: number } {
  const img = PNG.sync.read(png);
  let left = Infinity;
  let right = -1;
  let top = Infinity;
  let bottom = -1;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if ((img.data[(y * img.width + x) * 4] ?? 255) === 0) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return { width: img.width, height: img.height, left, right, top, bottom };
}

const render = (...bytes: number[]) => renderJob(parseEscPos(Uint8Array.from(bytes)), { decodeImages: false });

describe('renderJob geometry', () => {
  it('Font A is 12×24 in a 30-dot line', () => {
    const job = render(0x48, 0x0a);
    const box = inkBox(job.png);
    expect(job.height).toBe(30);
    expect(box.right - box.left + 1).toBeLessThanOrEqual(12);
    expect(box.bottom).toBeLessThan(24);
    expect(job.text).toEqual(['H']);
  });

  it('GS ! 0x11 doubles the character and the line grows to fit it', () => {
    const single = inkBox(render(0x48, 0x0a).png);
    const job = render(0x1d, 0x21, 0x11, 0x48, 0x0a);
    const box = inkBox(job.png);
    expect(job.height).toBe(48);
    expect(box.right - box.left + 1).toBe(2 * (single.right - single.left + 1));
    expect(box.bottom - box.top + 1).toBe(2 * (single.bottom - single.top + 1));
  });

  it('ESC a 1 centres the line', () => {
    const box = inkBox(render(0x1b, 0x61, 1, 0x48, 0x48, 0x0a).png);
    expect(Math.abs((box.left + box.right) / 2 - 288)).toBeLessThanOrEqual(6);
  });

  it('GS B inverts: the 12×24 character cell is black, at the top of its 30-dot line', () => {
    const box = inkBox(render(0x1d, 0x42, 1, 0x20, 0x0a).png);
    expect([box.left, box.right, box.top, box.bottom]).toEqual([0, 11, 0, 23]);
  });

  it('consecutive raster bands stack with no gap; ESC d and ESC J feed', () => {
    const band = (rows: number) => [0x1d, 0x76, 0x30, 0, 1, 0, rows, 0, ...Array(rows).fill(0x80)];
    const job = render(...band(2), ...band(3), 0x1b, 0x64, 2, 0x1b, 0x4a, 7);
    const box = inkBox(job.png);
    expect([box.left, box.right, box.top, box.bottom]).toEqual([0, 0, 0, 4]);
    expect(job.height).toBe(5 + 2 * 30 + 7);
  });

  it('a CODE128 wider than the paper is not printed, and says so', () => {
    const data = Array.from('{BH15.50.05.13-261008-0975', (c) => c.charCodeAt(0));
    const job = render(0x1d, 0x77, 2, 0x1d, 0x6b, 73, data.length, ...data);
    expect(job.barcodes).toEqual([{ type: 'CODE128', data: 'H15.50.05.13-261008-0975', printed: false }]);
    expect(job.warnings.join()).toMatch(/598 dots wide .* does not print it/);
  });

  it('text with no LF at the end is not printed (a printer waits for the line end)', () => {
    const job = render(0x41, 0x42);
    expect(job.text).toEqual([]);
    expect(job.warnings).toEqual(['2 character(s) left in the line buffer without LF: a printer would not print them yet']);
  });
});
