// One call for a page to hear every scanner: keyboard-wedge scanners through its own keydown
// listener, and HID POS / serial scanners through the shell's bridge (`window.motcua.onScan`)
// when the page runs in the shell. Browser-safe; typed structurally (no DOM lib needed).
import { attachWedgeListener, type KeydownTarget, type WedgeListenerOptions } from './attachWedgeListener.js';

/** The part of the shell's bridge this uses (`MotcuaBridge` in @motcua/protocol fits). */
export interface ScanBridgeLike {
  onScan(callback: (scan: { code: string; source: string }) => void): () => void;
}

export interface PageScan {
  code: string;
  /** `wedge` for keyboard scanners, else the agent's source id (`hid:…`, `serial:…`). */
  source: string;
}

/** Listens on `target` (the window) and on `target.motcua` if present; returns a function that stops both. */
export function listenForScans(
  target: KeydownTarget & { motcua?: ScanBridgeLike | undefined },
  onScan: (scan: PageScan) => void,
  options: WedgeListenerOptions = {},
): () => void {
  const detachWedge = attachWedgeListener(target, (code) => onScan({ code, source: 'wedge' }), options);
  const detachBridge = target.motcua?.onScan((s) => onScan({ code: s.code, source: s.source })) ?? (() => {});
  return () => {
    detachWedge();
    detachBridge();
  };
}
