import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Agent, AgentOptions, AgentStatus, ScanRead } from '@motcua/agent';
import { silentLog } from '@motcua/agent';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC } from '../src/channels.js';
import { createConfigStore } from '../src/config-store.js';
import { startShell, type ShellElectron, type ShellHandle } from '../src/shell.js';
import type { PairOutcome, ShellInfo } from '../src/shellProtocol.js';
import { FakeApp, FakeIpcMain, FakePowerSaveBlocker, FakeSession, FakeWindow, ManualTimers } from './fakes.js';

const HUB = 'http://192.0.2.10:8080';
const DIST = '/opt/motcua/resources/app.asar';
const PAIRING = `file://${DIST}/pages/pairing.html`;

class FakeAgent implements Agent {
  started = false;
  stopped = false;
  private scanListeners = new Set<(s: ScanRead) => void>();
  constructor(readonly options: AgentOptions) {}
  start(): void {
    this.started = true;
  }
  async stop(): Promise<void> {
    this.stopped = true;
  }
  status(): AgentStatus {
    return { connection: 'connected', lastError: null, connects: 1, scanners: [] };
  }
  onScan(l: (s: ScanRead) => void): () => void {
    this.scanListeners.add(l);
    return () => this.scanListeners.delete(l);
  }
  onStatus(): () => void {
    return () => {};
  }
  onPrintJob(): () => void {
    return () => {};
  }
  scan(code: string): void {
    for (const l of this.scanListeners) l({ code, symbology: 'QR', source: 'hid:test' });
  }
}

