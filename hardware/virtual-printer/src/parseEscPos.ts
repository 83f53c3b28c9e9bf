import type { Alignment, BarcodeSymbology, Command } from './command.js';
import { decodeCodeSet128 } from './code128.js';
import { decodeText } from './codepages.js';

const NUL = 0x00;
const HT = 0x09;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;
const DLE = 0x10;
const ESC = 0x1b;
const FS = 0x1c;
const GS = 0x1d;

/** A command read at some offset, or `null` when the input ends before it does. */
type Read = { command: Command; length: number } | null;

/**
 * Parses the bytes an ESC/POS printer receives into commands. Pure, total: garbage
 * becomes `unknown` commands and a command cut short by the end of the input becomes
 * `truncated`; it never throws. Consecutive printable bytes become one `text` command,
 * decoded with the code page selected by ESC t (CP437 after ESC @).
 */
export function parseEscPos(bytes: Uint8Array): Command[] {
  const out: Command[] = [];
  let codepage = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b >= 0x20) {
      let end = i;
      while (end < bytes.length && bytes[end]! >= 0x20) end++;
      out.push({ type: 'text', text: decodeText(bytes.subarray(i, end), codepage), codepage });
      i = end;
      continue;
    }
    const read = readCommand(bytes, i);
    if (read === null) {
      out.push({ type: 'truncated', bytes: bytes.slice(i) });
      break;
    }
    if (read.command.type === 'codepage') codepage = read.command.page;
    if (read.command.type === 'init') codepage = 0;
    out.push(read.command);
    i += read.length;
  }
  return out;
}

/**
 * Length in bytes of the command starting at `offset`, or `null` when it is not complete
 * yet. Lets a stream reader find command boundaries (e.g. to answer DLE EOT in real time
 * without mistaking image data for a query).
 */
export function commandLength(bytes: Uint8Array, offset: number): number | null {
  if (offset >= bytes.length) return null;
  if (bytes[offset]! >= 0x20) return 1;
  return readCommand(bytes, offset)?.length ?? null;
}

/** Reads the control command (first byte < 0x20) at `i`. */
function readCommand(bytes: Uint8Array, i: number): Read {
  const b = bytes[i]!;
  switch (b) {
    case LF:
      return { command: { type: 'lf' }, length: 1 };
    case CR:
      return { command: { type: 'cr' }, length: 1 };
    case HT:
      return { command: { type: 'ht' }, length: 1 };
    case FF:
      return { command: { type: 'ff' }, length: 1 };
    case ESC:
      return readEsc(bytes, i);
    case GS:
      return readGs(bytes, i);
    case FS:
      return readFs(bytes, i);
    case DLE:
      return readDle(bytes, i);
    default:
      return unknown(bytes, i, 1);
  }
}

function unknown(bytes: Uint8Array, i: number, length: number): Read {
  return { command: { type: 'unknown', bytes: bytes.slice(i, i + length) }, length };
}

function ignored(bytes: Uint8Array, i: number, length: number, name: string): Read {
  if (i + length > bytes.length) return null;
  return { command: { type: 'ignored', name, bytes: bytes.slice(i, i + length) }, length };
}

/** Commands with a fixed number of parameter bytes: byte after the prefix → [length, name]. */
const ESC_FIXED: ReadonlyMap<number, [number, string]> = new Map([
  [0x20, [3, 'right-spacing']], // ESC SP n
  [0x24, [4, 'absolute-position']], // ESC $ nL nH
  [0x25, [3, 'user-charset']], // ESC % n
  [0x3c, [2, 'return-home']], // ESC <
  [0x3d, [3, 'peripheral']], // ESC = n
  [0x3f, [3, 'cancel-user-char']], // ESC ? n
  [0x42, [4, 'beeper']], // ESC B n t
  [0x47, [3, 'double-strike']], // ESC G n
  [0x4c, [2, 'page-mode']], // ESC L
  [0x52, [3, 'international-charset']], // ESC R n
  [0x53, [2, 'standard-mode']], // ESC S
  [0x54, [3, 'page-direction']], // ESC T n
  [0x55, [3, 'unidirectional']], // ESC U n
  [0x56, [3, 'rotate']], // ESC V n
  [0x57, [10, 'page-area']], // ESC W xL xH yL yH dxL dxH dyL dyH
  [0x5c, [4, 'relative-position']], // ESC \ nL nH
  [0x69, [2, 'partial-cut-legacy']], // ESC i
  [0x6d, [2, 'partial-cut-legacy']], // ESC m
  [0x70, [5, 'drawer-kick']], // ESC p m t1 t2
  [0x72, [3, 'color']], // ESC r n
  [0x7b, [3, 'upside-down']], // ESC { n
  [0x0c, [2, 'print-page']], // ESC FF
]);

