// Test doubles of the Electron APIs the shell modules take as parameters. They record what the
// shell did and let a test fire the events Electron would. Cast to Electron's types at the call site.
import type { App, BrowserWindow, BrowserWindowConstructorOptions, IpcMain, PowerSaveBlocker, Session } from 'electron';

type Listener = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

export class FakeEmitter {
  private listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener): this {
    const wrapped: Listener = (...a) => {
      this.off(event, wrapped);
      return fn(...a);
    };
    return this.on(event, wrapped);
  }
  off(event: string, fn: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== fn));
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of [...(this.listeners.get(event) ?? [])]) l(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron-like event whose preventDefault is recorded. */
export function fakeEvent(extra: Record<string, unknown> = {}): { prevented: boolean; preventDefault(): void } & Record<string, unknown> {
  const e = {
    ...extra,
    prevented: false,
    preventDefault() {
      e.prevented = true;
    },
  };
  return e;
}

export class FakeWebContents extends FakeEmitter {
  url = '';
  sent: Array<{ channel: string; payload: unknown }> = [];
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }): void {
    this.openHandler = h;
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
}

export class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  webContents = new FakeWebContents();
  loads: string[] = [];
  kiosk: boolean;
  destroyed = false;
  shown = false;
  menu: unknown = 'default';
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.kiosk = Boolean(options.kiosk);
    FakeWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loads.push(url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  setMenu(m: unknown): void {
    this.menu = m;
  }
  setKiosk(k: boolean): void {
    this.kiosk = k;
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {}
  restore(): void {}
  focus(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  asElectron(): BrowserWindow {
    return this as unknown as BrowserWindow;
  }
}

export class FakeApp extends FakeEmitter {
  quitCalled = false;
  constructor(
    private readonly lock = true,
    private readonly userData = '/nonexistent',
  ) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.lock;
  }
  quit(): void {
    this.quitCalled = true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  getPath(): string {
    return this.userData;
  }
  getVersion(): string {
    return '0.1.0';
  }
  asElectron(): App {
    return this as unknown as App;
  }
}

type PermissionRequestHandler = (wc: { getURL(): string }, permission: string, cb: (ok: boolean) => void, details: { requestingUrl?: string }) => void;
type PermissionCheckHandler = (wc: unknown, permission: string, origin: string) => boolean;

export class FakeSession {
  request: PermissionRequestHandler | null = null;
  check: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(h: PermissionRequestHandler): void {
    this.request = h;
  }
  setPermissionCheckHandler(h: PermissionCheckHandler): void {
    this.check = h;
  }
  /** Asks as a page at `url` would; resolves with the decision. */
  ask(permission: string, url: string): boolean {
    let granted: boolean | null = null;
    this.request!({ getURL: () => url }, permission, (ok) => (granted = ok), { requestingUrl: url });
    if (granted === null) throw new Error('permission handler did not answer');
    return granted;
  }
  asElectron(): Session {
    return this as unknown as Session;
  }
}

export class FakeIpcMain {
  handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  handle(channel: string, fn: (event: unknown, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, fn);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Invokes as the renderer would, from a page at `senderUrl`. */
  async invoke(channel: string, senderUrl: string, ...args: unknown[]): Promise<unknown> {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return h({ senderFrame: { url: senderUrl } }, ...args);
  }
  asElectron(): IpcMain {
    return this as unknown as IpcMain;
  }
}

export class FakePowerSaveBlocker {
  started: string[] = [];
  stopped: number[] = [];
  start(type: string): number {
    this.started.push(type);
    return this.started.length;
  }
  stop(id: number): boolean {
    this.stopped.push(id);
    return true;
  }
  asElectron(): PowerSaveBlocker {
    return this as unknown as PowerSaveBlocker;
  }
}

/** Timers driven by the test: `advance(ms)` runs what is due. */
export class ManualTimers {
  nowMs = 0;
  private queue: Array<{ at: number; fn: () => void; id: number }> = [];
  private nextId = 1;
  now = (): number => this.nowMs;
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.queue.push({ at: this.nowMs + ms, fn, id });
    return id;
  };
  clearTimeout = (id: unknown): void => {
    this.queue = this.queue.filter((t) => t.id !== id);
  };
  pending(): number[] {
    return this.queue.map((t) => t.at - this.nowMs);
  }
  advance(ms: number): void {
    const until = this.nowMs + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const next = this.queue[0];
      if (!next || next.at > until) break;
      this.queue.shift();
      this.nowMs = next.at;
      next.fn();
    }
    this.nowMs = until;
  }
}
