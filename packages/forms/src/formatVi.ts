import { localParts, type LocalParts } from '@motcua/core';
import { FormError } from './FormError.js';

function instant(iso: string | Date): Date {
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) throw new FormError('INVALID_DATA', `thời điểm không hợp lệ: ${String(iso)}`);
  return date;
}

/** The wall-clock fields of an instant in `timeZone` (core's `localParts`; never the host's zone). */
export function zonedParts(iso: string | Date, timeZone: string): LocalParts {
  const ms = instant(iso).getTime();
  try {
    return localParts(ms, timeZone);
  } catch {
    throw new FormError('INVALID_DATA', `múi giờ không hợp lệ: ${timeZone}`);
  }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * "ngày 05 tháng 02 năm 2026": days below 10 and months 1–2 take a leading zero, as
 * administrative documents write them (Nghị định 30/2020/NĐ-CP).
 */
export function formatViDate(iso: string | Date, timeZone: string): string {
  const p = zonedParts(iso, timeZone);
  const month = p.month <= 2 ? pad2(p.month) : String(p.month);
  return `ngày ${pad2(p.day)} tháng ${month} năm ${p.year}`;
}

/** "Phường Bến Thành, ngày 28 tháng 11 năm 2026". */
export function formatPlaceDate(place: string, iso: string | Date, timeZone: string): string {
  return `${place}, ${formatViDate(iso, timeZone)}`;
}

/** "14 giờ 05 phút, ngày 28 tháng 11 năm 2026" (Mẫu 01 items 4 and 5). */
export function formatViDateTime(iso: string | Date, timeZone: string): string {
  const p = zonedParts(iso, timeZone);
  return `${pad2(p.hour)} giờ ${pad2(p.minute)} phút, ${formatViDate(iso, timeZone)}`;
}

/** "14:05 28/11/2026": compact, for table cells. */
export function formatShortDateTime(iso: string | Date, timeZone: string): string {
  const p = zonedParts(iso, timeZone);
  return `${pad2(p.hour)}:${pad2(p.minute)} ${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** The calendar day of an instant in a zone, `YYYY-MM-DD`. */
export function zonedDay(iso: string | Date, timeZone: string): string {
  const p = zonedParts(iso, timeZone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}
