import { encodeCode128, renderDocument, renderPng, type Block, type PaperSpec, type PrintDocument } from '@motcua/printer';
import { describe, expect, it } from 'vitest';
import { MIN_MODULE_DOTS, thermalBarcode, thermalDocument, thermalDocuments, type FormDataMap, type FormId } from '../src/index.js';
import { decodeCode128Blocks } from './support/decodeBarcode.js';
import { saveOutput } from './support/output.js';
import { APOLOGY, CODE, CONTROL_SHEET, RECEIPT, REFUSAL, SUPPLEMENT } from './support/samples.js';

const PAPERS: readonly PaperSpec[] = [
  { widthDots: 576, dpi: 203 },
  { widthDots: 512, dpi: 180 },
];

const SAMPLES: { [F in FormId]: FormDataMap[F] } = {
  'mau-01': RECEIPT,
  'mau-02': SUPPLEMENT,
  'mau-03': REFUSAL,
  'mau-04': APOLOGY,
  'phieu-kiem-soat': CONTROL_SHEET,
};

function texts(doc: PrintDocument): string {
  return doc.blocks
    .flatMap((b: Block) => {
      if (b.type === 'text') return [b.text];
      if (b.type === 'keyValue') return b.rows.flatMap((r) => [r.key, r.value]);
      if (b.type === 'table') return [...b.columns.map((c) => c.header ?? ''), ...b.rows.flat()];
      return [];
    })
    .join('\n');
}

