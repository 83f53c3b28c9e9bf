import type { PrinterProfile } from './profile.js';
import { bytesPerRow, type Raster } from './raster.js';

/** What the byte encoders need of a printer profile. */
export type EncodeSpec = Pick<PrinterProfile, 'cut' | 'feedLines'>;

export const ESC_INIT = [0x1b, 0x40] as const;
/** Rows per `GS v 0` command: many printers take at most 255. */
export const RASTER_BAND_ROWS = 255;

/** `ESC d n` then `GS V 0` (full) / `GS V 1` (partial) / nothing. */
export function feedAndCut(spec: EncodeSpec): number[] {
  const bytes: number[] = [];
  if (spec.feedLines > 0) bytes.push(0x1b, 0x64, spec.feedLines);
  if (spec.cut === 'full') bytes.push(0x1d, 0x56, 0x00);
  if (spec.cut === 'partial') bytes.push(0x1d, 0x56, 0x01);
  return bytes;
}

/** `GS v 0 m=0` commands for the raster, in bands of at most 255 rows. */
export function rasterCommands(raster: Raster): Uint8Array {
  const stride = bytesPerRow(raster.width);
  const bands = Math.ceil(raster.height / RASTER_BAND_ROWS);
  const out = new Uint8Array(bands * 8 + stride * raster.height);
  let o = 0;
  for (let top = 0; top < raster.height; top += RASTER_BAND_ROWS) {
    const rows = Math.min(RASTER_BAND_ROWS, raster.height - top);
    out.set([0x1d, 0x76, 0x30, 0x00, stride & 0xff, stride >> 8, rows & 0xff, rows >> 8], o);
    o += 8;
    out.set(raster.data.subarray(top * stride, (top + rows) * stride), o);
    o += rows * stride;
  }
  return out;
}

/** A whole job: `ESC @`, the raster, feed, cut. Pure. */
export function encodeRaster(raster: Raster, spec: EncodeSpec): Uint8Array {
  const body = rasterCommands(raster);
  const tail = feedAndCut(spec);
  const out = new Uint8Array(ESC_INIT.length + body.length + tail.length);
  out.set(ESC_INIT, 0);
  out.set(body, ESC_INIT.length);
  out.set(tail, ESC_INIT.length + body.length);
  return out;
}
