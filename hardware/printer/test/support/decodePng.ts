import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from '@zxing/library';
import { PNG } from 'pngjs';

type Format = 'QR_CODE' | 'CODE_128';

function decodeRows(image: PNG, format: Format, top: number, bottom: number): string | null {
  const height = bottom - top;
  const lum = new Uint8ClampedArray(image.width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < image.width; x++) lum[y * image.width + x] = image.data[((y + top) * image.width + x) * 4] ?? 255;
  const reader = new MultiFormatReader();
  reader.setHints(
    new Map<DecodeHintType, unknown>([
      [DecodeHintType.TRY_HARDER, true],
      [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat[format]]],
    ]),
  );
  try {
    return reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(lum, image.width, height)))).getText();
  } catch {
    return null;
  }
}

/**
 * Decodes a QR code or CODE128 barcode from a PNG with ZXing: the whole image, else the
 * first block of rows (between blank rows) that decodes. Null when nothing decodes.
 */
export function decodePng(png: Buffer, format: Format): string | null {
  const image = PNG.sync.read(png);
  return decodeRows(image, format, 0, image.height) ?? decodeBlocks(png, format)[0]?.text ?? null;
}

/** What ZXing reads in each block of rows separated by blank rows, top to bottom. */
export function decodeBlocks(png: Buffer, format: Format): { top: number; bottom: number; text: string }[] {
  const image = PNG.sync.read(png);
  const found: { top: number; bottom: number; text: string }[] = [];
  const inked = (y: number): boolean => {
    for (let x = 0; x < image.width; x++) if ((image.data[(y * image.width + x) * 4] ?? 255) < 128) return true;
    return false;
  };
  const pad = 12;
  let start = -1;
  for (let y = 0; y <= image.height; y++) {
    const ink = y < image.height && inked(y);
    if (ink && start < 0) start = y;
    if (!ink && start >= 0) {
      if (y - start >= 16) {
        const text = decodeRows(image, format, Math.max(0, start - pad), Math.min(image.height, y + pad));
        if (text !== null) found.push({ top: start, bottom: y, text });
      }
      start = -1;
    }
  }
  return found;
}
