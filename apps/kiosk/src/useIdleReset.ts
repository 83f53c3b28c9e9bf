import { useEffect, useRef } from 'react';

/**
 * While `active`, calls `onIdle` after `ms` without a touch or key: a citizen who walks away
 * from the priority step must not leave a priority choice for the next person.
 */
export function useIdleReset(active: boolean, ms: number, onIdle: () => void): void {
  const idle = useRef(onIdle);
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
    window.addEventListener('pointerdown', touch);
    window.addEventListener('keydown', touch);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', touch);
      window.removeEventListener('keydown', touch);
    };
  }, [active, ms]);
}
