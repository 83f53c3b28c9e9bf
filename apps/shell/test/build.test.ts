import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShell } from '../../../scripts/shell/build.mjs';
import { IPC } from '../src/channels.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = new URL('../../..', import.meta.url).pathname;
const dist = join(root, 'apps/shell/dist');
const electronBuilder = join(root, 'node_modules/.bin/electron-builder');

/** A real Electron distribution, where one exists: ELECTRON_DIST, or the one npm fetched into node_modules/electron/dist. */
function localElectronDist(): string | null {
  const candidates = [process.env.ELECTRON_DIST, join(root, 'node_modules/electron/dist')].filter((d): d is string => Boolean(d));
  const binary = process.platform === 'win32' ? 'electron.exe' : 'electron';
  return candidates.find((d) => existsSync(join(d, binary))) ?? null;
}

async function packDir(electronDist: string, out: string): Promise<string> {
  await run(
    electronBuilder,
    ['--dir', '--linux', '--config', 'electron-builder.yml', `-c.electronDist=${electronDist}`, `-c.directories.output=${out}`],
    { cwd: root, env: { ...process.env, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 },
  );
  return join(out, 'linux-unpacked');
}

describe('shell build (esbuild) and packaging (electron-builder)', () => {
  beforeAll(async () => {
    await buildShell();
  });

  it('bundles main (CJS, electron and native modules external) and the preload (CJS, only electron)', () => {
    const main = readFileSync(join(dist, 'main.cjs'), 'utf8');
    const preload = readFileSync(join(dist, 'preload.cjs'), 'utf8');
    const bare = (code: string): string[] =>
      [...new Set([...code.matchAll(/require\("([^"./][^"]*)"\)/g)].map((m) => m[1]!))].filter((p) => !/^node:/.test(p));
    expect(bare(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/zod/);
    const thirdParty = bare(main).filter((p) => !/^(electron|node-hid|serialport|@serialport\/.*)$/.test(p));
    // what remains are Node built-ins and ws's optional native speed-ups (it falls back without them)
    const builtins = new Set(builtinModules);
    expect(thirdParty.filter((p) => !builtins.has(p) && !['bufferutil', 'utf-8-validate'].includes(p))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };
    expect(pkg.main).toBe('main.cjs');
    expect(Object.keys(pkg.dependencies)).toEqual(['node-hid', 'serialport']);
    for (const page of ['pairing.html', 'pairing.js', 'offline.html', 'offline.js', 'shell.css']) expect(existsSync(join(dist, 'pages', page))).toBe(true);
  });

  it('the preload exposes window.motcua with the bridge methods over the IPC channels', () => {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => void invoked.push(args),
        on: (ch: string, l: (...a: unknown[]) => void) => void (listeners.get(ch) ?? listeners.set(ch, new Set()).get(ch)!).add(l),
        removeListener: (ch: string, l: (...a: unknown[]) => void) => void listeners.get(ch)?.delete(l),
      },
    };
    const code = readFileSync(join(dist, 'preload.cjs'), 'utf8');
    const module = { exports: {} };
    new Function('require', 'module', 'exports', code)((id: string) => {
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return electron;
    }, module, module.exports);
    const bridge = exposed.motcua as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['getConfig', 'onScan', 'pair', 'printerStatus']);
    void bridge.getConfig!();
    void bridge.pair!('http://192.0.2.10', 'KIOSK-1');
    void bridge.printerStatus!();
    expect(invoked).toEqual([[IPC.getConfig], [IPC.pair, 'http://192.0.2.10', 'KIOSK-1'], [IPC.printerStatus]]);
    const scans: unknown[] = [];
    const off = bridge.onScan!((s: unknown) => scans.push(s)) as () => void;
    for (const l of listeners.get(IPC.scan) ?? []) l({}, { code: 'A025' });
    off();
    for (const l of listeners.get(IPC.scan) ?? []) l({}, { code: 'B107' });
    expect(scans).toEqual([{ code: 'A025' }]);
  });

  it('the bundled main process starts with a stand-in electron module and opens the local pairing page', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'motcua-shell-main-'));
    const probe = join(userData, 'probe.cjs');
    writeFileSync(
      probe,
      `const Module = require('node:module');
const load = Module._load;
const app = { commandLine: { appendSwitch() {} }, requestSingleInstanceLock: () => true, on() {}, quit() {},
  whenReady: async () => {}, getPath: () => ${JSON.stringify(userData)}, getVersion: () => '0.1.0', exit: (c) => process.exit(c) };
class BrowserWindow {
  constructor(o) { this.webContents = { on() {}, once() {}, send() {}, getURL: () => '', setWindowOpenHandler() {} }; console.log('PRELOAD ' + o.webPreferences.preload); }
  setMenu() {} once() {} on() {} off() {} setKiosk() {} isDestroyed() { return false; }
  async loadURL(url) { console.log('LOADED ' + url); setTimeout(() => process.exit(0), 10); }
}
const electron = { app, BrowserWindow, ipcMain: { handle() {}, removeHandler() {} }, powerSaveBlocker: { start: () => 1, stop() {} },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } } };
Module._load = function (request, ...rest) { return request === 'electron' ? electron : load.call(this, request, ...rest); };
require(${JSON.stringify(join(dist, 'main.cjs'))});
`,
    );
    try {
      const { stdout } = await run(process.execPath, [probe], { env: { PATH: process.env.PATH, LOG_LEVEL: 'silent' }, timeout: 60_000 });
      expect(stdout).toContain(`PRELOAD ${join(dist, 'preload.cjs')}`);
      const loaded = /LOADED (\S+)/.exec(stdout)?.[1];
      expect(loaded).toBe(`file://${join(dist, 'pages/pairing.html')}`);
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });

  it('electron-builder.yml packs the app directory into resources/app.asar (stand-in Electron binary, offline)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'motcua-pack-'));
    try {
      const fake = join(work, 'electron-dist');
      mkdirSync(join(fake, 'resources'), { recursive: true });
      writeFileSync(join(fake, 'electron'), '#!/bin/sh\nexit 0\n');
      chmodSync(join(fake, 'electron'), 0o755);
      writeFileSync(join(fake, 'version'), '45.5.0');
      writeFileSync(join(fake, 'LICENSE'), '');
      writeFileSync(join(fake, 'LICENSES.chromium.html'), '');
      const unpacked = await packDir(fake, join(work, 'out'));
      expect(existsSync(join(unpacked, 'motcua-shell'))).toBe(true);
      expect(existsSync(join(unpacked, 'resources/app.asar'))).toBe(true);
      expect(existsSync(join(unpacked, 'resources/app.asar.unpacked/node_modules/node-hid/prebuilds'))).toBe(true);
      const asar = require(join(root, 'node_modules/@electron/asar')) as { listPackage(p: string): string[] };
      const files = asar.listPackage(join(unpacked, 'resources/app.asar'));
      expect(files).toEqual(expect.arrayContaining(['/main.cjs', '/preload.cjs', '/package.json', '/pages/pairing.html']));
      expect(files.filter((f) => f.endsWith('.map') || f.includes('/src/shell'))).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);

  it('builds the unpacked app with a real Electron distribution where one is present, else says it skips', async () => {
    const electronDist = localElectronDist();
    if (!electronDist) {
      console.log(
        'motcua: no Electron distribution here (set ELECTRON_DIST or let npm fetch node_modules/electron/dist): unpacked shell build (electron-builder --dir) skipped; the esbuild bundle was built and checked.',
      );
      expect(existsSync(join(dist, 'main.cjs'))).toBe(true);
      return;
    }
    const work = mkdtempSync(join(tmpdir(), 'motcua-pack-'));
    try {
      const unpacked = await packDir(electronDist, join(work, 'out'));
      expect(existsSync(join(unpacked, 'resources/app.asar'))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);
});
