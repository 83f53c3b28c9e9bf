import { parseEscPos, renderJob } from '@motcua/virtual-printer';
import { describe, expect, it } from 'vitest';
import { encodeDocument, encodeDocumentText, parsePrinterProfile, textColumns, ticketDocument } from '../src/index.js';
import { saveOutput } from './support/goldenPng.js';
import { SAMPLE_TICKET } from './support/sampleTicket.js';

const TEXT_PROFILE = parsePrinterProfile({
  id: 'tm-t88',
  name: 'Epson TM-T88 (đã kiểm tra TCVN-3)',
  transport: { kind: 'virtual' },
  widthDots: 512,
  dpi: 180,
  cut: 'full',
  textMode: 'tcvn3',
});

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('text mode (Epson TCVN-3 pages)', () => {
  it('[TX1] columns follow the paper: 48 on 576 dots, 42 on 512', () => {
    expect(textColumns(576)).toBe(48);
    expect(textColumns(512)).toBe(42);
  });

  it('[TX2] Vietnamese switches to code pages 30/31 (ESC t 30 / ESC t 31); ends with feed and the profile cut', () => {
    const bytes = encodeDocumentText({ blocks: [{ type: 'text', text: 'Hộ tịch — Đất đai' }] }, TEXT_PROFILE);
    expect(hex(bytes.subarray(0, 2))).toBe('1b40');
    expect(hex(bytes)).toMatch(/1b741[ef]/);
    expect(hex(bytes).endsWith('1b6404' + '1d5600')).toBe(true);
  });

  it('[TX3] a printer double decodes the text back to correct Vietnamese, with the native QR', () => {
    const bytes = encodeDocument(ticketDocument(SAMPLE_TICKET), TEXT_PROFILE);
    const job = renderJob(parseEscPos(bytes), { widthDots: 512 });
    saveOutput('ticket-512-text-mode.png', job.png);
    const text = job.text.join('\n');
    for (const line of ['PHIẾU SỐ THỨ TỰ', 'Hộ tịch', 'Số người chờ trước bạn: 12', '14:05 - Thứ Bảy, 28/11/2026', 'khoảng 10-20 phút']) {
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(/[\ufffd?]/);
    expect(job.warnings).toEqual([]);
    expect(job.qrCodes).toEqual([SAMPLE_TICKET.statusUrl]);
    expect(job.cuts).toBe(1);
  });

  it('[TX5] decomposed (NFD) input still prints as TCVN-3 letters', () => {
    const bytes = encodeDocumentText({ blocks: [{ type: 'text', text: 'Hộ tịch — Đất đai'.normalize('NFD') }] }, TEXT_PROFILE);
    expect(renderJob(parseEscPos(bytes), { widthDots: 512 }).text).toEqual(['Hộ tịch - Đất đai']);
  });

  it('[TX4] the same document without textMode is a raster job (no text bytes)', () => {
    const bytes = encodeDocument(ticketDocument(SAMPLE_TICKET), { ...TEXT_PROFILE, textMode: null });
    expect(hex(bytes.subarray(0, 10))).toBe('1b40' + '1d763000' + '4000' + 'ff00'); // GS v 0: 64 bytes per row, a first band of 255 rows
    expect(renderJob(parseEscPos(bytes), { widthDots: 512, decodeImages: false }).text).toEqual([]);
  });
});
