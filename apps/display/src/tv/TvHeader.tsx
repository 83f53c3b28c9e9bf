import type { OfficeInfo } from '@motcua/protocol';
import { formatClock, formatLongDate, useNow } from '@motcua/ui';

export function TvHeader({ office, clockOffsetMs }: { office: OfficeInfo; clockOffsetMs: number }) {
  const now = useNow(1000, clockOffsetMs);
  return (
    <header className="tv-header">
      <div className="tv-office">
        <div className="tv-office-name">{office.name}</div>
        <div className="tv-unit">{office.unitName}</div>
      </div>
      <div className="tv-clock">
        <div className="tv-time">{formatClock(now, office.timeZone)}</div>
        <div className="tv-date">{formatLongDate(now, office.timeZone)}</div>
      </div>
    </header>
  );
}
