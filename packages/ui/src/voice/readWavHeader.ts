/** The format and exact duration stated by a RIFF/WAVE file's header. */
export interface WavHeader {
  audioFormat: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  dataBytes: number;
  durationMs: number;
}

/** Reads a WAV header (used by the clip-set tests to check the manifest against the files). */
export function readWavHeader(bytes: Uint8Array): WavHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let fmt: Omit<WavHeader, 'dataBytes' | 'durationMs'> | undefined;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'fmt ') {
      fmt = {
        audioFormat: view.getUint16(at + 8, true),
        channels: view.getUint16(at + 10, true),
        sampleRate: view.getUint32(at + 12, true),
        bitsPerSample: view.getUint16(at + 22, true),
      };
    } else if (tag(at) === 'data') {
      if (!fmt) throw new Error('WAVE data chunk before its fmt chunk');
      if (at + 8 + size > bytes.length) throw new Error('WAVE data chunk longer than the file');
      const bytesPerSecond = (fmt.sampleRate * fmt.channels * fmt.bitsPerSample) / 8;
      return { ...fmt, dataBytes: size, durationMs: (size / bytesPerSecond) * 1000 };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAVE file without a data chunk');
}
