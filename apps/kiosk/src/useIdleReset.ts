import { useCallback, useEffect, useRef } from 'react';

/**
 * While `active`, calls `onIdle` after `ms` without a touch or key: a citizen who walks away
 * from the priority step must not leave a priority choice for the next person, nor a dossier's
 * status on screen. Returns a function that counts as a touch (e.g. a barcode scan, whose keys
 * the scanner listener stops before they reach this hook).
 */
export function useIdleReset(active: boolean, ms: number, onIdle: () => void): () => void {
  const idle = useRef(onIdle);
  const poke = useRef<() => void>(() => {});
  useEffect(() => {
    idle.current = onIdle;
  });
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => idle.current(), ms);
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.current(), ms);
    };
    poke.current = touch;
    window.addEventListener('pointerdown', touch);
    window.addEventListener('keydown', touch);
    return () => {
      clearTimeout(timer);
      poke.current = () => {};
      window.removeEventListener('pointerdown', touch);
      window.removeEventListener('keydown', touch);
    };
  }, [active, ms]);
  return useCallback(() => poke.current(), []);
}
