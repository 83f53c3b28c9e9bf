import { localParts as officeParts, VIETNAM_TIME_ZONE, type LocalParts } from '@motcua/core';

export type { LocalParts };

/** The wall-clock fields of an instant in a zone; an unknown zone in the config must not blank a screen. */
export function localParts(instant: string | number | Date, timeZone: string): LocalParts {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  try {
    return officeParts(ms, timeZone);
  } catch {
    return officeParts(ms, VIETNAM_TIME_ZONE);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `08:15` */
export function formatTime(instant: string | number | Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** `08:15:09` */
export function formatClock(instant: string | number | Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** `29/11/2026` */
export function formatDate(instant: string | number | Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

export const VI_WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** `Chủ nhật, ngày 29 tháng 11 năm 2026` */
export function formatLongDate(instant: string | number | Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${VI_WEEKDAYS[p.weekday]}, ngày ${pad(p.day)} tháng ${pad(p.month)} năm ${p.year}`;
}

/** A running timer: `4:05`, `1:02:09`. */
export function formatTimer(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A waiting time for people: `vừa xong`, `12 phút`, `1 giờ 05 phút`. */
export function formatWait(ms: number): string {
  const min = Math.max(0, Math.floor(ms / 60_000));
  if (min < 1) return 'vừa xong';
  if (min < 60) return `${min} phút`;
  return `${Math.floor(min / 60)} giờ ${pad(min % 60)} phút`;
}
