import { PNG } from 'pngjs';
import { CUT_MARK, INK, type Page } from './page.js';

/** The page as an 8-bit greyscale PNG: ink black, paper white, cut marks grey. */
export function encodePng(page: Page): Buffer {
  const { width, height } = page;
  const dots = page.snapshot();
  const png = new PNG({ width, height, colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 8 });
  const gray = Buffer.alloc(width * height);
  for (let i = 0; i < gray.length; i++) {
    const d = dots[i];
    gray[i] = d === INK ? 0 : d === CUT_MARK ? 160 : 255;
  }
  png.data = gray;
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
}
