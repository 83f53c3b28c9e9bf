import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TICKET_FOOTER,
  mmToDots,
  renderDocument,
  renderPng,
  ticketDocument,
  type Block,
  type TextBlock,
} from '../src/index.js';
import { decodePng } from './support/decodePng.js';
import { goldenDiff, saveOutput } from './support/goldenPng.js';
import { rowBands } from './support/rowBands.js';
import { SAMPLE_TICKET } from './support/sampleTicket.js';

const PAPERS = [
  { widthDots: 576, dpi: 203 },
  { widthDots: 512, dpi: 180 },
] as const;

const texts = (blocks: Block[]): string[] => blocks.filter((b): b is TextBlock => b.type === 'text').map((b) => b.text);

describe('ticketDocument', () => {
  it('[TK1] carries agency, unit, title, number, service, people ahead, wait, time, footer', () => {
    const t = texts(ticketDocument(SAMPLE_TICKET).blocks);
    expect(t).toEqual([
      'UBND PHƯỜNG BẾN THÀNH',
      'Bộ phận tiếp nhận và trả kết quả',
      'PHIẾU SỐ THỨ TỰ',
      'A025',
      'Hộ tịch',
      'Số người chờ trước bạn: 12',
      'Thời gian chờ dự kiến: khoảng 10–20 phút',
      '14:05 — Thứ Bảy, 28/11/2026',
      'Quét mã để theo dõi lượt gọi số',
      DEFAULT_TICKET_FOOTER,
    ]);
  });

  it('[TK2] priority mark, unknown wait, nobody ahead, no QR without a URL, custom footer', () => {
    const doc = ticketDocument({ ...SAMPLE_TICKET, priority: 'pregnant', estimatedWait: null, peopleAhead: 0, statusUrl: null, footer: 'Xin cảm ơn!' });
    const t = texts(doc.blocks);
    expect(t).toContain('ƯU TIÊN — Phụ nữ mang thai');
    expect(t).toContain('Thời gian chờ dự kiến: chưa ước tính được');
    expect(t).toContain('Không có người chờ trước bạn');
    expect(t.at(-1)).toBe('Xin cảm ơn!');
    expect(doc.blocks.some((b) => b.type === 'qr')).toBe(false);
  });
});

describe('renderDocument: the ticket', () => {
  for (const paper of PAPERS) {
    it(`[TK3] ${paper.widthDots} dots: the QR decodes to the status URL and the image matches the golden`, () => {
      const raster = renderDocument(ticketDocument(SAMPLE_TICKET), paper);
      expect(raster.width).toBe(paper.widthDots);
      expect(raster.data.length).toBe((paper.widthDots / 8) * raster.height);
      const png = renderPng(raster);
      saveOutput(`ticket-${paper.widthDots}.png`, png);
      expect(decodePng(png, 'QR_CODE')).toBe(SAMPLE_TICKET.statusUrl);
      expect(goldenDiff(`ticket-${paper.widthDots}.png`, png)).toBeLessThan(0.005);
    });

    it(`[TK4] ${paper.widthDots} dots: the number is by far the biggest thing on the paper`, () => {
      const raster = renderDocument(ticketDocument({ ...SAMPLE_TICKET, statusUrl: null }), paper);
      const heights = rowBands(raster)
        .map((b) => b.height)
        .sort((a, b) => b - a);
      const [tallest = 0, second = 0] = heights;
      expect(tallest).toBeGreaterThanOrEqual(mmToDots(18, paper.dpi));
      expect(tallest).toBeGreaterThan(2.5 * second);
    });
  }

  it('[TK5] a five-character number still fits the paper', () => {
    const raster = renderDocument(ticketDocument({ ...SAMPLE_TICKET, label: 'BB1005', statusUrl: null }), { widthDots: 512, dpi: 180 });
    const png = renderPng(raster);
    saveOutput('ticket-512-long-number.png', png);
    // The number's band is still the tallest and no ink touches the paper's edges.
    const [tallest = 0] = rowBands(raster).map((b) => b.height).sort((a, b) => b - a);
    expect(tallest).toBeGreaterThanOrEqual(mmToDots(10, 180));
    const stride = 512 / 8;
    for (let y = 0; y < raster.height; y++) {
      expect((raster.data[y * stride] ?? 0) & 0x80).toBe(0);
      expect((raster.data[y * stride + stride - 1] ?? 0) & 0x01).toBe(0);
    }
  });
});

describe('renderDocument: a priority ticket', () => {
  it('[TK6] "Đất đai", priority bar, unknown wait: QR decodes, image matches the golden', () => {
    const data = { ...SAMPLE_TICKET, label: 'B012', serviceName: 'Đất đai', priority: 'elderly' as const, estimatedWait: null, statusUrl: 'http://192.168.1.10:8080/t/2026-11-28/B012' };
    const png = renderPng(renderDocument(ticketDocument(data), { widthDots: 576, dpi: 203 }));
    saveOutput('ticket-576-priority.png', png);
    expect(decodePng(png, 'QR_CODE')).toBe(data.statusUrl);
    expect(goldenDiff('ticket-576-priority.png', png)).toBeLessThan(0.005);
  });
});
