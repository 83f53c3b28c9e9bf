import { useEffect, useRef } from 'react';
import { listenForScans, type PageScan } from '@motcua/scanner/wedge';

/**
 * While `active`, hears barcode scanners: keyboard-wedge bursts on this window (the pure
 * detector of `@motcua/scanner/wedge`) and HID/serial scanners through the shell's bridge.
 * A scan replaces whatever a focused field holds, so the few keys that reach it do no harm.
 */
export function useScans(active: boolean, onScan: (code: string) => void): void {
  const handler = useRef(onScan);
  useEffect(() => {
    handler.current = onScan;
  });
  useEffect(() => {
    if (!active) return;
    const target = window as unknown as Parameters<typeof listenForScans>[0];
    return listenForScans(target, (s: PageScan) => handler.current(s.code));
  }, [active]);
}
