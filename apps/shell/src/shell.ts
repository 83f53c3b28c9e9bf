import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Agent, AgentLog, AgentOptions } from '@motcua/agent';
import type { App, BrowserWindow, BrowserWindowConstructorOptions, IpcMain, PowerSaveBlocker, Session } from 'electron';
import { PRINTERS_FILE, shellPrinterStatus, startShellAgent } from './agent.js';
import { IPC } from './channels.js';
import { createConfigStore, type ConfigStore } from './config-store.js';
import { registerIpc } from './ipc.js';
import { acquireSingleInstance, keepOpen, preventDisplaySleep, watchRenderer, type RendererWatchDeps } from './lifecycle.js';
import { pageUrl } from './pages.js';
import { pairWithHub } from './pairing.js';
import { applySecurity, navigationPolicy } from './security.js';
import type { BridgePrinterStatus, ShellConfig, ShellInfo } from './shellProtocol.js';
import { createShellWindow } from './window.js';

/** The Electron APIs the shell uses, injected (main.ts passes the real ones; tests pass fakes). */
export interface ShellElectron {
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady' | 'getPath' | 'getVersion'>;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop'>;
  session: { defaultSession: Session };
}

export interface ShellOptions {
  /** Where main.cjs, preload.cjs and the local pages are (the bundle's directory). */
  distDir: string;
  log: AgentLog;
  /** Electron's userData by default. */
  configDir?: string;
  fetch?: typeof fetch;
  createAgent?: (options: AgentOptions) => Agent;
  timers?: RendererWatchDeps;
  /** Wait before retrying an unreachable hub at boot (doubles up to 60 s). */
  retryMs?: number;
}

export interface ShellHandle {
  window: BrowserWindow;
  store: ConfigStore;
  config(): ShellConfig | null;
  agent(): Agent | null;
  /** The page the window is meant to show (the hub page, or a local page). */
  target(): string;
  stop(): Promise<void>;
}

const realTimers: RendererWatchDeps = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * The whole shell: single instance, hardening, the role's window, crash/hang reloads, display
 * sleep for TVs, the pairing page on first run, the bridge's IPC and the device agent.
 * Returns null when another instance already runs.
 */
export async function startShell(electron: ShellElectron, options: ShellOptions): Promise<ShellHandle | null> {
  const { app } = electron;
  const { log } = options;
  const timers = options.timers ?? realTimers;
  let win: BrowserWindow | null = null;
  if (!acquireSingleInstance(app, () => win?.isDestroyed() === false && (win.restore(), win.focus()))) return null;
  await app.whenReady();

  const store = createConfigStore(options.configDir ?? app.getPath('userData'));
  const loaded = store.load();
  if (loaded.state === 'invalid') log.error({ path: store.path, problems: loaded.problems }, 'shell config invalid: pairing again');
  let config: ShellConfig | null = loaded.state === 'ok' ? loaded.config : null;

  const pairingPage = pathToFileURL(join(options.distDir, 'pages/pairing.html')).toString();
  const offlinePage = pathToFileURL(join(options.distDir, 'pages/offline.html')).toString();
  const policy = navigationPolicy(() => config?.hubUrl ?? null, [pairingPage, offlinePage]);
  applySecurity(electron, policy, (what, url) => log.warn({ what, url }, 'denied'));

  const window = createShellWindow(electron, { role: config?.role ?? 'kiosk', preloadPath: join(options.distDir, 'preload.cjs') });
  win = window;
  let target = pairingPage;
  let retryDelay = options.retryMs ?? 2_000;
  let retryTimer: unknown = null;

  const show = (url: string): void => {
    target = url;
    // A failed load is handled by 'did-fail-load' below; the promise's rejection says nothing more.
    void window.loadURL(url).catch(() => {});
  };
  const open = (): void => {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
    show(config ? pageUrl(config) : pairingPage);
  };
  // The hub unreachable at boot (or after a reload): show the local "Mất kết nối" page and keep retrying.
  window.webContents.on('did-fail-load', (_e, errorCode, _desc, url, isMainFrame) => {
    if (!isMainFrame || errorCode === -3 /* ABORTED: a newer navigation */ || !config || url.startsWith('file:')) return;
    log.warn({ url, errorCode, retryInMs: retryDelay }, 'hub page did not load; retrying');
    const offline = new URL(offlinePage);
    offline.searchParams.set('hub', config.hubUrl);
    offline.searchParams.set('retry', String(Math.round(retryDelay / 1000)));
    void window.loadURL(offline.toString()).catch(() => {});
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      if (!window.isDestroyed() && config) void window.loadURL(pageUrl(config)).catch(() => {});
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 60_000);
  });
  window.webContents.on('did-finish-load', () => {
    if (!window.webContents.getURL().startsWith('file:')) retryDelay = options.retryMs ?? 2_000;
  });

  keepOpen(app, window, () => config?.role !== 'desk');
  const watcher = watchRenderer(window, () => show(target), { ...timers, log: (e) => log.warn(e, 'renderer failed; reloading') });

  let blocker: number | null = null;
  let agent: Agent | null = null;
  const applyRole = (c: ShellConfig | null): void => {
    if (blocker !== null) electron.powerSaveBlocker.stop(blocker);
    blocker = c ? preventDisplaySleep(electron.powerSaveBlocker, c.role) : null;
    window.setKiosk(c?.role !== 'desk');
  };
  const restartAgent = async (c: ShellConfig | null): Promise<void> => {
    await agent?.stop();
    const printersFile = join(dirname(store.path), PRINTERS_FILE);
    agent = c ? startShellAgent(c, { log, printersFile, ...(options.createAgent ? { createAgent: options.createAgent } : {}) }) : null;
    agent?.onScan((scan) => {
      if (!window.isDestroyed()) window.webContents.send(IPC.scan, scan);
    });
  };

  const info = (): ShellInfo | null =>
    config && {
      hubUrl: config.hubUrl,
      role: config.role,
      counterId: config.counterId ?? null,
      printerProfileId: config.printerProfileId ?? null,
      paired: Boolean(config.deviceToken),
      version: app.getVersion(),
    };
  const printerStatus = (): BridgePrinterStatus => shellPrinterStatus(agent, config);
  const unregister = registerIpc(
    electron.ipcMain,
    {
      info,
      printerStatus,
      async pair(hubUrl, code) {
        const r = await pairWithHub(hubUrl, code, options.fetch ? { fetch: options.fetch } : {});
        if (!r.ok) return r;
        // Keep what the machine knew that pairing does not say (its scanners).
        config = store.save({ ...r.config, ...(config?.scanners ? { scanners: config.scanners } : {}) });
        log.info({ hubUrl: config.hubUrl, role: config.role, name: r.name }, 'paired');
        applyRole(config);
        await restartAgent(config);
        setTimeout(open, 0);
        return { ok: true, info: info()! };
      },
    },
    { page: (url) => policy.allowed(url), pairing: (url) => url.split('?')[0] === pairingPage },
  );

  applyRole(config);
  await restartAgent(config);
  app.on('window-all-closed', () => app.quit());
  open();

  return {
    window,
    store,
    config: () => config,
    agent: () => agent,
    target: () => target,
    async stop() {
      watcher.dispose();
      unregister();
      if (retryTimer !== null) timers.clearTimeout(retryTimer);
      if (blocker !== null) electron.powerSaveBlocker.stop(blocker);
      await agent?.stop();
    },
  };
}
