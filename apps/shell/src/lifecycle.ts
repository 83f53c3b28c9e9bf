import type { App, BrowserWindow, PowerSaveBlocker } from 'electron';
import type { ShellRole } from './shellProtocol.js';

/**
 * Single instance: returns false (and quits) when another shell already runs; otherwise a second
 * launch (double click on the icon, autostart twice) brings the first window to the front.
 */
export function acquireSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>, focus: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focus());
  return true;
}

export interface ReloadPolicy {
  /** First wait before a reload, doubled on each crash within `resetAfterMs`, capped at `maxMs`. */
  initialMs: number;
  maxMs: number;
  /** A renderer that stayed healthy this long starts again from `initialMs`. */
  resetAfterMs: number;
}

export const DEFAULT_RELOAD_POLICY: ReloadPolicy = { initialMs: 1_000, maxMs: 60_000, resetAfterMs: 5 * 60_000 };

export interface RendererWatchDeps {
  /** Injected clock and timers (tests drive them by hand). */
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  log?: (event: { reason: string; delayMs: number; attempt: number }) => void;
}

/**
 * Reloads the page after a renderer crash (`render-process-gone`) or hang (`unresponsive`),
 * with exponential backoff so a page that crashes at once does not spin. A renderer that
 * becomes responsive again before the reload is left alone.
 */
export function watchRenderer(win: BrowserWindow, reload: () => void, deps: RendererWatchDeps, policy: ReloadPolicy = DEFAULT_RELOAD_POLICY): { dispose(): void } {
  let delay = policy.initialMs;
  let attempt = 0;
  let lastFailureAt = -Infinity;
  let pending: unknown = null;

  const schedule = (reason: string): void => {
    if (pending !== null || win.isDestroyed()) return;
    const now = deps.now();
    if (now - lastFailureAt > policy.resetAfterMs) {
      delay = policy.initialMs;
      attempt = 0;
    }
    lastFailureAt = now;
    attempt++;
    const wait = delay;
    delay = Math.min(delay * 2, policy.maxMs);
    deps.log?.({ reason, delayMs: wait, attempt });
    pending = deps.setTimeout(() => {
      pending = null;
      if (!win.isDestroyed()) reload();
    }, wait);
  };

  const onGone = (_e: unknown, details: { reason: string }): void => {
    if (details.reason === 'clean-exit') return;
    schedule(`render-process-gone: ${details.reason}`);
  };
  const onUnresponsive = (): void => schedule('unresponsive');
  const onResponsive = (): void => {
    if (pending === null) return;
    deps.clearTimeout(pending);
    pending = null;
  };
  win.webContents.on('render-process-gone', onGone);
  win.on('unresponsive', onUnresponsive);
  win.on('responsive', onResponsive);
  return {
    dispose() {
      if (pending !== null) deps.clearTimeout(pending);
      pending = null;
      win.webContents.off('render-process-gone', onGone);
      win.off('unresponsive', onUnresponsive);
      win.off('responsive', onResponsive);
    },
  };
}

/** TVs and counter displays must never blank: blocks display sleep for those roles only. Returns the blocker id or null. */
export function preventDisplaySleep(powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>, role: ShellRole): number | null {
  if (role !== 'display' && role !== 'counter-display') return null;
  return powerSaveBlocker.start('prevent-display-sleep');
}

/**
 * A locked screen (kiosk, TV, counter display) cannot be closed from the keyboard (Alt+F4,
 * Ctrl+W on Windows): only a real quit (service stop, shutdown, `app.quit()`) ends it.
 */
export function keepOpen(app: Pick<App, 'on'>, win: BrowserWindow, locked: () => boolean): void {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  win.on('close', (event) => {
    if (!quitting && locked()) event.preventDefault();
  });
}
