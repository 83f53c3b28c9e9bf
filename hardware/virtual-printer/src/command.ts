/** One ESC/POS command as the virtual printer understood it. Produced by `parseEscPos`. */
export type Command =
  | { type: 'init' }
  /** A run of printable bytes, decoded with the code page in force. */
  | { type: 'text'; text: string; codepage: number }
  | { type: 'lf' }
  | { type: 'cr' }
  | { type: 'ht' }
  /** FF: print and return to standard mode (treated as a line feed). */
  | { type: 'ff' }
  | { type: 'align'; align: Alignment }
  /** ESC E n */
  | { type: 'bold'; on: boolean }
  /** ESC - n (0 off, 1 one dot, 2 two dots) */
  | { type: 'underline'; dots: number }
  /** ESC ! n: font B, bold, double height, double width, underline in one byte. */
  | { type: 'print-mode'; fontB: boolean; bold: boolean; doubleHeight: boolean; doubleWidth: boolean; underline: boolean }
  /** GS ! n: width and height multipliers 1..8. */
  | { type: 'char-size'; width: number; height: number }
  /** ESC M n */
  | { type: 'font'; font: 'A' | 'B' }
  /** GS B n */
  | { type: 'invert'; on: boolean }
  /** ESC 2 (default = null) or ESC 3 n, in dots. */
  | { type: 'line-spacing'; dots: number | null }
  /** ESC d n */
  | { type: 'feed-lines'; lines: number }
  /** ESC J n */
  | { type: 'feed-dots'; dots: number }
  /** ESC t n */
  | { type: 'codepage'; page: number }
  /** GS v 0 m xL xH yL yH d…: one band of a raster image, 1 = black, MSB leftmost. */
  | { type: 'raster'; mode: number; widthBytes: number; height: number; data: Uint8Array }
  /** ESC * m nL nH d…: one stripe of a column-format bit image. */
  | { type: 'bit-image'; mode: number; columns: number; data: Uint8Array }
  /** GS k: data as text without code-set prefixes; `raw` keeps the bytes as received. */
  | { type: 'barcode'; symbology: BarcodeSymbology; data: string; raw: Uint8Array }
  /** GS h n */
  | { type: 'barcode-height'; dots: number }
  /** GS w n */
  | { type: 'barcode-width'; dots: number }
  /** GS H n */
  | { type: 'barcode-hri'; position: 'none' | 'above' | 'below' | 'both' }
  /** GS ( k … fn 65 */
  | { type: 'qr-model'; model: 1 | 2 | 'micro' }
  /** GS ( k … fn 67 */
  | { type: 'qr-size'; module: number }
  /** GS ( k … fn 69 */
  | { type: 'qr-ecc'; level: 'L' | 'M' | 'Q' | 'H' }
  /** GS ( k … fn 80: data decoded as UTF-8 (`raw` keeps the bytes). */
  | { type: 'qr-store'; data: string; raw: Uint8Array }
  /** GS ( k … fn 81 */
  | { type: 'qr-print' }
  /** GS V: `feed` is the extra feed in dots before the cut (0 when none). */
  | { type: 'cut'; partial: boolean; feed: number }
  /** DLE EOT n: real-time status query (answered by the server). */
  | { type: 'status-query'; n: number }
  /** A well-formed command the printer accepts but the virtual printer does not draw. */
  | { type: 'ignored'; name: string; bytes: Uint8Array }
  | { type: 'unknown'; bytes: Uint8Array }
  /** A command cut short by the end of the input. */
  | { type: 'truncated'; bytes: Uint8Array };

export type Alignment = 'left' | 'center' | 'right';

export type BarcodeSymbology =
  | 'UPC-A'
  | 'UPC-E'
  | 'EAN13'
  | 'EAN8'
  | 'CODE39'
  | 'ITF'
  | 'CODABAR'
  | 'CODE93'
  | 'CODE128'
  | 'GS1-128'
  | 'OTHER';

export type CommandType = Command['type'];
