import { describe, expect, it } from 'vitest';
import { createRaster, encodeRaster, rasterCommands, setPixel } from '../src/index.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('encodeRaster', () => {
  // 10 dots wide → 2 bytes per row; row 0: dots 0 and 9; row 1: dots 0–9.
  const tiny = createRaster(10, 2);
  setPixel(tiny, 0, 0);
  setPixel(tiny, 9, 0);
  for (let x = 0; x < 10; x++) setPixel(tiny, x, 1);

  it('[PR1] a tiny raster: ESC @, GS v 0, feed, partial cut — exact bytes', () => {
    expect(hex(encodeRaster(tiny, { cut: 'partial', feedLines: 4 }))).toBe(
      '1b40' + '1d7630000200' + '0200' + '8040' + 'ffc0' + '1b6404' + '1d5601',
    );
  });

  it('[PR2] full cut is GS V 0; no cut feeds only; zero feed omits ESC d', () => {
    expect(hex(encodeRaster(tiny, { cut: 'full', feedLines: 3 })).endsWith('8040ffc0' + '1b6403' + '1d5600')).toBe(true);
    expect(hex(encodeRaster(tiny, { cut: 'none', feedLines: 5 })).endsWith('8040ffc0' + '1b6405')).toBe(true);
    expect(hex(encodeRaster(tiny, { cut: 'none', feedLines: 0 })).endsWith('8040ffc0')).toBe(true);
  });

  it('[PR3] tall rasters go in bands of at most 255 rows', () => {
    const tall = createRaster(576, 600);
    setPixel(tall, 575, 599);
    const bytes = rasterCommands(tall);
    expect(bytes.length).toBe(3 * 8 + 72 * 600);
    // band 1: 255 rows, band 2: 255 rows, band 3: 90 rows; width 72 bytes (0x48).
    expect(hex(bytes.subarray(0, 8))).toBe('1d76300048' + '00ff00');
    const second = 8 + 72 * 255;
    expect(hex(bytes.subarray(second, second + 8))).toBe('1d76300048' + '00ff00');
    const third = 2 * (8 + 72 * 255);
    expect(hex(bytes.subarray(third, third + 8))).toBe('1d76300048' + '005a00');
    expect(bytes[bytes.length - 1]).toBe(0x01);
  });
});