/** Widths of the dark runs along the middle row (horizontal) or column (vertical) of an image block. */
function barRuns(block: Extract<Block, { type: 'image' }>, orientation: 'horizontal' | 'vertical'): number[] {
  const r = block.raster;
  const stride = Math.ceil(r.width / 8);
  const ink = (x: number, y: number): boolean => (((r.data[y * stride + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1) === 1;
  const length = orientation === 'horizontal' ? r.width : r.height;
  const runs: number[] = [];
  let run = 0;
  for (let i = 0; i < length; i++) {
    const dark = orientation === 'horizontal' ? ink(i, r.height >> 1) : ink(r.width >> 1, i);
    if (dark) run++;
    else if (run > 0) {
      runs.push(run);
      run = 0;
    }
  }
  if (run > 0) runs.push(run);
  return runs;
}

describe('Mẫu 01 on 80 mm thermal paper', () => {
  for (const paper of PAPERS) {
    it(`[FT1] ${paper.widthDots} dots: the CODE128 decoded back from the rendered PNG is the dossier code`, () => {
      const png = renderPng(renderDocument(thermalDocument('mau-01', RECEIPT, { paper }), paper));
      saveOutput(`mau-01-${paper.widthDots}.png`, png);
      // 8 px of white around the image stand for the paper outside the printable width.
      expect(decodeCode128Blocks(png, 8)).toContain(CODE);
    });

    it(`[FT2] ${paper.widthDots} dots: bars are whole multiples of ≥ ${MIN_MODULE_DOTS} dots, with white around the symbol`, () => {
      const { layout, blocks } = thermalBarcode(CODE, paper);
      const image = blocks.find((b) => b.type === 'image' || b.type === 'barcode');
      expect(image).toBeDefined();
      if (image?.type === 'barcode') {
        expect(image.moduleDots).toBeGreaterThanOrEqual(MIN_MODULE_DOTS);
        return;
      }
      if (image?.type !== 'image') throw new Error('no barcode block');
      const orientation = layout === 'vertical' ? 'vertical' : 'horizontal';
      const runs = barRuns(image, orientation);
      // The module pattern read back from the dots is exactly the symbol, 2 dots per module.
      const expected = encodeCode128(CODE).modules.match(/1+/g)?.map((m) => m.length * MIN_MODULE_DOTS);
      expect(runs).toEqual(expected);
      const size = orientation === 'horizontal' ? image.raster.width : image.raster.height;
      const quiet = (size - encodeCode128(CODE).modules.length * MIN_MODULE_DOTS) / 2;
      expect(quiet).toBeGreaterThanOrEqual(5 * MIN_MODULE_DOTS);
      expect(image.raster.width).toBeLessThanOrEqual(paper.widthDots);
    });
  }

  it('[FT8] a portable receipt prints on both papers with the same document, and its code still reads back', () => {
    const doc = thermalDocument('mau-01', RECEIPT, { barcode: 'portable' });
    for (const paper of PAPERS) {
      const png = renderPng(renderDocument(doc, paper));
      saveOutput(`mau-01-portable-${paper.widthDots}.png`, png);
      expect(decodeCode128Blocks(png, 8)).toContain(CODE);
    }
    expect(thermalBarcode(CODE, PAPERS[0]!, 'portable').layout).toBe('vertical');
    expect(thermalBarcode(CODE, PAPERS[0]!).layout).toBe('horizontal');
    expect(thermalBarcode('A-261128-0001', PAPERS[1]!).layout).toBe('native');
  });

  it('[FT9] optional fields left out print nothing — no empty label, no "null"', () => {
    const minimal = {
      ...RECEIPT,
      applicant: { name: 'Lò Văn Pá', address: 'Bản Nà Hẩu, xã Mường Tè', phone: '0912345678' },
      field: null,
      fee: null,
      returnPlace: null,
      returnMethod: 'post' as const,
      processingTime: { amount: null, unit: 'same-day' as const },
      office: { ...RECEIPT.office, parentAgency: null, helpdeskPhone: null },
    };
    const text = texts(thermalDocument('mau-01', minimal));
    for (const absent of ['null', 'undefined', 'Email', 'CCCD', 'Phí, lệ phí', 'Lĩnh vực', 'Đường dây nóng', 'THÀNH PHỐ HỒ CHÍ MINH']) expect(text).not.toContain(absent);
    expect(text).toContain('Qua dịch vụ bưu chính công ích');
    expect(text).toContain('Trong ngày');
  });

  it('[FT3] the receipt carries every Mẫu 01 field of DOMAIN.md', () => {
    const text = texts(thermalDocument('mau-01', RECEIPT));
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'UBND PHƯỜNG BẾN THÀNH',
      'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
      'Phường Bến Thành, ngày 28 tháng 11 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mã hồ sơ',
      CODE,
      'Tiếp nhận hồ sơ của',
      'Nguyễn Thị Hằng',
      '079189001234',
      '12 Lê Thánh Tôn',
      '0903 123 456',
      'hang.nguyen@example.vn',
      'Nội dung yêu cầu giải quyết',
      'Bản sao chứng thực',
      'Xuất trình',
      '2. Số lượng hồ sơ',
      '10 ngày làm việc',
      '09 giờ 05 phút, ngày 28 tháng 11 năm 2026',
      '16 giờ 00 phút, ngày 12 tháng 12 năm 2026',
      '6. Đăng ký nhận kết quả tại',
      'Quyển số: 01/2026, Số thứ tự: 975',
      '50.000 đồng',
      '028 3829 1234',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Trần Văn Bình',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('[FT4] two copies: one for the dossier, one for the citizen, each its own document', () => {
    const docs = thermalDocuments('mau-01', RECEIPT);
    expect(docs.map((d) => texts(d).match(/\(Liên \d: [^)]*\)/)?.[0])).toEqual(['(Liên 1: Lưu hồ sơ)', '(Liên 2: Giao người nộp hồ sơ)']);
    expect(texts(thermalDocument('mau-01', RECEIPT, { copies: 2 }))).toContain('Liên 2');
  });

  it('[FT5] a long procedure name and component list wrap inside the paper instead of shrinking or overflowing', () => {
    const long = {
      ...RECEIPT,
      procedureName: 'Thủ tục '.repeat(40).trim(),
      components: Array.from({ length: 25 }, (_, i) => ({ name: `Giấy tờ số ${i + 1} có tên rất dài để xuống dòng nhiều lần trên khổ giấy hẹp`, form: 'copy' as const, count: 1 })),
    };
    const paper = PAPERS[1]!;
    const short = renderDocument(thermalDocument('mau-01', RECEIPT, { paper }), paper);
    const raster = renderDocument(thermalDocument('mau-01', long, { paper }), paper);
    expect(raster.width).toBe(512);
    expect(raster.height).toBeGreaterThan(short.height + 25 * 40);
  });
});

describe('every form prints on both papers', () => {
  for (const formId of Object.keys(SAMPLES) as FormId[]) {
    for (const paper of PAPERS) {
      it(`[FT6] ${formId} on ${paper.widthDots} dots`, () => {
        const doc = thermalDocument(formId, SAMPLES[formId] as never, { paper });
        const raster = renderDocument(doc, paper);
        const png = renderPng(raster);
        saveOutput(`${formId}-${paper.widthDots}.png`, png);
        expect(raster.width).toBe(paper.widthDots);
        if (formId !== 'mau-02' && formId !== 'mau-03') expect(decodeCode128Blocks(png, 8)).toContain(CODE);
      });
    }
  }

  it('[FT7] slip contents: Mẫu 02 items and contact, Mẫu 03 reasons, Mẫu 04 dates, control sheet hand-offs', () => {
    const m02 = texts(thermalDocument('mau-02', SUPPLEMENT));
    expect(m02).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(m02).toContain('1. Bản chính giấy chứng sinh do cơ sở y tế cấp');
    expect(m02).toContain('liên hệ với Phạm Thị Mai, số điện thoại 028 3829 1234');
    const m03 = texts(thermalDocument('mau-03', REFUSAL));
    expect(m03).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(m03).toContain('1. Giấy tờ, văn bản có nội dung trái pháp luật');
    const m04 = texts(thermalDocument('mau-04', APOLOGY));
    expect(m04).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(m04).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hằng');
    expect(m04).toContain('16 giờ 00 phút, ngày 12 tháng 12 năm 2026');
    expect(m04).toContain('16 giờ 00 phút, ngày 17 tháng 12 năm 2026');
    expect(m04).toContain('Cần xác minh thêm nguồn gốc thửa đất');
    const ks = texts(thermalDocument('phieu-kiem-soat', CONTROL_SHEET));
    expect(ks).toContain('Lần 2');
    expect(ks).toContain('Đỗ Quang Huy – Chi cục Thuế\n10:15 02/12/2026');
    expect(ks).toContain('Trước hạn');
  });
});
