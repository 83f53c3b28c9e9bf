/**
 * [T1] Folds Vietnamese text for search: lower case, tone and vowel marks removed, đ → d,
 * runs of spaces and punctuation to one space. "Đăng ký khai sinh" → "dang ky khai sinh".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** [T2] Every word of the query appears, as a word prefix, in the folded text. */
export function matchesQuery(foldedText: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const padded = ` ${foldedText}`;
  return words.every((w) => padded.includes(` ${w}`));
}
