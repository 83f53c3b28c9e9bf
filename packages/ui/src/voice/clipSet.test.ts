/// <reference types="node" />
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REQUIRED_CLIPS, announcementPhrases, checkVoiceManifest, phrasesDurationMs, sentencePhrases } from '@motcua/core';
import type { ClipId, VoiceManifest } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { AnnouncementQueue } from './AnnouncementQueue.js';
import { createFakeAudioBackend } from './createFakeAudioBackend.js';
import { readWavHeader } from './readWavHeader.js';

const SETS = fileURLToPath(new URL('../../../../apps/display/public/voice/', import.meta.url));
const DEFAULT_SET = `${SETS}default/`;

function loadManifest(dir: string): VoiceManifest {
  const check = checkVoiceManifest(JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')));
  if (!check.ok) throw new Error(`incomplete voice set ${dir}: ${JSON.stringify(check)}`);
  return check.manifest;
}

const realDurationMs = (dir: string, manifest: VoiceManifest, id: ClipId): number =>
  readWavHeader(readFileSync(`${dir}${manifest[id].file}`)).durationMs;

describe('committed voice sets', () => {
  it('[V13] the default set holds every required clip, each a 16 kHz mono 16-bit PCM WAV', () => {
    const manifest = loadManifest(DEFAULT_SET);
    expect(Object.keys(manifest).sort()).toEqual([...REQUIRED_CLIPS].sort());
    for (const id of REQUIRED_CLIPS) {
      const header = readWavHeader(readFileSync(`${DEFAULT_SET}${manifest[id].file}`));
      expect({ id, format: header.audioFormat, rate: header.sampleRate, channels: header.channels, bits: header.bitsPerSample }).toEqual({
        id,
        format: 1,
        rate: 16_000,
        channels: 1,
        bits: 16,
      });
      expect(header.durationMs).toBeGreaterThan(100);
      expect(header.durationMs).toBeLessThan(4000);
    }
  });

  it('[V13] every set in apps/display/public/voice is complete and its manifest matches the real durations', () => {
    const sets = readdirSync(SETS).filter((name) => statSync(`${SETS}${name}`).isDirectory());
    expect(sets).toContain('default');
    for (const name of sets) {
      const dir = `${SETS}${name}/`;
      const manifest = loadManifest(dir);
      for (const id of REQUIRED_CLIPS) {
        if (!manifest[id].file.endsWith('.wav')) continue;
        expect(Math.abs(realDurationMs(dir, manifest, id) - manifest[id].durationMs), `${name}/${id}`).toBeLessThan(1);
      }
    }
  });

  it('[V13] the default set stays small (< 2 MB)', () => {
    const bytes = readdirSync(DEFAULT_SET).reduce((sum, f) => sum + statSync(`${DEFAULT_SET}${f}`).size, 0);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('[V22] an announcement lasts the sum of its real clips plus the pause between sayings', async () => {
    const manifest = loadManifest(DEFAULT_SET);
    const backend = createFakeAudioBackend({ durationMs: (id) => realDurationMs(DEFAULT_SET, manifest, id) });
    const queue = new AnnouncementQueue({ backend, sleep: (ms) => backend.sleep(ms), repeatGapMs: 700 });
    const call = { label: 'A025', counterNumber: 3 };
    queue.enqueue(call);
    queue.enqueue({ ...call, label: 'B1005', repeat: 1 });
    await queue.idle();
    const [twice, once] = queue.scheduledLog();
    const first = announcementPhrases(call);
    const again = sentencePhrases(call);
    expect(twice?.clips.map((c) => c.id)).toEqual([...first, ...again]);
    const expectedMs = phrasesDurationMs(first, manifest) + 700 + phrasesDurationMs(again, manifest);
    expect(Math.abs((twice?.endMs ?? 0) - (twice?.startMs ?? 0) - expectedMs)).toBeLessThan(1);
    const onceExpected = phrasesDurationMs(announcementPhrases({ label: 'B1005', counterNumber: 3 }), manifest);
    expect(Math.abs((once?.endMs ?? 0) - (once?.startMs ?? 0) - onceExpected)).toBeLessThan(1);
    // every clip starts where the previous one ended (within one saying)
    const clips = twice?.clips ?? [];
    for (let i = 1; i < clips.length; i++) {
      if (i === first.length) continue;
      const prev = clips[i - 1];
      expect(clips[i]?.atMs).toBeCloseTo((prev?.atMs ?? 0) + realDurationMs(DEFAULT_SET, manifest, prev?.id ?? 'chime'), 6);
    }
  });
});

describe('readWavHeader', () => {
  it('reads the duration from the data chunk, skipping other chunks', () => {
    const data = 32_000; // one second at 16 kHz mono 16-bit
    const bytes = new Uint8Array(12 + 8 + 16 + 8 + 4 + 8 + data);
    const view = new DataView(bytes.buffer);
    const put = (at: number, text: string) => [...text].forEach((c, i) => (bytes[at + i] = c.charCodeAt(0)));
    put(0, 'RIFF');
    view.setUint32(4, bytes.length - 8, true);
    put(8, 'WAVE');
    put(12, 'fmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true);
    view.setUint16(22, 1, true);
    view.setUint32(24, 16_000, true);
    view.setUint32(28, 32_000, true);
    view.setUint16(32, 2, true);
    view.setUint16(34, 16, true);
    put(36, 'LIST');
    view.setUint32(40, 4, true);
    put(48, 'data');
    view.setUint32(52, data, true);
    expect(readWavHeader(bytes)).toEqual({ audioFormat: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 16, dataBytes: data, durationMs: 1000 });
    expect(() => readWavHeader(bytes.subarray(0, 100))).toThrow(/longer than the file/);
    expect(() => readWavHeader(new Uint8Array(44))).toThrow(/not a RIFF/);
  });
});
