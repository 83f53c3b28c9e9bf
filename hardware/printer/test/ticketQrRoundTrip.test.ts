import { describe, expect, it } from 'vitest';
import { parseEscPos, renderJob } from '@motcua/virtual-printer';
import { encodeRaster } from '../src/encodeRaster.js';
import { renderDocument } from '../src/renderDocument.js';
import { ticketDocument } from '../src/ticketDocument.js';

const ticketWith = (statusUrl: string) =>
  ticketDocument({
    agencyName: 'UBND PHƯỜNG DEMO',
    unitName: 'Bộ phận Tiếp nhận và Trả kết quả',
    label: 'A001',
    serviceName: 'Hộ tịch',
    priority: null,
    peopleAhead: 0,
    estimatedWait: null,
    issuedAt: '2026-11-29T01:00:00.000Z',
    timeZone: 'Asia/Ho_Chi_Minh',
    statusUrl,
  });

const readBack = (statusUrl: string): string[] => {
  const bytes = encodeRaster(renderDocument(ticketWith(statusUrl), { widthDots: 576, dpi: 203 }), { cut: 'partial', feedLines: 4 });
  return renderJob(parseEscPos(bytes), { widthDots: 576 }).decoded.map((d) => d.text);
};

describe('the status QR of every ticket reads back from the printed bytes', () => {
  // a symbol the reader's detector missed (about 3 % of random ticket ids did) before the
  // virtual printer fell back to reading clean rasters as pure symbols
  it('a ticket id whose QR the detector alone could not find', () => {
    const url = 'http://motcua.local/t/84983010-0986-41ef-bb56-80054eec3aa6';
    expect(readBack(url)).toContain(url);
  });

  it('thirty more ticket ids', () => {
    for (let i = 0; i < 30; i++) {
      const url = `http://motcua.local/t/${(0x10000000 + i * 7919).toString(16)}-0986-41ef-bb56-${String(i).padStart(12, '0')}`;
      expect(readBack(url), url).toContain(url);
    }
  });
});
