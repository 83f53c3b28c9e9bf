import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from '@zxing/library';

/** A barcode or QR symbol found by looking at printed dots. */
export interface DecodedCode {
  format: string;
  text: string;
  /** Top row of the block of the image it was found in. */
  y: number;
}

/** Blank rows that separate two blocks of an image. */
const BLOCK_GAP = 12;
const MIN_BLOCK_HEIGHT = 16;
const QUIET = 24;

const FORMATS = [
  BarcodeFormat.QR_CODE,
  BarcodeFormat.CODE_128,
  BarcodeFormat.CODE_39,
  BarcodeFormat.CODE_93,
  BarcodeFormat.EAN_13,
  BarcodeFormat.EAN_8,
  BarcodeFormat.ITF,
  BarcodeFormat.DATA_MATRIX,
];

/**
 * Finds barcodes and QR symbols in a 1-bit image (`ink(x, y)` true = black). The image is
 * cut into blocks separated by blank rows (a ticket stacks its parts vertically) and each
 * block, given a white quiet zone, is handed to ZXing. Never throws.
 */
export function decodeCodes(width: number, height: number, ink: (x: number, y: number) => boolean): DecodedCode[] {
  const found: DecodedCode[] = [];
  const reader = new MultiFormatReader();
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.TRY_HARDER, true],
    [DecodeHintType.POSSIBLE_FORMATS, FORMATS],
  ]);
  reader.setHints(hints);
  for (const block of blocks(width, height, ink)) {
    const result = decodeBlock(reader, block, ink);
    if (result && !found.some((f) => f.format === result.format && f.text === result.text)) {
      found.push({ ...result, y: block.top });
    }
  }
  return found;
}

interface Block {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function blocks(width: number, height: number, ink: (x: number, y: number) => boolean): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  let blank = 0;
  for (let y = 0; y < height; y++) {
    let left = -1;
    let right = -1;
    for (let x = 0; x < width; x++) {
      if (ink(x, y)) {
        if (left < 0) left = x;
        right = x;
      }
    }
    if (left < 0) {
      blank++;
      if (current && blank >= BLOCK_GAP) {
        out.push(current);
        current = null;
      }
      continue;
    }
    blank = 0;
    if (!current) current = { top: y, bottom: y, left, right };
    current.bottom = y;
    current.left = Math.min(current.left, left);
    current.right = Math.max(current.right, right);
  }
  if (current) out.push(current);
  return out.filter((b) => b.bottom - b.top + 1 >= MIN_BLOCK_HEIGHT);
}

function decodeBlock(
  reader: MultiFormatReader,
  b: Block,
  ink: (x: number, y: number) => boolean,
): { format: string; text: string } | null {
  const w = b.right - b.left + 1 + 2 * QUIET;
  const h = b.bottom - b.top + 1 + 2 * QUIET;
  const lum = new Uint8ClampedArray(w * h).fill(255);
  for (let y = b.top; y <= b.bottom; y++) {
    for (let x = b.left; x <= b.right; x++) {
      if (ink(x, y)) lum[(y - b.top + QUIET) * w + (x - b.left + QUIET)] = 0;
    }
  }
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(lum, w, h)));
    const result = reader.decodeWithState(bitmap);
    return { format: BarcodeFormat[result.getBarcodeFormat()] ?? 'UNKNOWN', text: result.getText() };
  } catch {
    return null;
  } finally {
    reader.reset();
  }
}
