import { formatDate, formatTime, localParts, VI_WEEKDAYS } from '@motcua/ui';

/** "17:00 · Thứ Hai, 30/11/2026" in the office time zone ("—" for a bad instant, never a crash). */
export function formatDue(iso: string | null | undefined, timeZone: string): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '—';
  const p = localParts(iso, timeZone);
  return `${formatTime(iso, timeZone)} · ${VI_WEEKDAYS[p.weekday]}, ${formatDate(iso, timeZone)}`;
}

/** "08:15 29/11/2026" */
export function formatShort(iso: string | null | undefined, timeZone: string): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '—';
  return `${formatTime(iso, timeZone)} ${formatDate(iso, timeZone)}`;
}
