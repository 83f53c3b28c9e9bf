import type { SKRSContext2D } from '@napi-rs/canvas';

/**
 * Greedy word wrap of NFC text (never splits a letter from its tone mark); a word wider than
 * the line is broken after a separator, else between characters.
 */
export function wrapText(ctx: Pick<SKRSContext2D, 'measureText'>, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.normalize('NFC').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (ctx.measureText(candidate).width <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (ctx.measureText(rest).width > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && ctx.measureText(rest.slice(0, cut)).width > maxWidth) cut--;
        // Codes break better after a separator: "H15.50.05.13-261008-" / "0975".
        const separator = Math.max(...['-', '.', '/', ','].map((c) => rest.lastIndexOf(c, cut - 1)));
        if (separator > 0) cut = separator + 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
