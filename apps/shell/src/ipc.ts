import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC } from './channels.js';
import type { BridgePrinterStatus, PairOutcome, ShellInfo } from './shellProtocol.js';

/** What the main process answers the bridge with. */
export interface ShellBackend {
  info(): ShellInfo | null;
  pair(hubUrl: string, code: string): Promise<PairOutcome>;
  printerStatus(): BridgePrinterStatus;
}

export interface IpcTrust {
  /** Pages that may use the bridge at all (the hub's pages and the local ones). */
  page(url: string): boolean;
  /** Pages that may pair (the local pairing page only: a hub page must never re-pair the machine). */
  pairing(url: string): boolean;
}

const refused = (message: string): PairOutcome => ({ ok: false, error: { code: 'FORBIDDEN', message } });

/** Registers the bridge's handlers; returns a function that removes them. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, backend: ShellBackend, trust: IpcTrust): () => void {
  const senderUrl = (e: IpcMainInvokeEvent): string => e.senderFrame?.url ?? '';
  ipcMain.handle(IPC.getConfig, (e) => (trust.page(senderUrl(e)) ? backend.info() : null));
  ipcMain.handle(IPC.printerStatus, (e) => {
    if (!trust.page(senderUrl(e))) throw new Error('forbidden');
    return backend.printerStatus();
  });
  ipcMain.handle(IPC.pair, async (e, hubUrl: unknown, code: unknown) => {
    if (!trust.pairing(senderUrl(e))) return refused('Chỉ trang ghép nối của máy được phép ghép nối.');
    if (typeof hubUrl !== 'string' || typeof code !== 'string' || hubUrl.length > 500 || code.length > 64) {
      return { ok: false, error: { code: 'BAD_REQUEST', message: 'Địa chỉ máy chủ hoặc mã ghép nối không hợp lệ.' } } satisfies PairOutcome;
    }
    return backend.pair(hubUrl, code);
  });
  return () => {
    for (const channel of [IPC.getConfig, IPC.printerStatus, IPC.pair]) ipcMain.removeHandler(channel);
  };
}
