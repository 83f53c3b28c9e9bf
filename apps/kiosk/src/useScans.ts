import { useEffect, useRef } from 'react';
import { listenForScans, type PageScan } from '@motcua/scanner/wedge';

/**
 * While `active`, hears barcode scanners: keyboard-wedge bursts on this window (the pure
 * detector of `@motcua/scanner/wedge`) and HID/serial scanners through the shell's bridge.
 * A scan replaces whatever a focused field holds, so the few keys that reach it do no harm.
 * `<body data-scanner="<owner>">` says which screen is listening (support staff and browser
 * tests can see that a scan will be heard).
 */
export function useScans(active: boolean, owner: string, onScan: (code: string) => void): void {
  const handler = useRef(onScan);
  useEffect(() => {
    handler.current = onScan;
  });
  useEffect(() => {
    if (!active) return;
    const target = window as unknown as Parameters<typeof listenForScans>[0];
    const stop = listenForScans(target, (s: PageScan) => handler.current(s.code));
    document.body.dataset.scanner = owner;
    return () => {
      stop();
      if (document.body.dataset.scanner === owner) delete document.body.dataset.scanner;
    };
  }, [active, owner]);
}
