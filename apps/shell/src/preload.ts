// Runs sandboxed in every page of the shell (bundled to dist/preload.cjs). Exposes `window.motcua`.
// Only `electron` and local modules: no zod, no Node built-ins (a sandboxed preload has neither).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, IPC } from './channels.js';
import type { BridgePrinterStatus, BridgeScan, MotcuaBridge, PairOutcome, ShellInfo } from './shellProtocol.js';

const bridge = {
  getConfig: () => ipcRenderer.invoke(IPC.getConfig) as Promise<ShellInfo | null>,
  onScan(callback: (scan: BridgeScan) => void) {
    const listener = (_event: IpcRendererEvent, scan: BridgeScan): void => callback(scan);
    ipcRenderer.on(IPC.scan, listener);
    return () => {
      ipcRenderer.removeListener(IPC.scan, listener);
    };
  },
  pair: (hubUrl: string, code: string) => ipcRenderer.invoke(IPC.pair, hubUrl, code) as Promise<PairOutcome>,
  printerStatus: () => ipcRenderer.invoke(IPC.printerStatus) as Promise<BridgePrinterStatus>,
} satisfies MotcuaBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
