import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { ROLE_PAGES, pageUrl } from '../src/pages.js';
import { createShellWindow, windowOptions } from '../src/window.js';
import { FakeWindow } from './fakes.js';

describe('window options per role', () => {
  it.each(['kiosk', 'display', 'counter-display'] as const)('%s: locked kiosk window, hardened, autoplay allowed', (role) => {
    const o = windowOptions({ role, preloadPath: '/app/preload.cjs' });
    expect(o).toMatchObject({ kiosk: true, fullscreen: true, frame: false, autoHideMenuBar: true });
    expect(o.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      devTools: false,
      autoplayPolicy: 'no-user-gesture-required',
    });
  });

  it('desk: an ordinary framed window, still sandboxed and without devtools', () => {
    const o = windowOptions({ role: 'desk', preloadPath: '/p.cjs' });
    expect(o).toMatchObject({ kiosk: false, fullscreen: false, frame: true });
    expect(o.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false });
  });

  it('creates the window without a menu and shows it when ready', () => {
    const Ctor = FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow;
    const win = createShellWindow({ BrowserWindow: Ctor }, { role: 'display', preloadPath: '/p.cjs' }) as unknown as FakeWindow;
    expect(win.menu).toBeNull();
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
    expect(win.options.kiosk).toBe(true);
  });
});

describe('role → page', () => {
  const hubUrl = 'http://192.0.2.10:8080';
  it('maps each role to its hub page, with the token and the counter', () => {
    expect(ROLE_PAGES).toEqual({ kiosk: '/kiosk/', display: '/tv/', desk: '/desk/', 'counter-display': '/tv/' });
    expect(pageUrl({ hubUrl, role: 'kiosk', deviceToken: 'dev_abcdefghij' })).toBe(`${hubUrl}/kiosk/?token=dev_abcdefghij`);
    expect(pageUrl({ hubUrl, role: 'display', deviceToken: 'dev_abcdefghij' })).toBe(`${hubUrl}/tv/?token=dev_abcdefghij`);
    expect(pageUrl({ hubUrl, role: 'desk' })).toBe(`${hubUrl}/desk/`);
    expect(pageUrl({ hubUrl, role: 'counter-display', counterId: 'q3', deviceToken: 'dev_abcdefghij' })).toBe(
      `${hubUrl}/tv/?counter=q3&token=dev_abcdefghij`,
    );
  });
});