function readEsc(bytes: Uint8Array, i: number): Read {
  if (i + 1 >= bytes.length) return null;
  const c = bytes[i + 1]!;
  const n = bytes[i + 2];
  switch (c) {
    case 0x40: // ESC @
      return { command: { type: 'init' }, length: 2 };
    case 0x61: // ESC a n
      if (n === undefined) return null;
      return { command: { type: 'align', align: alignment(n) }, length: 3 };
    case 0x45: // ESC E n
      if (n === undefined) return null;
      return { command: { type: 'bold', on: (n & 1) === 1 }, length: 3 };
    case 0x2d: // ESC - n
      if (n === undefined) return null;
      return { command: { type: 'underline', dots: n % 0x30 <= 2 ? n % 0x30 : 0 }, length: 3 };
    case 0x21: // ESC ! n
      if (n === undefined) return null;
      return {
        command: {
          type: 'print-mode',
          fontB: (n & 0x01) !== 0,
          bold: (n & 0x08) !== 0,
          doubleHeight: (n & 0x10) !== 0,
          doubleWidth: (n & 0x20) !== 0,
          underline: (n & 0x80) !== 0,
        },
        length: 3,
      };
    case 0x4d: // ESC M n
      if (n === undefined) return null;
      return { command: { type: 'font', font: n === 1 || n === 0x31 ? 'B' : 'A' }, length: 3 };
    case 0x32: // ESC 2
      return { command: { type: 'line-spacing', dots: null }, length: 2 };
    case 0x33: // ESC 3 n
      if (n === undefined) return null;
      return { command: { type: 'line-spacing', dots: n }, length: 3 };
    case 0x64: // ESC d n
      if (n === undefined) return null;
      return { command: { type: 'feed-lines', lines: n }, length: 3 };
    case 0x4a: // ESC J n
      if (n === undefined) return null;
      return { command: { type: 'feed-dots', dots: n }, length: 3 };
    case 0x74: // ESC t n
      if (n === undefined) return null;
      return { command: { type: 'codepage', page: n }, length: 3 };
    case 0x2a: {
      // ESC * m nL nH d…
      if (i + 4 >= bytes.length) return null;
      const mode = bytes[i + 2]!;
      const columns = bytes[i + 3]! + bytes[i + 4]! * 256;
      const perColumn = mode === 32 || mode === 33 ? 3 : 1;
      const length = 5 + columns * perColumn;
      if (i + length > bytes.length) return null;
      return {
        command: { type: 'bit-image', mode, columns, data: bytes.slice(i + 5, i + length) },
        length,
      };
    }
    case 0x44: {
      // ESC D n1 … nk NUL (tab positions)
      const end = bytes.indexOf(NUL, i + 2);
      if (end < 0) return bytes.length - i > 34 ? unknown(bytes, i, 2) : null;
      return ignored(bytes, i, end - i + 1, 'tab-positions');
    }
    case 0x28: {
      // ESC ( X pL pH …
      if (i + 4 >= bytes.length) return null;
      return ignored(bytes, i, 5 + bytes[i + 3]! + bytes[i + 4]! * 256, 'esc-paren');
    }
    case 0x63: {
      // ESC c 3 n / ESC c 4 n / ESC c 5 n
      if (i + 3 >= bytes.length) return null;
      return ignored(bytes, i, 4, 'panel-and-sensor');
    }
    default: {
      const fixed = ESC_FIXED.get(c);
      if (fixed) return ignored(bytes, i, fixed[0], fixed[1]);
      return unknown(bytes, i, 2);
    }
  }
}

const GS_FIXED: ReadonlyMap<number, [number, string]> = new Map([
  [0x24, [4, 'absolute-vertical-position']], // GS $ nL nH
  [0x2f, [3, 'print-downloaded-image']], // GS / m
  [0x3a, [2, 'macro']], // GS :
  [0x49, [3, 'transmit-printer-id']], // GS I n
  [0x4c, [4, 'left-margin']], // GS L nL nH
  [0x50, [4, 'motion-units']], // GS P x y
  [0x54, [3, 'line-start']], // GS T n
  [0x57, [4, 'print-area-width']], // GS W nL nH
  [0x5c, [4, 'relative-vertical-position']], // GS \ nL nH
  [0x5e, [5, 'execute-macro']], // GS ^ r t m
  [0x61, [3, 'auto-status-back']], // GS a n
  [0x62, [3, 'smoothing']], // GS b n
  [0x66, [3, 'hri-font']], // GS f n
  [0x72, [3, 'transmit-status']], // GS r n
]);

