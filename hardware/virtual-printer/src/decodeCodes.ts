import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatOneDReader,
  QRCodeReader,
  RGBLuminanceSource,
  type Result,
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

const ONE_D_FORMATS = [
  BarcodeFormat.CODE_128,
  BarcodeFormat.CODE_39,
  BarcodeFormat.CODE_93,
  BarcodeFormat.EAN_13,
  BarcodeFormat.EAN_8,
  BarcodeFormat.ITF,
];
/** A 1-D barcode shows as this many identical rows in a row, each with many bars. */
const MIN_SAME_ROWS = 8;
const MIN_BARS = 10;

/**
 * Finds barcodes and QR symbols in a 1-bit image (`ink(x, y)` true = black). The image is
 * cut into blocks separated by blank rows (a ticket stacks its parts vertically) and each
 * block, given a white quiet zone, is handed to ZXing. Never throws.
 */
export function decodeCodes(width: number, height: number, ink: (x: number, y: number) => boolean): DecodedCode[] {
  const found: DecodedCode[] = [];
  for (const block of blocks(width, height, ink)) {
    for (const result of decodeBlock(block, ink)) {
      if (!found.some((f) => f.format === result.format && f.text === result.text)) {
        found.push({ ...result, y: block.top });
      }
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

/**
 * Tries the QR reader on every block, and the 1-D readers only on blocks that hold a run of
 * identical many-bar rows (text lines are most blocks of a raster ticket, and trying every
 * 1-D reader on them costs more than all the rest of a job).
 */
function decodeBlock(b: Block, ink: (x: number, y: number) => boolean): { format: string; text: string }[] {
  const w = b.right - b.left + 1 + 2 * QUIET;
  const h = b.bottom - b.top + 1 + 2 * QUIET;
  const lum = new Uint8ClampedArray(w * h).fill(255);
  for (let y = b.top; y <= b.bottom; y++) {
    for (let x = b.left; x <= b.right; x++) {
      if (ink(x, y)) lum[(y - b.top + QUIET) * w + (x - b.left + QUIET)] = 0;
    }
  }
  const bitmap = (): BinaryBitmap => new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(lum, w, h)));
  const out: { format: string; text: string }[] = [];
  const keep = (result: Result | null): void => {
    if (result) out.push({ format: BarcodeFormat[result.getBarcodeFormat()] ?? 'UNKNOWN', text: result.getText() });
  };
  keep(attempt(() => new QRCodeReader().decode(bitmap(), new Map([[DecodeHintType.TRY_HARDER, true]]))));
  // the detector misses a few percent of perfectly printed symbols (it depends on their
  // content); a printed raster is a clean image, so read it as a pure symbol before giving up
  if (out.length === 0) keep(attempt(() => new QRCodeReader().decode(bitmap(), new Map([[DecodeHintType.PURE_BARCODE, true]]))));
  if (out.length === 0 && looksLikeBars(lum, w, h)) {
    const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, ONE_D_FORMATS]]);
    keep(attempt(() => new MultiFormatOneDReader(hints).decode(bitmap(), hints)));
  }
  return out;
}

function attempt(decode: () => Result): Result | null {
  try {
    return decode();
  } catch {
    return null;
  }
}

function looksLikeBars(lum: Uint8ClampedArray, w: number, h: number): boolean {
  let same = 0;
  for (let y = 1; y < h; y++) {
    const row = lum.subarray(y * w, (y + 1) * w);
    const prev = lum.subarray((y - 1) * w, y * w);
    if (transitions(row) >= 2 * MIN_BARS && row.every((v, i) => v === prev[i])) {
      if (++same >= MIN_SAME_ROWS) return true;
    } else {
      same = 0;
    }
  }
  return false;
}

function transitions(row: Uint8ClampedArray): number {
  let n = 0;
  for (let i = 1; i < row.length; i++) if (row[i] !== row[i - 1]) n++;
  return n;
}
