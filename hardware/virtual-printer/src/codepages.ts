/**
 * Single-byte code pages the virtual printer can decode (ESC t n). Bytes 0x00–0x7F are
 * ASCII in every page here; each table below lists 0x80–0xFF, U+FFFD where a page
 * leaves a byte unassigned.
 */

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/** Page 2, PC850 Multilingual (Latin-1 letters; the encoder's "auto" picks it for Á, Ð…). */
const CP850_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';

/** Page 18, PC852 Latin 2 (the encoder's "auto" picks it for Đ). */
const CP852_HIGH = 'ÇüéâäůćçłëŐőîŹÄĆÉĹĺôöĽľŚśÖÜŤťŁ×čáíóúĄąŽžĘę¬źČş«»░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐└┴┬├─┼Ăă╚╔╩╦╠═╬¤đĐĎËďŇÍÎě┘┌█▄ŢŮ▀ÓßÔŃńňŠšŔÚŕŰýÝţ´\u00ad˝˛ˇ˘§÷¸°¨˙űŘř■\u00a0';

/** Page 19, PC858: PC850 with € at 0xD5. */
const CP858_HIGH = `${CP850_HIGH.slice(0, 0x55)}€${CP850_HIGH.slice(0x56)}`;

/**
 * Epson page 30, "TCVN-3 (Vietnamese) 1": lower-case letters with diacritics.
 * 0xA1–0xA7 carry the TCVN 5712 VN3 capitals Ă Â Ê Ô Ơ Ư Đ (the encoder's Epson table
 * leaves them blank and never sends them; the standard puts them there).
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

/** The upper half of a code page the platform's TextDecoder knows (WHATWG encodings). */
function upperHalf(encoding: string): string {
  return Array.from({ length: 128 }, (_, i) =>
    new TextDecoder(encoding).decode(Uint8Array.of(0x80 + i)).padEnd(1, '\ufffd'),
  ).join('');
}

/** Epson ESC t numbers → upper half. */
const PAGES: ReadonlyMap<number, string> = new Map([
  [0, CP437_HIGH],
  [2, CP850_HIGH],
  [16, upperHalf('windows-1252')],
  [17, upperHalf('ibm866')],
  [18, CP852_HIGH],
  [19, CP858_HIGH],
  [30, TCVN3_HIGH],
  [31, TCVN3_CAPITALS_HIGH],
  [45, upperHalf('windows-1250')],
  [46, upperHalf('windows-1251')],
  [47, upperHalf('windows-1253')],
  [48, upperHalf('windows-1254')],
  [49, upperHalf('windows-1255')],
  [50, upperHalf('windows-1256')],
  [51, upperHalf('windows-1257')],
  [52, upperHalf('windows-1258')],
]);

/** Code pages (ESC t n) whose upper half this printer knows. */
export const SUPPORTED_CODEPAGES: readonly number[] = [...PAGES.keys()];

/**
 * Decodes printable bytes (0x20–0xFF) with ESC t page `page`; unknown pages fall back to
 * CP437. Ð (U+00D0, which the encoder substitutes for Đ) is reported as Đ (U+0110): the two
 * print the same, and this printer serves Vietnamese text. Windows-1258 combining tone marks
 * are composed (NFC) for the transcript.
 */
export function decodeText(bytes: Uint8Array, page: number): string {
  const high = PAGES.get(page) ?? CP437_HIGH;
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : (high[b - 0x80] ?? '\ufffd');
  out = out.replaceAll('\u00d0', '\u0110');
  return page === 52 ? out.normalize('NFC') : out;
}
