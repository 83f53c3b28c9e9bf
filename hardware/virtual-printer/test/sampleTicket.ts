// Test fixture: the bytes of a realistic ticket, produced by the same encoder the project
// uses (raster Vietnamese text from a canvas, a native CODE128 barcode, a native QR, cut).
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { code128Modules, code128Values } from '../src/code128.js';

export const RECEIPT_BARCODE = 'H15.50.05.13-261008-0975';
/**
 * The receipt code in Epson CODE128 code sets: digit pairs in set C keep it 554 dots wide at
 * module width 2 (all in set B it would be 598 dots, too wide for 576-dot paper).
 */
export const RECEIPT_BARCODE_DATA = `{BH15.50.05.13-{C${String.fromCharCode(26, 10, 8)}{B-{C${String.fromCharCode(9, 75)}`;
export const STATUS_URL = 'http://192.168.1.10:8080/t/2026-11-29/A025';
/** A code drawn INTO the raster image (not a native GS k): the virtual printer must find it. */
export const RASTER_BARCODE = 'A025';

let fontRegistered = false;
function font(): string {
  if (!fontRegistered) {
    GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'TicketSans');
    fontRegistered = true;
  }
  return 'TicketSans';
}

/** A 576×H white canvas with Vietnamese text and a CODE128 drawn in it. */
function ticketImage(width: number): { data: Uint8ClampedArray; width: number; height: number } {
  const height = 360;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  ctx.font = `bold 26px ${font()}`;
  ctx.fillText('UBND PHƯỜNG HOÀN KIẾM', width / 2, 36);
  ctx.font = `22px ${font()}`;
  ctx.fillText('Bộ phận tiếp nhận và trả kết quả', width / 2, 70);
  ctx.font = `bold 30px ${font()}`;
  ctx.fillText('PHIẾU SỐ THỨ TỰ', width / 2, 120);
  ctx.font = `bold 110px ${font()}`;
  ctx.fillText(RASTER_BARCODE, width / 2, 240);
  // A CODE128 drawn into the picture itself, module width 2.
  const modules = code128Modules(code128Values(new TextEncoder().encode(`{B${RASTER_BARCODE}`))!);
  const total = modules.reduce((a, b) => a + b, 0) * 2;
  let x = Math.floor((width - total) / 2);
  modules.forEach((m, i) => {
    if (i % 2 === 0) ctx.fillRect(x, 280, m * 2, 70);
    x += m * 2;
  });
  const img = ctx.getImageData(0, 0, width, height);
  return { data: img.data, width, height };
}

/** Bytes of a complete ticket job as `@point-of-sale/receipt-printer-encoder` encodes it. */
export function sampleTicketBytes(width = 576): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    printerModel: 'epson-tm-t88vi',
    columns: 48,
    imageMode: 'raster',
  });
  const image = ticketImage(width);
  return encoder
    .initialize()
    .align('center')
    .image(image as unknown as Parameters<ReceiptPrinterEncoder["image"]>[0], image.width, image.height, 'threshold')
    .newline()
    .codepage('auto')
    .line('Dịch vụ: Chứng thực bản sao')
    .line('Có 3 người đang chờ trước bạn')
    .bold(true)
    .line('Thứ Hai, 29/11/2026 08:15')
    .bold(false)
    .barcode(RECEIPT_BARCODE_DATA, 'code128', { height: 60, width: 1, text: true }) // the encoder sends GS w 2
    .newline()
    .qrcode(STATUS_URL, { model: 2, size: 6, errorlevel: 'm' })
    .newline(4)
    .cut('partial')
    .encode();
}
