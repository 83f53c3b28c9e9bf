import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { ShellRole } from './shellProtocol.js';

export interface WindowSettings {
  role: ShellRole;
  preloadPath: string;
  /** A desk is an ordinary maximised window a clerk can leave (kiosk: false); every other role is locked full screen. */
  kiosk?: boolean;
}

/** The BrowserWindow options of a role: hardened, full screen, no menu, no devtools, audio autoplay. */
export function windowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  const locked = settings.kiosk ?? settings.role !== 'desk';
  return {
    show: false,
    kiosk: locked,
    fullscreen: locked,
    autoHideMenuBar: true,
    frame: !locked,
    backgroundColor: '#ffffff',
    title: 'Một cửa',
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      // The waiting-room voice starts without a tap.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

type WindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the role's window, with no menu, shown once its first page is ready. */
export function createShellWindow(deps: { BrowserWindow: WindowCtor }, settings: WindowSettings): BrowserWindow {
  const win = new deps.BrowserWindow(windowOptions(settings));
  win.setMenu(null);
  win.once('ready-to-show', () => {
    if (settings.role === 'desk') win.maximize();
    win.show();
  });
  return win;
}
