/**
 * The words a Vietnamese number is read with (northern standard, as offices announce it).
 * [V1]–[V8] in docs/spec/voice.md.
 */
export const NUMBER_WORDS = [
  'không',
  'một',
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
  'mươi',
  'mốt',
  'tư',
  'lăm',
  'trăm',
  'nghìn',
  'linh',
] as const;
export type NumberWord = (typeof NUMBER_WORDS)[number];

/** The largest number `readNumber` reads: a ticket number has at most 6 digits. */
export const MAX_READABLE_NUMBER = 999_999;

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function digit(d: number): NumberWord {
  const word = DIGITS[d];
  if (word === undefined) throw new RangeError(`not a digit: ${d}`);
  return word;
}

/**
 * One group of three digits (0..999). `full` says a higher group was spoken before it,
 * so the hundreds are said even when zero ("một nghìn không trăm linh năm").
 */
function readGroup(group: number, full: boolean): NumberWord[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: NumberWord[] = [];
  const saidHundreds = hundreds > 0 || full;
  // [V5] hundreds, with "không trăm" inside a larger number
  if (saidHundreds) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    // [V4] "linh" joins the hundreds to a lone unit: 105 → một trăm linh năm
    if (units > 0) {
      if (saidHundreds) words.push('linh');
      words.push(digit(units));
    }
  } else if (tens === 1) {
    // [V2] 10..19: "mười", 15 → "mười lăm", 11 → "mười một" (never "mốt")
    words.push('mười');
    if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digit(units));
  } else {
    // [V3] 20..99: "<d> mươi", then mốt (1), tư (4), lăm (5)
    words.push(digit(tens), 'mươi');
    if (units === 1) words.push('mốt');
    else if (units === 4) words.push('tư');
    else if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digit(units));
  }
  return words;
}

/**
 * [V1] Reads a whole number 0..999 999 as Vietnamese words, e.g.
 * 21 → ["hai", "mươi", "mốt"], 1005 → ["một", "nghìn", "không", "trăm", "linh", "năm"].
 * Throws a RangeError for anything else (a programming error: labels are validated upstream).
 */
export function readNumber(n: number): NumberWord[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_READABLE_NUMBER) {
    throw new RangeError(`readNumber: expected an integer 0..${MAX_READABLE_NUMBER}, got ${n}`);
  }
  if (n === 0) return ['không'];
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words: NumberWord[] = [];
  // [V6] thousands: the group then "nghìn"; a zero lower group is not said (1000 → một nghìn)
  if (thousands > 0) words.push(...readGroup(thousands, false), 'nghìn');
  if (rest > 0) words.push(...readGroup(rest, thousands > 0));
  return words;
}
