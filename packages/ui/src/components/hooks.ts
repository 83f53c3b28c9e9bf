import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` (one timer per component, cleared on unmount). */
export function useNow(intervalMs = 1000, offsetMs = 0): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now() + offsetMs), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs, offsetMs]);
  return now;
}