const dirs: string[] = [];
const handles: ShellHandle[] = [];
afterEach(async () => {
  for (const h of handles.splice(0)) await h.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(options: { lock?: boolean; fetch?: typeof fetch; config?: Parameters<ReturnType<typeof createConfigStore>['save']>[0] } = {}) {
  const configDir = mkdtempSync(join(tmpdir(), 'motcua-shell-'));
  dirs.push(configDir);
  if (options.config) createConfigStore(configDir).save(options.config);
  const app = new FakeApp(options.lock ?? true, configDir);
  const ipc = new FakeIpcMain();
  const psb = new FakePowerSaveBlocker();
  const session = new FakeSession();
  const timers = new ManualTimers();
  const agents: FakeAgent[] = [];
  const electron: ShellElectron = {
    app: app.asElectron(),
    BrowserWindow: FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
    ipcMain: ipc.asElectron(),
    powerSaveBlocker: psb.asElectron(),
    session: { defaultSession: session.asElectron() },
  };
  const start = async (): Promise<{ shell: ShellHandle | null; win: FakeWindow | null }> => {
    const shell = await startShell(electron, {
      distDir: DIST,
      log: silentLog,
      timers,
      retryMs: 2_000,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      createAgent: (o) => {
        const a = new FakeAgent(o);
        agents.push(a);
        return a;
      },
    });
    if (shell) handles.push(shell);
    return { shell, win: shell ? (shell.window as unknown as FakeWindow) : null };
  };
  return { app, ipc, psb, session, timers, agents, start, configDir };
}

const pairAnswer = (body: unknown, status = 200): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;

describe('the shell, wired with faked Electron APIs', () => {
  it('first run: shows the pairing page; pairing keeps the config, opens the role page and starts the agent', async () => {
    const s = setup({ fetch: pairAnswer({ deviceToken: 'dev_kiosk_0123456789', role: 'kiosk', name: 'Kiosk sảnh' }) });
    const { shell, win } = await s.start();
    expect(win!.loads).toEqual([PAIRING]);
    expect(shell!.agent()).toBeNull();
    expect(await s.ipc.invoke(IPC.getConfig, PAIRING)).toBeNull();
    expect(win!.options.webPreferences?.preload).toBe(`${DIST}/preload.cjs`);

    const outcome = (await s.ipc.invoke(IPC.pair, PAIRING, '192.0.2.10:8080', 'KIOSK-1')) as PairOutcome;
    expect(outcome).toEqual({
      ok: true,
      info: { hubUrl: HUB, role: 'kiosk', counterId: null, printerProfileId: null, paired: true, version: '0.1.0' } satisfies ShellInfo,
    });
    expect(createConfigStore(s.configDir).load()).toEqual({
      state: 'ok',
      config: { hubUrl: HUB, role: 'kiosk', deviceToken: 'dev_kiosk_0123456789' },
    });
    await expect.poll(() => win!.loads.at(-1), { timeout: 20_000 }).toBe(`${HUB}/kiosk/?token=dev_kiosk_0123456789`);
    expect(s.agents).toHaveLength(1);
    expect(s.agents[0]!.options).toMatchObject({ hubUrl: HUB, deviceToken: 'dev_kiosk_0123456789' });
    expect(s.agents[0]!.started).toBe(true);

    s.agents[0]!.scan('H15.50.05.13-261008-0975');
    expect(win!.webContents.sent).toEqual([
      { channel: IPC.scan, payload: { code: 'H15.50.05.13-261008-0975', symbology: 'QR', source: 'hid:test' } },
    ]);
  });

  it('a failed pairing leaves the machine unpaired and on the pairing page', async () => {
    const s = setup({ fetch: pairAnswer({ error: { code: 'UNAUTHENTICATED', message: 'Mã ghép nối không đúng.' } }, 401) });
    const { win } = await s.start();
    const outcome = (await s.ipc.invoke(IPC.pair, PAIRING, HUB, 'WRONG')) as PairOutcome;
    expect(outcome).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Mã ghép nối không đúng.' } });
    expect(createConfigStore(s.configDir).load()).toEqual({ state: 'missing' });
    expect(win!.loads).toEqual([PAIRING]);
    expect(s.agents).toHaveLength(0);
  });

  it('a paired TV opens /tv/ full screen, blocks display sleep and runs the agent', async () => {
    const s = setup({ config: { hubUrl: HUB, role: 'display', deviceToken: 'dev_tv_0123456789' } });
    const { win } = await s.start();
    expect(win!.loads).toEqual([`${HUB}/tv/?token=dev_tv_0123456789`]);
    expect(win!.kiosk).toBe(true);
    expect(s.psb.started).toEqual(['prevent-display-sleep']);
    expect(s.agents[0]?.started).toBe(true);
    expect(await s.ipc.invoke(IPC.getConfig, `${HUB}/tv/`)).toMatchObject({ role: 'display', paired: true });
  });

  it('a desk is a normal window, keeps the display free to sleep, and without a token runs no agent', async () => {
    const s = setup({ config: { hubUrl: HUB, role: 'desk' } });
    const { win, shell } = await s.start();
    expect(win!.loads).toEqual([`${HUB}/desk/`]);
    expect(win!.kiosk).toBe(false);
    expect(s.psb.started).toEqual([]);
    expect(shell!.agent()).toBeNull();
  });

  it('a second launch quits and creates no window', async () => {
    const s = setup({ lock: false });
    const before = FakeWindow.created.length;
    const { shell } = await s.start();
    expect(shell).toBeNull();
    expect(s.app.quitCalled).toBe(true);
    expect(FakeWindow.created.length).toBe(before);
  });

  it('hub unreachable at boot: shows the local offline page and retries with backoff until the page loads', async () => {
    const s = setup({ config: { hubUrl: HUB, role: 'kiosk', deviceToken: 'dev_kiosk_0123456789' } });
    const { win } = await s.start();
    const page = `${HUB}/kiosk/?token=dev_kiosk_0123456789`;
    win!.webContents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', page, true);
    expect(win!.loads.at(-1)).toMatch(/^file:\/\/.*\/pages\/offline\.html\?hub=http%3A%2F%2F192\.0\.2\.10%3A8080&retry=2$/);
    s.timers.advance(2_000);
    expect(win!.loads.at(-1)).toBe(page);
    win!.webContents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', page, true);
    expect(s.timers.pending()).toEqual([4_000]);
    s.timers.advance(4_000);
    expect(win!.loads.at(-1)).toBe(page);
    // sub-frame failures and aborted loads are not the hub being down
    const loads = win!.loads.length;
    win!.webContents.emit('did-fail-load', {}, -102, 'x', `${HUB}/frame`, false);
    win!.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', page, true);
    expect(win!.loads.length).toBe(loads);
  });

  it('a renderer crash reloads the page the window is meant to show', async () => {
    const s = setup({ config: { hubUrl: HUB, role: 'counter-display', counterId: 'q3', deviceToken: 'dev_q3_0123456789' } });
    const { win } = await s.start();
    const page = `${HUB}/tv/?counter=q3&token=dev_q3_0123456789`;
    expect(win!.loads).toEqual([page]);
    win!.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    s.timers.advance(1_000);
    expect(win!.loads).toEqual([page, page]);
  });

  it('hardens navigation and permissions from the start', async () => {
    const s = setup({ config: { hubUrl: HUB, role: 'kiosk', deviceToken: 'dev_kiosk_0123456789' } });
    await s.start();
    expect(s.session.ask('geolocation', `${HUB}/kiosk/`)).toBe(false);
    expect(s.session.ask('fullscreen', `${HUB}/kiosk/`)).toBe(true);
    expect(s.app.count('web-contents-created')).toBe(1);
  });
});
