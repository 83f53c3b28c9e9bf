/** Stable codes of every printing failure. Programs branch on `code`; screens show `message`. */
export const PRINTER_ERROR_CODES = [
  'PAPER_OUT',
  'COVER_OPEN',
  'OFFLINE',
  'PRINTER_ERROR',
  'NO_ANSWER',
  'CONNECT_FAILED',
  'CONNECTION_LOST',
  'TIMEOUT',
  'INVALID_DOCUMENT',
] as const;
export type PrinterErrorCode = (typeof PRINTER_ERROR_CODES)[number];

/** Plain Vietnamese, short enough for a kiosk banner. */
export const PRINTER_ERROR_MESSAGES: Readonly<Record<PrinterErrorCode, string>> = {
  PAPER_OUT: 'Máy in hết giấy',
  COVER_OPEN: 'Nắp máy in đang mở',
  OFFLINE: 'Máy in đang ngoại tuyến',
  PRINTER_ERROR: 'Máy in đang báo lỗi',
  NO_ANSWER: 'Máy in không phản hồi trạng thái',
  CONNECT_FAILED: 'Không kết nối được máy in',
  CONNECTION_LOST: 'Mất kết nối với máy in khi đang in',
  TIMEOUT: 'Máy in không nhận hết dữ liệu trong thời gian cho phép',
  INVALID_DOCUMENT: 'Nội dung cần in không hợp lệ',
};

export class PrinterError extends Error {
  override readonly name = 'PrinterError';
  readonly code: PrinterErrorCode;
  /** Technical detail for logs (never shown to citizens). */
  readonly detail: string | undefined;

  constructor(code: PrinterErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(PRINTER_ERROR_MESSAGES[code], options);
    this.code = code;
    this.detail = detail;
  }

  toJSON(): { code: PrinterErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isPrinterError(value: unknown, code?: PrinterErrorCode): value is PrinterError {
  return value instanceof PrinterError && (code === undefined || value.code === code);
}
