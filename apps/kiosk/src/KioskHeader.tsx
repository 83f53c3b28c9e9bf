import type { OfficeInfo } from '@motcua/protocol';
import { formatDate, formatTime, useNow } from '@motcua/ui';

export function KioskHeader({ office, clockOffsetMs }: { office: OfficeInfo; clockOffsetMs: number }) {
  const now = useNow(10_000, clockOffsetMs);
  return (
    <header className="kiosk-header">
      <div className="kiosk-office">
        <div className="kiosk-office-name">{office.name}</div>
        <div className="kiosk-unit">{office.unitName}</div>
      </div>
      <div className="kiosk-clock">
        <div className="kiosk-time">{formatTime(now, office.timeZone)}</div>
        <div className="kiosk-date">{formatDate(now, office.timeZone)}</div>
      </div>
    </header>
  );
}
