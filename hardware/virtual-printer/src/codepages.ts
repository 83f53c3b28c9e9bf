/**
 * Single-byte code pages the virtual printer can decode (ESC t n). Bytes 0x00–0x7F are
 * ASCII in every page here; each table below lists 0x80–0xFF, U+FFFD where a page
 * leaves a byte unassigned.
 */

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * Epson page 30, "TCVN-3 (Vietnamese) 1": lower-case letters with diacritics.
 * 0xA1–0xA7 carry the TCVN 5712 VN3 capitals Ă Â Ê Ô Ơ Ư Đ (Epson leaves them blank;
 * printers that follow the standard print them).
 */
const TCVN3_HIGH =
  '\ufffd'.repeat(32) +
  '\ufffdĂÂÊÔƠƯĐăâêôơưđ\ufffd' +
  '\ufffd\ufffd\ufffd\ufffd\ufffdàảãáạ\ufffdằẳẵắ\ufffd' +
  '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdặầẩẫấậè\ufffdẻẽ' +
  'éẹềểễếệìỉ\ufffd\ufffd\ufffdĩíịò' +
  '\ufffdỏõóọồổỗốộờởỡớợù' +
  '\ufffdủũúụừửữứựỳỷỹýỵ\ufffd';

/** Epson page 31, "TCVN-3 (Vietnamese) 2": the capitals at the same positions. */
const TCVN3_CAPITALS_HIGH =
  '\ufffd'.repeat(32) +
  '\ufffdĂÂ\ufffd\ufffd\ufffd\ufffdĐ\ufffd\ufffdÊÔƠƯ\ufffd\ufffd' +
  '\ufffd\ufffd\ufffd\ufffd\ufffdÀẢÃÁẠ\ufffdẰẲẴẮ\ufffd' +
  '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdẶẦẨẪẤẬÈ\ufffdẺẼ' +
  'ÉẸỀỂỄẾỆÌỈ\ufffd\ufffd\ufffdĨÍỊÒ' +
  '\ufffdỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙ' +
  '\ufffdỦŨÚỤỪỬỮỨỰỲỶỸÝỴ\ufffd';

const WPC1252_HIGH = new TextDecoder('windows-1252').decode(
  Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i),
);

const PAGES: ReadonlyMap<number, string> = new Map([
  [0, CP437_HIGH],
  [16, WPC1252_HIGH],
  [30, TCVN3_HIGH],
  [31, TCVN3_CAPITALS_HIGH],
]);

/** Code pages (ESC t n) whose upper half this printer knows. */
export const SUPPORTED_CODEPAGES: readonly number[] = [...PAGES.keys()];

/** Decodes printable bytes (0x20–0xFF) with ESC t page `page`; unknown pages fall back to CP437. */
export function decodeText(bytes: Uint8Array, page: number): string {
  const high = PAGES.get(page) ?? CP437_HIGH;
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : (high[b - 0x80] ?? '\ufffd');
  return out;
}
