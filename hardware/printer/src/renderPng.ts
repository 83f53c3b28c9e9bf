import { PNG } from 'pngjs';
import { bytesPerRow, type Raster } from './raster.js';

/** A grayscale PNG of the raster (black dots on white) for previews and tests. */
export function renderPng(raster: Raster): Buffer {
  const png = new PNG({ width: raster.width, height: raster.height });
  const stride = bytesPerRow(raster.width);
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) {
      const black = ((raster.data[y * stride + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
      const v = black ? 0 : 255;
      const p = (y * raster.width + x) * 4;
      png.data[p] = v;
      png.data[p + 1] = v;
      png.data[p + 2] = v;
      png.data[p + 3] = 255;
    }
  }
  return PNG.sync.write(png, { colorType: 0 });
}

/** Reads a PNG back into a raster (dark pixels = black dots). */
export function rasterFromPng(buffer: Buffer): Raster {
  const png = PNG.sync.read(buffer);
  const stride = bytesPerRow(png.width);
  const data = new Uint8Array(stride * png.height);
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const p = (y * png.width + x) * 4;
      const lum = ((png.data[p] ?? 255) + (png.data[p + 1] ?? 255) + (png.data[p + 2] ?? 255)) / 3;
      if (lum < 128) data[y * stride + (x >> 3)] = (data[y * stride + (x >> 3)] ?? 0) | (0x80 >> (x & 7));
    }
  }
  return { width: png.width, height: png.height, data };
}
