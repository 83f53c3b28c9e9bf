import { barRuns, createRaster, encodeCode128, fillRect, type Raster } from '@motcua/printer';

/** ISO/IEC 15417 asks for 10 modules of white on each side. */
export const QUIET_MODULES = 10;

/**
 * A CODE128 symbol as a 1-bit image, every module exactly `moduleDots` wide: bars left to
 * right (`horizontal`), or turned a quarter to run top to bottom (`vertical`) for paper too
 * narrow for the whole symbol. `quietDots` of white are kept on both ends.
 */
export function code128Raster(value: string, opts: { moduleDots: number; barDots: number; quietDots: number; orientation: 'horizontal' | 'vertical' }): Raster {
  const { modules } = encodeCode128(value);
  const md = opts.moduleDots;
  const length = modules.length * md + 2 * opts.quietDots;
  const raster = opts.orientation === 'horizontal' ? createRaster(length, opts.barDots) : createRaster(opts.barDots, length);
  for (const bar of barRuns(modules)) {
    const along = opts.quietDots + bar.start * md;
    const size = bar.width * md;
    if (opts.orientation === 'horizontal') fillRect(raster, along, 0, size, opts.barDots);
    else fillRect(raster, 0, along, opts.barDots, size);
  }
  return raster;
}
