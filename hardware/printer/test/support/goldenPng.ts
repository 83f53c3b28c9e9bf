import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');
export const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'output');

/** Writes a PNG to `test/output/` for people to look at (ignored by git). */
export function saveOutput(name: string, png: Buffer): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, name);
  writeFileSync(path, png);
  return path;
}

/**
 * Share of pixels that differ from the committed golden `test/golden/<name>` (1 when the
 * sizes differ). With UPDATE_GOLDEN=1 the golden is rewritten first: regenerate, LOOK at the
 * images, and commit them.
 */
export function goldenDiff(name: string, png: Buffer): number {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, png);
  }
  if (!existsSync(path)) throw new Error(`missing golden ${path}: run with UPDATE_GOLDEN=1, look at it, commit it`);
  const a = PNG.sync.read(readFileSync(path));
  const b = PNG.sync.read(png);
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) if ((a.data[i] ?? 0) < 128 !== (b.data[i] ?? 0) < 128) differ++;
  return differ / (a.width * a.height);
}
