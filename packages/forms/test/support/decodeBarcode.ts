import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library';
import { PNG } from 'pngjs';

/** Rows [top, bottom) of a PNG as luminance, white-padded by `pad` pixels on every side (the paper margin). */
function luminance(image: PNG, top: number, bottom: number, pad: number): { lum: Uint8ClampedArray; width: number; height: number } {
  const width = image.width + 2 * pad;
  const height = bottom - top + 2 * pad;
  const lum = new Uint8ClampedArray(width * height).fill(255);
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < image.width; x++) lum[(y - top + pad) * width + x + pad] = image.data[(y * image.width + x) * 4] ?? 255;
  return { lum, width, height };
}

function decode(l: { lum: Uint8ClampedArray; width: number; height: number }): string | null {
  const reader = new MultiFormatReader();
  reader.setHints(
    new Map<DecodeHintType, unknown>([
      [DecodeHintType.TRY_HARDER, true],
      [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128]],
    ]),
  );
  try {
    return reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(l.lum, l.width, l.height)))).getText();
  } catch {
    return null;
  }
}

/** The same pixels turned a quarter (a scanner held across a vertical symbol). */
function turned(l: { lum: Uint8ClampedArray; width: number; height: number }): { lum: Uint8ClampedArray; width: number; height: number } {
  const lum = new Uint8ClampedArray(l.width * l.height);
  for (let y = 0; y < l.height; y++) for (let x = 0; x < l.width; x++) lum[x * l.height + (l.height - 1 - y)] = l.lum[y * l.width + x] ?? 255;
  return { lum, width: l.height, height: l.width };
}

/**
 * Every CODE128 that ZXing reads in a PNG, block by block (blocks = runs of inked rows
 * between blank rows), as a scanner aimed at each part of the paper would; a block that does
 * not read is tried again turned a quarter (ZXing's RGBLuminanceSource cannot rotate).
 */
export function decodeCode128Blocks(png: Buffer, pad = 0): string[] {
  const image = PNG.sync.read(png);
  const inked = (y: number): boolean => {
    for (let x = 0; x < image.width; x++) if ((image.data[(y * image.width + x) * 4] ?? 255) < 128) return true;
    return false;
  };
  const found: string[] = [];
  // A block ends after 12 blank rows: a vertical symbol's spaces are blank rows up to 4 modules tall.
  const GAP = 12;
  let start = -1;
  let blank = 0;
  for (let y = 0; y <= image.height; y++) {
    const ink = y < image.height && inked(y);
    if (ink) {
      if (start < 0) start = y;
      blank = 0;
      continue;
    }
    blank++;
    if (start >= 0 && (blank >= GAP || y === image.height)) {
      const end = y - blank + 1;
      if (end - start >= 40) {
        const block = luminance(image, Math.max(0, start - 8), Math.min(image.height, end + 8), pad);
        const text = decode(block) ?? decode(turned(block));
        if (text !== null) found.push(text);
      }
      start = -1;
    }
  }
  return found;
}
