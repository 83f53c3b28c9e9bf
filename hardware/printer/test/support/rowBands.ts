import { bytesPerRow, type Raster } from '../../src/index.js';

/** Runs of consecutive rows that hold at least one black dot: the printed "lines" of a raster. */
export function rowBands(raster: Raster): { top: number; height: number }[] {
  const stride = bytesPerRow(raster.width);
  const bands: { top: number; height: number }[] = [];
  let start = -1;
  for (let y = 0; y <= raster.height; y++) {
    const inked = y < raster.height && raster.data.subarray(y * stride, (y + 1) * stride).some((b) => b !== 0);
    if (inked && start < 0) start = y;
    if (!inked && start >= 0) {
      bands.push({ top: start, height: y - start });
      start = -1;
    }
  }
  return bands;
}
