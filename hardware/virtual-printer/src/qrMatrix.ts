import { EncodeHintType, QRCodeDecoderErrorCorrectionLevel, QRCodeEncoder } from '@zxing/library';

export type QrEcc = 'L' | 'M' | 'Q' | 'H';

/**
 * The modules of a model 2 QR symbol for `data` (row-major, true = dark), or `null` when
 * the data does not fit any QR version at that error-correction level.
 */
export function qrMatrix(data: string, ecc: QrEcc): { size: number; dark: (x: number, y: number) => boolean } | null {
  try {
    const hints = new Map<EncodeHintType, unknown>();
    if ([...data].some((ch) => ch.charCodeAt(0) > 0x7f)) hints.set(EncodeHintType.CHARACTER_SET, 'UTF-8');
    const code = QRCodeEncoder.encode(data, QRCodeDecoderErrorCorrectionLevel.fromString(ecc), hints);
    const matrix = code.getMatrix();
    return { size: matrix.getWidth(), dark: (x, y) => matrix.get(x, y) === 1 };
  } catch {
    return null;
  }
}
