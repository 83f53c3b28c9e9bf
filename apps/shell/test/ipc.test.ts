import { describe, expect, it } from 'vitest';
import { IPC } from '../src/channels.js';
import { registerIpc, type ShellBackend } from '../src/ipc.js';
import type { PairOutcome } from '../src/shellProtocol.js';
import { FakeIpcMain } from './fakes.js';

const HUB_PAGE = 'http://192.0.2.10:8080/kiosk/';
const PAIRING = 'file:///app/pages/pairing.html';
const info = { hubUrl: 'http://192.0.2.10:8080', role: 'kiosk' as const, counterId: null, printerProfileId: null, paired: true, version: '0.1.0' };

function setup() {
  const ipc = new FakeIpcMain();
  const pairs: Array<[string, string]> = [];
  const backend: ShellBackend = {
    info: () => info,
    printerStatus: () => ({ local: false, health: 'unknown', code: null, message: null, agent: 'connected' }),
    pair: async (hubUrl, code) => {
      pairs.push([hubUrl, code]);
      return { ok: true, info };
    },
  };
  const unregister = registerIpc(ipc.asElectron(), backend, {
    page: (url) => url.startsWith('http://192.0.2.10:8080/') || url.startsWith(PAIRING),
    pairing: (url) => url === PAIRING,
  });
  return { ipc, pairs, unregister };
}

describe('bridge IPC', () => {
  it('answers the config and printer status to the shell pages only', async () => {
    const { ipc } = setup();
    expect(await ipc.invoke(IPC.getConfig, HUB_PAGE)).toEqual(info);
    expect(await ipc.invoke(IPC.getConfig, 'https://example.com/')).toBeNull();
    expect(await ipc.invoke(IPC.printerStatus, HUB_PAGE)).toMatchObject({ agent: 'connected' });
    await expect(ipc.invoke(IPC.printerStatus, 'https://example.com/')).rejects.toThrow(/forbidden/);
  });

  it('pairs only from the local pairing page, with checked arguments', async () => {
    const { ipc, pairs } = setup();
    expect(await ipc.invoke(IPC.pair, PAIRING, 'http://192.0.2.10:8080', 'KIOSK-1')).toMatchObject({ ok: true });
    const fromHub = (await ipc.invoke(IPC.pair, HUB_PAGE, 'http://evil.example', 'X')) as PairOutcome;
    expect(fromHub).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = (await ipc.invoke(IPC.pair, PAIRING, { toString: 1 }, 'X')) as PairOutcome;
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(pairs).toEqual([['http://192.0.2.10:8080', 'KIOSK-1']]);
  });

  it('unregisters its handlers', () => {
    const { ipc, unregister } = setup();
    expect(ipc.handlers.size).toBe(3);
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });
});
