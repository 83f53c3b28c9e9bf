import { encodeCode128 } from '@motcua/printer';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, type FormDataMap, type FormId } from '../src/index.js';
import { saveOutput } from './support/output.js';
import { readPdf, type PdfPage } from './support/readPdf.js';
import { APOLOGY, CODE, CONTROL_SHEET, RECEIPT, REFUSAL, SUPPLEMENT } from './support/samples.js';

const MM = 72 / 25.4;

describe('Mẫu 01 as A4 PDF', () => {
  let pdf: Buffer = Buffer.alloc(0);
  let pages: PdfPage[] = [];
  let baseFonts: string[] = [];
  const pageText = (i: number): string => pages[i]?.lines.join('\n') ?? '';
  beforeAll(async () => {
    pdf = await renderPdf('mau-01', RECEIPT);
    saveOutput('mau-01.pdf', pdf);
    ({ pages, baseFonts } = readPdf(pdf));
  });

  it('[FP1] is a PDF with two pages: the dossier copy and the citizen copy', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toHaveLength(2);
    expect(pageText(0)).toContain('(Liên 1: Lưu hồ sơ)');
    expect(pageText(1)).toContain('(Liên 2: Giao người nộp hồ sơ)');
  });

  it('[FP2] embeds the bundled Noto Sans (regular and bold) and no standard font', () => {
    expect(baseFonts.some((f) => /\+NotoSans-Regular$/.test(f))).toBe(true);
    expect(baseFonts.some((f) => /\+NotoSans-Bold$/.test(f))).toBe(true);
    expect(pdf.toString('latin1')).not.toMatch(/Helvetica|Times-Roman|Courier/);
  });

  it('[FP3] the text layer holds the motto, agency, title, code, labels and Vietnamese values', () => {
    const text = pageText(0);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND PHƯỜNG BẾN THÀNH',
      'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
      'Phường Bến Thành, ngày 28 tháng 11 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mã hồ sơ:',
      CODE,
      'Tiếp nhận hồ sơ của:',
      'Nguyễn Thị Hằng',
      'Bản sao chứng thực',
      '1. Thành phần hồ sơ nộp gồm:',
      '16 giờ 00 phút, ngày 12 tháng 12 năm 2026',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Trần Văn Bình',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('\ufffd');
  });

  it('[FP4] the barcode is exact rectangles whose module pattern is the CODE128 of the code', () => {
    const barHeight = 9 * MM;
    const bars = (pages[0]?.rects ?? []).filter((r) => Math.abs(r.h - barHeight) < 0.01).sort((a, b) => a.x - b.x);
    const { modules } = encodeCode128(CODE);
    const module = 0.3 * MM;
    const x0 = bars[0]?.x ?? 0;
    let drawn = '0'.repeat(modules.length).split('');
    for (const bar of bars) {
      const from = Math.round((bar.x - x0) / module);
      const count = Math.round(bar.w / module);
      expect(Math.abs(bar.w - count * module)).toBeLessThan(0.001);
      for (let i = from; i < from + count; i++) drawn[i] = '1';
    }
    drawn = drawn.slice(0, modules.length);
    expect(drawn.join('')).toBe(modules);
  });

  it('[FP5] one copy on request', async () => {
    const one = readPdf(await renderPdf('mau-01', RECEIPT, { copies: 2 }));
    expect(one.pages).toHaveLength(1);
    expect(one.pages[0]?.lines.join('\n')).toContain('Liên 2');
  });

  it('[FP6] a long component list flows onto a next page with the table header repeated', async () => {
    const long = {
      ...RECEIPT,
      components: Array.from({ length: 40 }, (_, i) => ({ name: `Giấy tờ số ${i + 1}: tờ khai, bản vẽ hoặc văn bản kèm theo hồ sơ`, form: 'copy' as const, count: 1 })),
    };
    const pdf2 = await renderPdf('mau-01', long, { copies: 1 });
    saveOutput('mau-01-long.pdf', pdf2);
    const { pages: p } = readPdf(pdf2);
    expect(p.length).toBeGreaterThanOrEqual(2);
    for (const page of p.slice(1)) expect(page.lines.slice(0, 3)).toContain('Tên giấy tờ');
    const all = p.map((page) => page.lines.join('\n')).join('\n');
    for (let i = 1; i <= 40; i++) expect(all).toContain(`Giấy tờ số ${i}:`);
    const last = p.at(-1)?.lines.join('\n') ?? '';
    expect(last).toContain('Giấy tờ số 40');
    expect(last).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  });
});

const OTHERS: { [F in Exclude<FormId, 'mau-01'>]: { data: FormDataMap[F]; expect: string[] } } = {
  'mau-02': { data: SUPPLEMENT, expect: ['PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Lê Văn Đức', 'NGƯỜI HƯỚNG DẪN'] },
  'mau-03': { data: REFUSAL, expect: ['PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', 'Hoàng Minh Tuấn', 'từ chối tiếp nhận'] },
  'mau-04': { data: APOLOGY, expect: ['PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', CODE, 'Hẹn lại thời gian trả kết quả:', '16 giờ 00 phút, ngày 17 tháng 12 năm 2026', 'CHỦ TỊCH'] },
  'phieu-kiem-soat': { data: CONTROL_SHEET, expect: ['PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', CODE, 'Đỗ Quang Huy – Chi cục', 'Trước hạn', 'Đúng hạn'] },
};

describe('the other forms as A4 PDF', () => {
  for (const [formId, sample] of Object.entries(OTHERS)) {
    it(`[FP7] ${formId}: one page with its title and contents`, async () => {
      const pdf = await renderPdf(formId as 'mau-02', sample.data as never);
      saveOutput(`${formId}.pdf`, pdf);
      const { pages } = readPdf(pdf);
      expect(pages).toHaveLength(1);
      const text = pages[0]?.lines.join('\n') ?? '';
      for (const e of sample.expect) expect(text).toContain(e);
    });
  }
});
