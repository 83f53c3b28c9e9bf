import { PrinterError } from './PrinterError.js';

/**
 * Bar/space widths of CODE128 symbol values 0–105 (6 elements, 11 modules) and the stop
 * pattern (7 elements, 13 modules), from ISO/IEC 15417.
 */
export const CODE128_PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

const START_B = 104;
const START_C = 105;
const CODE_B = 100;
const CODE_C = 99;
const STOP = 106;

export interface Code128 {
  /** Symbol values: start, data (with code-set switches), checksum, stop. */
  values: number[];
  /** One char per module, '1' = bar: what is printed, without quiet zones. */
  modules: string;
}

function digitRun(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i - from;
}

/**
 * Encodes printable ASCII (32–126) as CODE128 using code sets B and C: C for runs of
 * digits long enough to save space (≥ 4 at the start or end, ≥ 6 inside), B otherwise.
 */
export function encodeCode128(text: string): Code128 {
  if (text.length === 0) throw new PrinterError('INVALID_DOCUMENT', 'CODE128: empty value');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) throw new PrinterError('INVALID_DOCUMENT', `CODE128: character ${c} not in code set B`);
  }
  const values: number[] = [];
  let set: 'B' | 'C';
  let i = 0;
  const lead = digitRun(text, 0);
  if (lead >= 4 || (lead === text.length && lead >= 2 && lead % 2 === 0)) {
    set = 'C';
    values.push(START_C);
  } else {
    set = 'B';
    values.push(START_B);
  }
  while (i < text.length) {
    if (set === 'C') {
      if (digitRun(text, i) >= 2) {
        values.push(Number(text.slice(i, i + 2)));
        i += 2;
        continue;
      }
      set = 'B';
      values.push(CODE_B);
      continue;
    }
    const run = digitRun(text, i);
    const atEnd = i + run === text.length;
    if (run >= 6 || (atEnd && run >= 4)) {
      if (run % 2 === 1) {
        values.push(text.charCodeAt(i) - 32);
        i++;
      }
      set = 'C';
      values.push(CODE_C);
      continue;
    }
    values.push(text.charCodeAt(i) - 32);
    i++;
  }
  values.push(code128Checksum(values));
  values.push(STOP);
  let modules = '';
  for (const v of values) {
    const pattern = CODE128_PATTERNS[v] ?? '';
    for (let e = 0; e < pattern.length; e++) modules += (e % 2 === 0 ? '1' : '0').repeat(Number(pattern[e]));
  }
  return { values, modules };
}

/** (start + Σ value·position) mod 103, over the start and data values. */
export function code128Checksum(values: readonly number[]): number {
  let sum = values[0] ?? 0;
  for (let i = 1; i < values.length; i++) sum += (values[i] ?? 0) * i;
  return sum % 103;
}

/** A run of bar modules: `start` and `width` counted in modules from the symbol's left edge. */
export interface BarRun {
  start: number;
  width: number;
}

/**
 * The bars of a symbol's modules, each run of adjacent bar modules as one: what the thermal
 * renderer, the raster form slips and the A4 PDF all draw, each at its own module size.
 */
export function barRuns(modules: string): BarRun[] {
  const runs: BarRun[] = [];
  for (let i = 0; i < modules.length; ) {
    if (modules[i] !== '1') {
      i++;
      continue;
    }
    let j = i;
    while (modules[j] === '1') j++;
    runs.push({ start: i, width: j - i });
    i = j;
  }
  return runs;
}
