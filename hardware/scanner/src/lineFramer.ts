// CR/LF framing of a serial scanner's byte stream. Pure.

export interface LineFramer {
  /** Feeds bytes; returns the complete, non-empty lines they finish. */
  push(chunk: Uint8Array): string[];
  /** Bytes held waiting for a line end. */
  pending(): number;
}

/**
 * Splits on CR, LF or CRLF (a CRLF split across two chunks gives one line, not an empty one).
 * A line longer than `maxLength` bytes is dropped up to the next line end (noise on the wire).
 */
export function createLineFramer(options: { maxLength?: number } = {}): LineFramer {
  const maxLength = options.maxLength ?? 4096;
  const decoder = new TextDecoder();
  let buf: number[] = [];
  let overflow = false;
  return {
    pending: () => buf.length,
    push(chunk) {
      const lines: string[] = [];
      for (const b of chunk) {
        if (b === 0x0d || b === 0x0a) {
          if (!overflow && buf.length > 0) lines.push(decoder.decode(Uint8Array.from(buf)));
          buf = [];
          overflow = false;
          continue;
        }
        if (overflow) continue;
        buf.push(b);
        if (buf.length > maxLength) {
          buf = [];
          overflow = true;
        }
      }
      return lines;
    },
  };
}
