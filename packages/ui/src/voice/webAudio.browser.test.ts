/// <reference types="node" />
// The Web Audio backend and the queue in real headless Chromium: the committed clips decode,
// the queue runs on the real audio clock, and what is rendered is the clips back to back.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { announcementPhrases, checkVoiceManifest } from '@motcua/core';
import type { VoiceManifest } from '@motcua/core';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduledAnnouncement } from './AnnouncementQueue.js';
import type * as Voice from './index.js';
import { readWavHeader } from './readWavHeader.js';

const CHROMIUM = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => !!path && existsSync(path),
);
const VOICE_DIR = fileURLToPath(new URL('../../../../apps/display/public/voice/', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The page's bundle puts the voice module on `window.voice` (functions given to
 * `page.evaluate` run in the page, so they read it inline). */
type VoiceWindow = { voice: typeof Voice };

/** The PCM samples of a 16-bit mono WAV as floats in -1..1. */
function samples(file: string): Float32Array {
  const bytes = readFileSync(file);
  const { dataBytes } = readWavHeader(bytes);
  const pcm = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - dataBytes, dataBytes);
  return Float32Array.from({ length: dataBytes / 2 }, (_, i) => pcm.getInt16(i * 2, true) / 32768);
}

describe.skipIf(!CHROMIUM)('Web Audio in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let manifest: VoiceManifest;

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: "import * as voice from './index.ts'; window.voice = voice;", resolveDir: HERE, loader: 'ts' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]?.text ?? '';
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end('<!doctype html><script type="module" src="/voice.js"></script>');
      } else if (path === '/voice.js') {
        res.setHeader('content-type', 'text/javascript');
        res.end(script);
      } else if (path.startsWith('/voice/') && !normalize(path).includes('..')) {
        const file = join(VOICE_DIR, path.slice('/voice/'.length));
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('content-type', extname(file) === '.json' ? 'application/json' : 'audio/wav');
        res.end(readFileSync(file));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required'],
    });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => 'voice' in window);
    const check = checkVoiceManifest(JSON.parse(readFileSync(`${VOICE_DIR}default/manifest.json`, 'utf8')));
    if (!check.ok) throw new Error('default voice set incomplete');
    manifest = check.manifest;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('[V20][V22] renders the clips back to back, sample for sample, at the set volume; mute renders silence', async () => {
    const render = (muted: boolean) =>
      page.evaluate(async (muted) => {
        const { createWebAudioBackend, loadVoiceManifest } = (window as unknown as VoiceWindow).voice;
        const ctx = new OfflineAudioContext(1, 16_000 * 2, 16_000);
        const backend = createWebAudioBackend('/voice/default/', await loadVoiceManifest('/voice/default/'), ctx, {
          volume: 0.5,
          muted,
        });
        const ba = await backend.loadClip('ba');
        await backend.loadClip('hai');
        backend.play('ba', 100);
        backend.play('hai', 100 + ba.durationMs);
        return Array.from((await ctx.startRendering()).getChannelData(0));
      }, muted);
    const rendered = await render(false);
    const expected = new Float32Array(rendered.length);
    const ba = samples(`${VOICE_DIR}default/${manifest.ba.file}`);
    const hai = samples(`${VOICE_DIR}default/${manifest.hai.file}`);
    ba.forEach((v, i) => (expected[1600 + i] = v * 0.5));
    hai.forEach((v, i) => (expected[1600 + ba.length + i] = v * 0.5));
    let worst = 0;
    rendered.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - (expected[i] ?? 0)))));
    expect(worst).toBeLessThan(1e-3);
    expect(Math.max(...rendered.map(Math.abs))).toBeGreaterThan(0.2);
    expect((await render(true)).every((v) => v === 0)).toBe(true);
  });

  it('[V14][V20] the queue says a call on the real audio clock with the decoded clips', async () => {
    const result = await page.evaluate(async () => {
      const { AnnouncementQueue, createWebAudioBackend, loadVoiceManifest } = (window as unknown as VoiceWindow).voice;
      const ctx = new AudioContext();
      const backend = createWebAudioBackend('/voice/default/', await loadVoiceManifest('/voice/default/'), ctx);
      const queue = new AnnouncementQueue({ backend, repeat: 1 });
      queue.enqueue({ label: 'A025', counterNumber: 3 });
      await queue.idle();
      const log: readonly ScheduledAnnouncement[] = queue.scheduledLog();
      const now = backend.now();
      await ctx.close();
      return { log, now };
    });
    const [said] = result.log;
    expect(said?.clips.map((c) => c.id)).toEqual(announcementPhrases({ label: 'A025', counterNumber: 3 }));
    for (const clip of said?.clips ?? []) expect(Math.abs(clip.durationMs - manifest[clip.id].durationMs)).toBeLessThan(1);
    expect(result.now).toBeGreaterThanOrEqual(said?.endMs ?? Infinity);
  });
});