function readGs(bytes: Uint8Array, i: number): Read {
  if (i + 1 >= bytes.length) return null;
  const c = bytes[i + 1]!;
  const n = bytes[i + 2];
  switch (c) {
    case 0x21: // GS ! n
      if (n === undefined) return null;
      return {
        command: { type: 'char-size', width: ((n >> 4) & 0x07) + 1, height: (n & 0x07) + 1 },
        length: 3,
      };
    case 0x42: // GS B n
      if (n === undefined) return null;
      return { command: { type: 'invert', on: (n & 1) === 1 }, length: 3 };
    case 0x68: // GS h n
      if (n === undefined) return null;
      return { command: { type: 'barcode-height', dots: n }, length: 3 };
    case 0x77: // GS w n
      if (n === undefined) return null;
      return { command: { type: 'barcode-width', dots: n }, length: 3 };
    case 0x48: // GS H n
      if (n === undefined) return null;
      return {
        command: {
          type: 'barcode-hri',
          position: (['none', 'above', 'below', 'both'] as const)[n % 0x30 & 3] ?? 'none',
        },
        length: 3,
      };
    case 0x56:
      return readCut(bytes, i);
    case 0x76:
      return readRaster(bytes, i);
    case 0x6b:
      return readBarcode(bytes, i);
    case 0x28: {
      // GS ( X pL pH …
      if (i + 4 >= bytes.length) return null;
      const length = 5 + bytes[i + 3]! + bytes[i + 4]! * 256;
      if (i + length > bytes.length) return null;
      if (bytes[i + 2] === 0x6b) return readSymbol(bytes, i, length);
      return ignored(bytes, i, length, `gs-paren-${String.fromCharCode(bytes[i + 2]!)}`);
    }
    case 0x38: {
      // GS 8 X p1 p2 p3 p4 …
      if (i + 6 >= bytes.length) return null;
      const p = bytes[i + 3]! + bytes[i + 4]! * 0x100 + bytes[i + 5]! * 0x10000 + bytes[i + 6]! * 0x1000000;
      return ignored(bytes, i, 7 + p, `gs-8-${String.fromCharCode(bytes[i + 2]!)}`);
    }
    case 0x2a: {
      // GS * x y d… (x*y*8 bytes)
      if (i + 3 >= bytes.length) return null;
      return ignored(bytes, i, 4 + bytes[i + 2]! * bytes[i + 3]! * 8, 'define-downloaded-image');
    }
    default: {
      const fixed = GS_FIXED.get(c);
      if (fixed) return ignored(bytes, i, fixed[0], fixed[1]);
      return unknown(bytes, i, 2);
    }
  }
}

function readFs(bytes: Uint8Array, i: number): Read {
  if (i + 1 >= bytes.length) return null;
  const c = bytes[i + 1]!;
  switch (c) {
    case 0x2e: // FS .
      return ignored(bytes, i, 2, 'cancel-kanji');
    case 0x26: // FS &
      return ignored(bytes, i, 2, 'kanji-mode');
    case 0x21: // FS ! n
    case 0x2d: // FS - n
    case 0x43: // FS C n
    case 0x53: // FS S n1 n2
    case 0x57: // FS W n
      return ignored(bytes, i, c === 0x53 ? 4 : 3, 'kanji-setting');
    case 0x70: // FS p n m
      return ignored(bytes, i, 4, 'print-nv-image');
    case 0x28: {
      if (i + 4 >= bytes.length) return null;
      return ignored(bytes, i, 5 + bytes[i + 3]! + bytes[i + 4]! * 256, 'fs-paren');
    }
    default:
      return unknown(bytes, i, 2);
  }
}

function readDle(bytes: Uint8Array, i: number): Read {
  if (i + 1 >= bytes.length) return null;
  const c = bytes[i + 1]!;
  if (c === 0x04) {
    // DLE EOT n (n = 7 and 8 take one more byte)
    const n = bytes[i + 2];
    if (n === undefined) return null;
    if (n === 7 || n === 8) {
      if (i + 3 >= bytes.length) return null;
      return { command: { type: 'status-query', n }, length: 4 };
    }
    return { command: { type: 'status-query', n }, length: 3 };
  }
  if (c === 0x05) return ignored(bytes, i, 3, 'realtime-request'); // DLE ENQ n
  if (c === 0x14) {
    // DLE DC4 fn …
    const fn = bytes[i + 2];
    if (fn === undefined) return null;
    const length = fn === 1 ? 5 : fn === 2 ? 5 : fn === 7 ? 4 : fn === 8 ? 10 : 3;
    return ignored(bytes, i, length, 'realtime-command');
  }
  return unknown(bytes, i, 1);
}

