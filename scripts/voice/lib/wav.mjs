// Reads the header of a RIFF/WAVE file: format, rate, channels and the exact duration.

/**
 * @param {Uint8Array} bytes the whole file
 * @returns {{ sampleRate: number, channels: number, bitsPerSample: number, dataBytes: number, durationMs: number }}
 */
export function readWavHeader(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let fmt;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ') {
      fmt = {
        channels: view.getUint16(at + 10, true),
        sampleRate: view.getUint32(at + 12, true),
        byteRate: view.getUint32(at + 16, true),
        bitsPerSample: view.getUint16(at + 22, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw new Error('WAVE data chunk before its fmt chunk');
      const dataBytes = Math.min(size, bytes.length - at - 8);
      return { ...fmt, dataBytes, durationMs: (dataBytes / fmt.byteRate) * 1000 };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAVE file without a data chunk');
}
