import { describe, expect, it } from 'vitest';
import { acquireSingleInstance, keepOpen, preventDisplaySleep, watchRenderer } from '../src/lifecycle.js';
import { SHELL_ROLES } from '../src/shellProtocol.js';
import { FakeApp, FakePowerSaveBlocker, FakeWindow, ManualTimers, fakeEvent } from './fakes.js';

describe('single instance', () => {
  it('a second shell quits at once', () => {
    const app = new FakeApp(false);
    expect(acquireSingleInstance(app.asElectron(), () => {})).toBe(false);
    expect(app.quitCalled).toBe(true);
  });
  it('the first shell keeps the lock and comes to the front when launched again', () => {
    const app = new FakeApp(true);
    let focused = 0;
    expect(acquireSingleInstance(app.asElectron(), () => focused++)).toBe(true);
    expect(app.quitCalled).toBe(false);
    app.emit('second-instance', {}, ['motcua-shell'], '/');
    expect(focused).toBe(1);
  });
});

describe('renderer crash and hang', () => {
  const setup = () => {
    const win = new FakeWindow({});
    const timers = new ManualTimers();
    let reloads = 0;
    const watch = watchRenderer(win.asElectron(), () => reloads++, timers, { initialMs: 1_000, maxMs: 8_000, resetAfterMs: 60_000 });
    return { win, timers, reloads: () => reloads, watch };
  };

  it('crash → reload after the backoff', () => {
    const { win, timers, reloads } = setup();
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(reloads()).toBe(0);
    timers.advance(999);
    expect(reloads()).toBe(0);
    timers.advance(1);
    expect(reloads()).toBe(1);
  });

  it('a clean exit (the app quitting) does not reload', () => {
    const { win, timers, reloads } = setup();
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    timers.advance(60_000);
    expect(reloads()).toBe(0);
  });

  it('unresponsive → reload; responsive again before it → no reload', () => {
    const { win, timers, reloads } = setup();
    win.emit('unresponsive');
    timers.advance(1_000);
    expect(reloads()).toBe(1);
    timers.advance(10_000);
    win.emit('unresponsive');
    win.emit('responsive');
    timers.advance(60_000);
    expect(reloads()).toBe(1);
  });

  it('repeated crashes back off exponentially up to the cap, and a healthy spell resets it', () => {
    const { win, timers, reloads } = setup();
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
      delays.push(timers.pending()[0]!);
      timers.advance(delays.at(-1)!);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(reloads()).toBe(5);
    timers.advance(120_000);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(timers.pending()).toEqual([1_000]);
  });

  it('one reload for a crash and a hang together; none after dispose or on a destroyed window', () => {
    const { win, timers, reloads, watch } = setup();
    win.emit('unresponsive');
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(timers.pending()).toHaveLength(1);
    timers.advance(1_000);
    expect(reloads()).toBe(1);
    watch.dispose();
    win.emit('unresponsive');
    expect(timers.pending()).toHaveLength(0);
    const other = setup();
    other.win.destroyed = true;
    other.win.emit('unresponsive');
    other.timers.advance(60_000);
    expect(other.reloads()).toBe(0);
  });
});

describe('display sleep', () => {
  it('is blocked for TVs and counter displays only', () => {
    const blocked = SHELL_ROLES.filter((role) => {
      const psb = new FakePowerSaveBlocker();
      const id = preventDisplaySleep(psb.asElectron(), role);
      expect(psb.started).toEqual(id === null ? [] : ['prevent-display-sleep']);
      return id !== null;
    });
    expect(blocked).toEqual(['display', 'counter-display']);
  });
});

describe('closing a locked screen', () => {
  it('Alt+F4 / Ctrl+W cannot close a kiosk; a desk closes; a real quit always closes', () => {
    const app = new FakeApp();
    const win = new FakeWindow({});
    let locked = true;
    keepOpen(app.asElectron(), win.asElectron(), () => locked);
    const byKeyboard = fakeEvent();
    win.emit('close', byKeyboard);
    expect(byKeyboard.prevented).toBe(true);
    locked = false;
    const desk = fakeEvent();
    win.emit('close', desk);
    expect(desk.prevented).toBe(false);
    locked = true;
    app.emit('before-quit', fakeEvent());
    const onQuit = fakeEvent();
    win.emit('close', onQuit);
    expect(onQuit.prevented).toBe(false);
  });
});
