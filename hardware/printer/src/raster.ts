/** A 1-bit image: rows padded to whole bytes, most significant bit first, 1 = black. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8Array;
}

export function bytesPerRow(width: number): number {
  return Math.ceil(width / 8);
}

export function createRaster(width: number, height: number): Raster {
  return { width, height, data: new Uint8Array(bytesPerRow(width) * height) };
}

export function getPixel(raster: Raster, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= raster.width || y >= raster.height) return false;
  const byte = raster.data[y * bytesPerRow(raster.width) + (x >> 3)] ?? 0;
  return (byte & (0x80 >> (x & 7))) !== 0;
}

export function setPixel(raster: Raster, x: number, y: number, black = true): void {
  if (x < 0 || y < 0 || x >= raster.width || y >= raster.height) return;
  const i = y * bytesPerRow(raster.width) + (x >> 3);
  const mask = 0x80 >> (x & 7);
  const byte = raster.data[i] ?? 0;
  raster.data[i] = black ? byte | mask : byte & ~mask;
}

/** Paints an axis-aligned rectangle, clipped to the raster. */
export function fillRect(raster: Raster, x: number, y: number, w: number, h: number, black = true): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(raster.width, Math.round(x + w));
  const y1 = Math.min(raster.height, Math.round(y + h));
  for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) setPixel(raster, xx, yy, black);
}

/** Copies `src` into `dst` at (x, y); black pixels only (an overlay). */
export function blit(dst: Raster, src: Raster, x: number, y: number): void {
  for (let yy = 0; yy < src.height; yy++)
    for (let xx = 0; xx < src.width; xx++) if (getPixel(src, xx, yy)) setPixel(dst, x + xx, y + yy);
}