function readCut(bytes: Uint8Array, i: number): Read {
  const m = bytes[i + 2];
  if (m === undefined) return null;
  if (m === 0 || m === 0x30 || m === 1 || m === 0x31) {
    return { command: { type: 'cut', partial: m === 1 || m === 0x31, feed: 0 }, length: 3 };
  }
  if (m === 65 || m === 66 || m === 97 || m === 98 || m === 103 || m === 104) {
    const n = bytes[i + 3];
    if (n === undefined) return null;
    return { command: { type: 'cut', partial: m % 2 === 0, feed: n }, length: 4 };
  }
  return unknown(bytes, i, 3);
}

function readRaster(bytes: Uint8Array, i: number): Read {
  // GS v 0 m xL xH yL yH d1…dk
  if (i + 2 >= bytes.length) return null;
  if (bytes[i + 2] !== 0x30) return unknown(bytes, i, 2);
  if (i + 7 >= bytes.length) return null;
  const mode = bytes[i + 3]! % 0x30;
  const widthBytes = bytes[i + 4]! + bytes[i + 5]! * 256;
  const height = bytes[i + 6]! + bytes[i + 7]! * 256;
  const length = 8 + widthBytes * height;
  if (i + length > bytes.length) return null;
  return {
    command: { type: 'raster', mode, widthBytes, height, data: bytes.slice(i + 8, i + length) },
    length,
  };
}

const SYMBOLOGY_A: readonly BarcodeSymbology[] = ['UPC-A', 'UPC-E', 'EAN13', 'EAN8', 'CODE39', 'ITF', 'CODABAR'];
const SYMBOLOGY_B: readonly BarcodeSymbology[] = [
  'UPC-A',
  'UPC-E',
  'EAN13',
  'EAN8',
  'CODE39',
  'ITF',
  'CODABAR',
  'CODE93',
  'CODE128',
  'GS1-128',
];

function readBarcode(bytes: Uint8Array, i: number): Read {
  const m = bytes[i + 2];
  if (m === undefined) return null;
  let raw: Uint8Array;
  let length: number;
  let symbology: BarcodeSymbology;
  if (m <= 6) {
    // Function A: GS k m d1…dk NUL
    const end = bytes.indexOf(NUL, i + 3);
    if (end < 0) return bytes.length - i > 260 ? unknown(bytes, i, 3) : null;
    raw = bytes.slice(i + 3, end);
    length = end - i + 1;
    symbology = SYMBOLOGY_A[m] ?? 'OTHER';
  } else if (m >= 65 && m <= 79) {
    // Function B: GS k m n d1…dn
    const n = bytes[i + 3];
    if (n === undefined) return null;
    length = 4 + n;
    if (i + length > bytes.length) return null;
    raw = bytes.slice(i + 4, i + length);
    symbology = SYMBOLOGY_B[m - 65] ?? 'OTHER';
  } else {
    return unknown(bytes, i, 3);
  }
  const data =
    symbology === 'CODE128' || symbology === 'GS1-128'
      ? decodeCodeSet128(raw)
      : String.fromCharCode(...raw);
  return { command: { type: 'barcode', symbology, data, raw }, length };
}

/** GS ( k pL pH cn fn …: 2D symbols. Only QR (cn = 49) is understood. */
function readSymbol(bytes: Uint8Array, i: number, length: number): Read {
  const cn = bytes[i + 5];
  const fn = bytes[i + 6];
  const p = bytes[i + 7];
  if (cn !== 49 || fn === undefined) return ignored(bytes, i, length, 'symbol');
  switch (fn) {
    case 65:
      return {
        command: { type: 'qr-model', model: p === 49 ? 1 : p === 51 ? 'micro' : 2 },
        length,
      };
    case 67:
      return { command: { type: 'qr-size', module: p ?? 3 }, length };
    case 69:
      return {
        command: { type: 'qr-ecc', level: (['L', 'M', 'Q', 'H'] as const)[((p ?? 48) - 48) & 3] ?? 'L' },
        length,
      };
    case 80: {
      const raw = bytes.slice(i + 8, i + length);
      return {
        command: { type: 'qr-store', data: new TextDecoder('utf-8').decode(raw), raw },
        length,
      };
    }
    case 81:
      return { command: { type: 'qr-print' }, length };
    default:
      return ignored(bytes, i, length, `qr-fn-${fn}`);
  }
}

function alignment(n: number): Alignment {
  const v = n % 0x30;
  return v === 1 ? 'center' : v === 2 ? 'right' : 'left';
}
