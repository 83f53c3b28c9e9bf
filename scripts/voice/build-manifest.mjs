#!/usr/bin/env node
// Builds manifest.json for a voice set recorded by a person, and checks it is complete.
//
//   node scripts/voice/build-manifest.mjs apps/display/public/voice/<set-name>
//   node scripts/voice/build-manifest.mjs --list        # what to record: id <TAB> text
//
// The folder holds one file per clip id, named `<id>.wav` (or .ogg/.opus/.flac/.mp3 when
// sox can measure them). Exit code 1, with the list of missing ids, when the set is incomplete;
// manifest.json is then not written, so a half-recorded set is never served.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSpeech } from './lib/loadSpeech.mjs';
import { buildManifest } from './lib/manifest.mjs';

const { values, positionals } = parseArgs({ options: { list: { type: 'boolean' } }, allowPositionals: true });
const speech = await loadSpeech();

if (values.list) {
  for (const id of speech.REQUIRED_CLIPS) process.stdout.write(`${id}\t${speech.CLIP_TEXTS[id]}\n`);
  process.exit(0);
}
const dir = positionals[0];
if (!dir) {
  process.stderr.write('usage: build-manifest.mjs <set folder> | --list\n');
  process.exit(2);
}

const { manifest, missing, unknown } = buildManifest(dir, speech.REQUIRED_CLIPS);
for (const file of unknown) process.stderr.write(`ignored (not a clip id): ${file}\n`);
if (missing.length > 0) {
  process.stderr.write(`incomplete set, ${missing.length} clip(s) missing:\n`);
  for (const id of missing) process.stderr.write(`  ${id}.wav\t"${speech.CLIP_TEXTS[id]}"\n`);
  process.exit(1);
}
const check = speech.checkVoiceManifest(manifest);
if (!check.ok) {
  process.stderr.write(`invalid manifest: ${JSON.stringify(check)}\n`);
  process.exit(1);
}
writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(`${Object.keys(manifest).length} clips, manifest written to ${join(dir, 'manifest.json')}\n`);
