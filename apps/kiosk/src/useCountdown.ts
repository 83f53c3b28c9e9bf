import { useEffect, useRef, useState } from 'react';

/** Seconds left before `onDone` is called (the kiosk goes back to its start screen by itself). */
export function useCountdown(seconds: number, onDone: () => void): number {
  const [left, setLeft] = useState(seconds);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    const started = Date.now();
    setLeft(seconds);
    const id = setInterval(() => {
      const l = seconds - Math.floor((Date.now() - started) / 1000);
      if (l <= 0) {
        clearInterval(id);
        done.current();
      } else setLeft(l);
    }, 250);
    return () => clearInterval(id);
  }, [seconds]);
  return left;
}
