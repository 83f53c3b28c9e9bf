import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { applySecurity, hardenContents, hardenSession, navigationPolicy } from '../src/security.js';
import { FakeApp, FakeSession, FakeWebContents, fakeEvent } from './fakes.js';

const HUB = 'http://192.0.2.10:8080';
const PAIRING = 'file:///opt/motcua/resources/app.asar/pages/pairing.html';

describe('navigation policy', () => {
  const policy = navigationPolicy(() => HUB, [PAIRING]);
  it("allows the hub's own pages and the local pairing page only", () => {
    expect(policy.allowed(`${HUB}/kiosk/`)).toBe(true);
    expect(policy.allowed(`${HUB}/tv/?counter=q3`)).toBe(true);
    expect(policy.allowed(`${PAIRING}?again=1`)).toBe(true);
    expect(policy.allowed('http://192.0.2.10:8081/kiosk/')).toBe(false);
    expect(policy.allowed('https://192.0.2.10:8080/kiosk/')).toBe(false);
    expect(policy.allowed('https://example.com/')).toBe(false);
    expect(policy.allowed('file:///etc/passwd')).toBe(false);
    expect(policy.allowed('javascript:alert(1)')).toBe(false);
    expect(policy.allowed('not a url')).toBe(false);
  });
  it('allows no hub page before pairing', () => {
    expect(navigationPolicy(() => null, [PAIRING]).allowed(`${HUB}/kiosk/`)).toBe(false);
  });
});

describe('web contents hardening', () => {
  const setup = () => {
    const contents = new FakeWebContents();
    const denied: string[] = [];
    hardenContents(contents as unknown as WebContents, navigationPolicy(() => HUB, [PAIRING]), (what, url) => denied.push(`${what} ${url}`));
    return { contents, denied };
  };

  it('denies navigation away from the hub, allows it within', () => {
    const { contents, denied } = setup();
    const away = fakeEvent();
    contents.emit('will-navigate', away, 'https://example.com/phish');
    expect(away.prevented).toBe(true);
    const within = fakeEvent();
    contents.emit('will-navigate', within, `${HUB}/kiosk/lookup`);
    expect(within.prevented).toBe(false);
    expect(denied).toEqual(['navigation https://example.com/phish']);
  });

  it('denies redirects and frame navigations out of the hub', () => {
    const { contents } = setup();
    const redirect = fakeEvent();
    contents.emit('will-redirect', redirect, 'http://evil.example/');
    expect(redirect.prevented).toBe(true);
    const frame = fakeEvent({ url: 'http://evil.example/frame' });
    contents.emit('will-frame-navigate', frame);
    expect(frame.prevented).toBe(true);
  });

  it('denies window.open, even to the hub, and webviews', () => {
    const { contents, denied } = setup();
    expect(contents.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: `${HUB}/kiosk/` })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
    expect(denied).toContain('window.open https://example.com/');
  });

  it('applySecurity hardens every web contents the app creates', () => {
    const app = new FakeApp();
    const session = new FakeSession();
    applySecurity({ app: app.asElectron(), session: { defaultSession: session.asElectron() } }, navigationPolicy(() => HUB, []));
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.count('will-navigate')).toBe(1);
    expect(contents.openHandler).not.toBeNull();
    expect(session.request).not.toBeNull();
  });
});

describe('permission requests', () => {
  const session = new FakeSession();
  hardenSession(session as unknown as Session, navigationPolicy(() => HUB, [PAIRING]));
  it('grants full screen to hub pages only', () => {
    expect(session.ask('fullscreen', `${HUB}/tv/`)).toBe(true);
    expect(session.ask('fullscreen', 'https://example.com/')).toBe(false);
  });
  it.each(['media', 'geolocation', 'notifications', 'hid', 'usb', 'serial', 'openExternal', 'clipboard-read', 'display-capture'])(
    'denies %s, also to the hub',
    (permission) => {
      expect(session.ask(permission, `${HUB}/kiosk/`)).toBe(false);
      expect(session.check!(null, permission, HUB)).toBe(false);
    },
  );
  it('permission checks follow the same rule', () => {
    expect(session.check!(null, 'fullscreen', HUB)).toBe(true);
    expect(session.check!(null, 'fullscreen', 'http://evil.example')).toBe(false);
  });
});
