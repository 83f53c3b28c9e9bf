import { useEffect, useState } from 'react';

const QUERY = '(orientation: portrait)';

function current(): 'landscape' | 'portrait' {
  return typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches ? 'portrait' : 'landscape';
}

/** The layout to draw: the profile's, or the screen's own orientation for `auto` (live on rotate). */
export function useOrientation(layout: 'auto' | 'landscape' | 'portrait'): 'landscape' | 'portrait' {
  const [screen, setScreen] = useState(current);
  useEffect(() => {
    if (layout !== 'auto' || typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(QUERY);
    const onChange = () => setScreen(current());
    onChange();
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [layout]);
  return layout === 'auto' ? screen : layout;
}
