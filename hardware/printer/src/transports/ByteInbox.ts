import type { PrinterError } from '../PrinterError.js';

/** Bytes a printer sent back, read one at a time with a timeout. */
export class ByteInbox {
  private readonly bytes: number[] = [];
  private waiter: { resolve: (b: number | null) => void; reject: (e: PrinterError) => void; timer: NodeJS.Timeout } | null = null;
  private failure: PrinterError | null = null;

  push(chunk: Uint8Array): void {
    for (const b of chunk) this.bytes.push(b);
    const w = this.waiter;
    if (w && this.bytes.length > 0) {
      this.waiter = null;
      clearTimeout(w.timer);
      w.resolve(this.bytes.shift() ?? null);
    }
  }

  /** Every later read rejects with this error. */
  fail(error: PrinterError): void {
    this.failure ??= error;
    const w = this.waiter;
    if (w) {
      this.waiter = null;
      clearTimeout(w.timer);
      w.reject(error);
    }
  }

  /** Forgets late answers to earlier questions. */
  clear(): void {
    this.bytes.length = 0;
  }

  /** The next byte, or null when none came within `timeoutMs`. */
  next(timeoutMs: number): Promise<number | null> {
    if (this.bytes.length > 0) return Promise.resolve(this.bytes.shift() ?? null);
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiter) return Promise.reject(new Error('ByteInbox: one reader at a time'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(null);
      }, Math.max(0, timeoutMs));
      this.waiter = { resolve, reject, timer };
    });
  }
}
