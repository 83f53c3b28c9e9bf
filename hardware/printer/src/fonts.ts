import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canvasModule } from './canvas.js';

/** The family every document is drawn with: Noto Sans, bundled in `hardware/printer/fonts`. */
export const FONT_FAMILY = 'Motcua Noto Sans';
export const FONT_FILES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'] as const;

let registeredFrom: string | null = null;
let configuredDir: string | null = null;

/**
 * Where the fonts are, for a process that cannot find them next to this module (a bundle):
 * remembered without loading the canvas; the fonts are registered when first drawn with.
 */
export function setPrinterFontDir(dir: string): void {
  configuredDir = dir;
}

/** The bundled font folder, next to `src/` (a bundler must copy `fonts/` next to its output, or pass the folder). */
export function defaultFontDir(): string {
  return fileURLToPath(new URL('../fonts/', import.meta.url));
}

/**
 * Registers the bundled fonts under {@link FONT_FAMILY}, once per process. Never falls back
 * to system fonts: a ticket drawn with a font lacking Vietnamese marks must not be printed.
 */
export function registerPrinterFonts(dir: string = configuredDir ?? defaultFontDir()): void {
  if (registeredFrom !== null) return;
  const { GlobalFonts } = canvasModule();
  for (const file of FONT_FILES) {
    const path = join(dir, file);
    if (!existsSync(path) || GlobalFonts.registerFromPath(path, FONT_FAMILY) === null) {
      throw new Error(`motcua printer: cannot load font ${path}`);
    }
  }
  registeredFrom = dir;
}
