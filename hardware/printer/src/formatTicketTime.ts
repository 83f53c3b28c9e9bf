/**
 * "14:05 — Thứ Bảy, 28/11/2026": the instant in the office's time zone, formatted with Intl
 * (never the host's zone).
 */
export function formatTicketTime(isoInstant: string, timeZone: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO instant: ${isoInstant}`);
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = part('weekday').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return `${part('hour')}:${part('minute')} — ${weekday}, ${part('day')}/${part('month')}/${part('year')}`;
}
