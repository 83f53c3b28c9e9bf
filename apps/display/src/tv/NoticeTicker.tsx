import type { CSSProperties } from 'react';

/** Seconds for the notice to cross the screen: about nine characters a second, never rushed. */
export function tickerSeconds(text: string): number {
  return Math.max(12, Math.round((90 + text.length) / 9));
}

/**
 * The admin's notice, scrolling right to left along the bottom (a CSS transform animation:
 * smooth, no timer in the page). Nothing when there is no notice.
 */
export function NoticeTicker({ text }: { text: string | null }) {
  if (!text) return null;
  const style = { '--tv-notice-s': `${tickerSeconds(text)}s` } as CSSProperties;
  return (
    <div className="tv-notice" data-testid="tv-notice" role="marquee" aria-label={text}>
      <div className="tv-notice-track" style={style} key={text}>
        <span className="tv-notice-text">{text}</span>
      </div>
    </div>
  );
}
