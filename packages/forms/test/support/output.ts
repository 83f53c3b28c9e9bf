import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `packages/forms/test/output/` (git-ignored): images and PDFs for people to look at. */
export const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'output');

export function saveOutput(name: string, bytes: Uint8Array): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, name);
  writeFileSync(path, bytes);
  return path;
}
