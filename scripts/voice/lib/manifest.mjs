// Builds a voice set's manifest.json from the files in its folder and checks completeness.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWavHeader } from './wav.mjs';

/** File types Chromium's Web Audio decodes; WAV is measured here, the others with `soxi`. */
export const AUDIO_EXTENSIONS = ['wav', 'ogg', 'opus', 'flac', 'mp3'];

function durationMs(path, ext) {
  if (ext === 'wav') return readWavHeader(readFileSync(path)).durationMs;
  try {
    return Number(execFileSync('soxi', ['-D', path], { encoding: 'utf8' }).trim()) * 1000;
  } catch {
    throw new Error(`cannot measure ${path}: convert it to WAV (see docs/voice.md) or install sox`);
  }
}

/**
 * @param {string} dir the set's folder, holding `<clip id>.<ext>` files
 * @param {readonly string[]} requiredClips
 * @returns {{ manifest: Record<string, { file: string, durationMs: number }>, missing: string[], unknown: string[] }}
 */
export function buildManifest(dir, requiredClips) {
  const manifest = {};
  const unknown = [];
  for (const file of readdirSync(dir).sort()) {
    const match = /^([a-z0-9-]+)\.([a-z0-9]+)$/.exec(file);
    if (!match || !AUDIO_EXTENSIONS.includes(match[2])) continue;
    const [, id, ext] = match;
    if (!requiredClips.includes(id)) {
      unknown.push(file);
      continue;
    }
    if (manifest[id]) throw new Error(`two files for clip ${id}: ${manifest[id].file} and ${file}`);
    manifest[id] = { file, durationMs: Math.round(durationMs(join(dir, file), ext) * 1000) / 1000 };
  }
  const ordered = Object.fromEntries(requiredClips.filter((id) => manifest[id]).map((id) => [id, manifest[id]]));
  return { manifest: ordered, missing: requiredClips.filter((id) => !manifest[id]), unknown };
}
