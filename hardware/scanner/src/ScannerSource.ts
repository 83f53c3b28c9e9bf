// The port every scanner implementation fits: the agent starts sources and gets reads.

export interface ScanRead {
  /** The scanned code, e.g. `H15.50.05.13-261008-0975`. */
  code: string;
  /** Symbology name when the scanner says it (HID POS), else null. */
  symbology: string | null;
  /** The source id, e.g. `hid:0c2e:0b61` or `serial:/dev/ttyACM0`. */
  source: string;
}

export type ScannerErrorCode = 'NOT_FOUND' | 'OPEN_FAILED' | 'READ_FAILED' | 'DISCONNECTED' | 'DECODE_FAILED';

export class ScannerError extends Error {
  override readonly name = 'ScannerError';
  constructor(
    readonly code: ScannerErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ScannerSource {
  readonly id: string;
  readonly kind: 'hid-pos' | 'serial';
  /**
   * Opens the device and delivers reads until `stop`. Rejects with a `ScannerError`
   * (`NOT_FOUND`, `OPEN_FAILED`) when it cannot open; later failures (unplugged) go to `onError`.
   */
  start(onRead: (read: ScanRead) => void, onError: (error: ScannerError) => void): Promise<void>;
  stop(): Promise<void>;
}
