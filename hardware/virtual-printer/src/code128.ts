/**
 * CODE128 as Epson printers take it in `GS k 73 n d…`: the data starts with a code-set
 * selector `{A`, `{B` or `{C`; inside it `{A`/`{B`/`{C` switch sets, `{S` shifts one
 * character, `{1`…`{4` are FNC1–FNC4 and `{{` is a literal `{`. In set C each byte
 * (0–99) stands for two digits.
 */

/** Bar/space widths of symbol values 0–105, then the stop pattern (106). */
const PATTERNS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 ' +
  '112232 122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 ' +
  '311222 321122 321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 ' +
  '112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 ' +
  '313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 ' +
  '314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 ' +
  '122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 ' +
  '124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 ' +
  '114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112'
).split(' ');

type CodeSet = 'A' | 'B' | 'C';

/** One step of the data: a character in a code set, or a control (switch, shift, FNC). */
type Token =
  | { kind: 'char'; set: CodeSet; byte: number }
  | { kind: 'switch'; to: CodeSet }
  | { kind: 'shift' }
  | { kind: 'fnc'; n: 1 | 2 | 3 | 4 };

function tokenize(raw: Uint8Array): { start: CodeSet; tokens: Token[] } | null {
  const first = raw[1];
  if (raw[0] !== 0x7b || (first !== 0x41 && first !== 0x42 && first !== 0x43)) return null;
  const start = String.fromCharCode(first) as CodeSet;
  let set: CodeSet = start;
  const tokens: Token[] = [];
  let shifted = false;
  for (let i = 2; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === 0x7b && i + 1 < raw.length) {
      const c = raw[i + 1]!;
      i++;
      if (c === 0x41 || c === 0x42 || c === 0x43) {
        set = String.fromCharCode(c) as CodeSet;
        tokens.push({ kind: 'switch', to: set });
      } else if (c === 0x53) {
        tokens.push({ kind: 'shift' });
        shifted = true;
        continue;
      } else if (c >= 0x31 && c <= 0x34) {
        tokens.push({ kind: 'fnc', n: (c - 0x30) as 1 | 2 | 3 | 4 });
      } else if (c === 0x7b) {
        tokens.push({ kind: 'char', set: shifted ? other(set) : set, byte: 0x7b });
      } else {
        return null;
      }
      shifted = false;
      continue;
    }
    tokens.push({ kind: 'char', set: shifted ? other(set) : set, byte: b });
    shifted = false;
  }
  return { start, tokens };
}

function other(set: CodeSet): CodeSet {
  return set === 'A' ? 'B' : 'A';
}

/** The human-readable content of Epson CODE128 data (code-set prefixes and FNCs removed). */
export function decodeCodeSet128(raw: Uint8Array): string {
  const parsed = tokenize(raw);
  if (!parsed) return String.fromCharCode(...raw);
  let out = '';
  for (const t of parsed.tokens) {
    if (t.kind !== 'char') continue;
    out += t.set === 'C' ? String(t.byte).padStart(2, '0') : String.fromCharCode(t.byte);
  }
  return out;
}

/**
 * Symbol values (start, data, checksum, stop) of Epson CODE128 data, or `null` when the
 * data is not valid CODE128 (a printer prints nothing then).
 */
export function code128Values(raw: Uint8Array): number[] | null {
  const parsed = tokenize(raw);
  if (!parsed) return null;
  const values = [parsed.start === 'A' ? 103 : parsed.start === 'B' ? 104 : 105];
  let set: CodeSet = parsed.start;
  for (const t of parsed.tokens) {
    if (t.kind === 'switch') {
      if (t.to === set) continue;
      values.push(t.to === 'C' ? 99 : t.to === 'B' ? 100 : 101);
      set = t.to;
    } else if (t.kind === 'shift') {
      if (set === 'C') return null;
      values.push(98);
    } else if (t.kind === 'fnc') {
      if (set === 'C' && t.n !== 1) return null;
      values.push(t.n === 1 ? 102 : t.n === 2 ? 97 : t.n === 3 ? 96 : set === 'A' ? 101 : 100);
    } else if (t.set === 'C') {
      if (t.byte > 99) return null;
      values.push(t.byte);
    } else if (t.set === 'A') {
      if (t.byte > 0x5f) return null;
      values.push(t.byte < 0x20 ? t.byte + 64 : t.byte - 32);
    } else {
      if (t.byte < 0x20 || t.byte > 0x7f) return null;
      values.push(t.byte - 32);
    }
  }
  let sum = values[0]!;
  for (let i = 1; i < values.length; i++) sum += values[i]! * i;
  values.push(sum % 103, 106);
  return values;
}

/** Bars as a run-length list of module widths (bar, space, bar, …) for the symbol values. */
export function code128Modules(values: readonly number[]): number[] {
  const widths: number[] = [];
  for (const v of values) for (const ch of PATTERNS[v] ?? '') widths.push(Number(ch));
  return widths;
}
