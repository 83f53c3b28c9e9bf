import type { ReactNode } from 'react';
import type { OfficeInfo } from '@motcua/protocol';
import { formatClock, formatLongDate, useNow } from '@motcua/ui';

export function TvHeader({
  office,
  clockOffsetMs,
  title,
  children,
}: {
  office: OfficeInfo;
  clockOffsetMs: number;
  /** The display profile's name (a room, a floor), shown after the unit. */
  title?: string | null;
  /** Discreet controls (sound) between the office name and the clock. */
  children?: ReactNode;
}) {
  const now = useNow(1000, clockOffsetMs);
  return (
    <header className="tv-header">
      <div className="tv-office">
        <div className="tv-office-name">{office.name}</div>
        <div className="tv-unit">
          {office.unitName}
          {title ? <span className="tv-profile-name"> · {title}</span> : null}
        </div>
      </div>
      {children}
      <div className="tv-clock">
        <div className="tv-time" data-testid="tv-time">
          {formatClock(now, office.timeZone)}
        </div>
        <div className="tv-date" data-testid="tv-date">
          {formatLongDate(now, office.timeZone)}
        </div>
      </div>
    </header>
  );
}
