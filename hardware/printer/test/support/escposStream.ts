import { statusByte, type StatusFlags, type StatusRequest } from '../../src/index.js';

/** What a printer double answers: a state, or silence (cheap clones). */
export type DeviceStatus = Partial<StatusFlags> | 'no-answer';

/**
 * The receiving end of a printer double: splits an ESC/POS byte stream into status questions
 * (`DLE EOT n`) and job bytes, skipping over `GS v 0` raster data so that image bytes are
 * never taken for questions.
 */
export class EscPosStream {
  private buf: number[] = [];
  readonly job: number[] = [];
  readonly questions: StatusRequest[] = [];

  constructor(private readonly answer: (byte: number) => void, private readonly status: () => DeviceStatus) {}

  push(chunk: Uint8Array): void {
    for (const b of chunk) this.buf.push(b);
    for (;;) {
      const [a, b, c] = this.buf;
      if (a === undefined) return;
      if (a === 0x10) {
        if (this.buf.length < 3) return;
        if (b === 0x04 && (c === 1 || c === 2 || c === 4)) {
          this.buf.splice(0, 3);
          this.questions.push(c);
          const s = this.status();
          if (s !== 'no-answer') this.answer(statusByte(c, s));
          continue;
        }
      }
      if (a === 0x1d && (b === undefined || (b === 0x76 && (c === undefined || c === 0x30)))) {
        if (this.buf.length < 8) return;
        const size = ((this.buf[4] ?? 0) | ((this.buf[5] ?? 0) << 8)) * ((this.buf[6] ?? 0) | ((this.buf[7] ?? 0) << 8));
        if (this.buf.length < 8 + size) return;
        this.job.push(...this.buf.splice(0, 8 + size));
        continue;
      }
      this.job.push(this.buf.shift() ?? 0);
    }
  }

  /** The connection ended: whatever is buffered was job bytes. */
  end(): void {
    this.job.push(...this.buf.splice(0));
  }
}
