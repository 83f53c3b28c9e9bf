import { encodeDocument, parsePrinterProfile } from '@motcua/printer';
import { createVirtualPrinter, parseEscPos, renderJob, type RenderedJob } from '@motcua/virtual-printer';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thermalDocument } from '../src/index.js';
import { saveOutput } from './support/output.js';
import { CODE, RECEIPT, SUPPLEMENT } from './support/samples.js';

const TEXT_PROFILE = parsePrinterProfile({
  id: 'quay-3',
  name: 'Máy in quầy 3 (đã kiểm tra TCVN-3)',
  transport: { kind: 'virtual' },
  widthDots: 576,
  dpi: 203,
  textMode: 'tcvn3',
});
const RASTER_PROFILE = { ...TEXT_PROFILE, textMode: null };

describe('Mẫu 01 in TCVN-3 text mode, read back by the virtual printer', () => {
  let job: RenderedJob;
  let text = '';
  beforeAll(() => {
    const doc = thermalDocument('mau-01', RECEIPT, { paper: TEXT_PROFILE, copies: 2 });
    job = renderJob(parseEscPos(encodeDocument(doc, TEXT_PROFILE)), { widthDots: 576 });
    saveOutput('mau-01-576-text-mode.png', job.png);
    text = job.text.join('\n');
  });

  it('[FV1] the Vietnamese labels and values come back as text', () => {
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      '(Liên 2: Giao người nộp hồ sơ)',
      'Mã hồ sơ',
      CODE,
      'Nguyễn Thị Hằng',
      'Tiếp nhận hồ sơ của:',
      '5. Thời gian trả kết quả giải quyết hồ sơ:',
      '16 giờ 00 phút, ngày 12 tháng 12 năm 2026',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Trần Văn Bình',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/\ufffd/);
  });

  it('[FV2] the barcode prints as exact dots and reads back as the dossier code', () => {
    expect(job.decoded.filter((d) => d.format === 'CODE_128').map((d) => d.text)).toContain(CODE);
    expect(job.warnings).toEqual([]);
    expect(job.cuts).toBe(1);
  });
});

describe('Mẫu 01 over TCP to a real virtual printer', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'motcua-forms-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  function send(port: number, bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => socket.end(Buffer.from(bytes)));
      socket.on('error', reject);
      socket.on('close', () => resolve());
      socket.resume();
    });
  }

  it('[FV3] raster job: the printer draws it, its decoder reads the code; a text-mode Mẫu 02 follows with its labels', async () => {
    const printer = await createVirtualPrinter({ port: 0, outDir, idleTimeoutMs: 2000 });
    try {
      await send(printer.port, encodeDocument(thermalDocument('mau-01', RECEIPT, { paper: RASTER_PROFILE }), RASTER_PROFILE));
      await send(printer.port, encodeDocument(thermalDocument('mau-02', SUPPLEMENT, { paper: TEXT_PROFILE }), TEXT_PROFILE));
      const [receipt, slip] = await printer.waitForJobs(2, 20_000);
      expect(receipt?.outcome).toBe('printed');
      expect(receipt?.decoded.map((d) => d.text)).toContain(CODE);
      expect(receipt?.pngPath && existsSync(receipt.pngPath)).toBe(true);
      expect(receipt?.cuts).toBe(1);
      expect(slip?.outcome).toBe('printed');
      const slipText = slip?.text.join('\n') ?? '';
      expect(slipText).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
      expect(slipText).toContain('Lê Văn Đức');
      expect(slipText).toContain('NGƯỜI HƯỚNG DẪN');
    } finally {
      await printer.close();
    }
  });
});
