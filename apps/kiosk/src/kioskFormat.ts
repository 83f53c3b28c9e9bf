import type { Procedure, Service } from '@motcua/protocol';
import { formatLongDate, formatTime } from '@motcua/ui';
import { kt } from './kioskText.js';

/** "1 ngày làm việc", "8 giờ làm việc", "Trong ngày", "Chưa công bố". */
export function processingTimeText(p: Procedure['processingTime']): string {
  if (p.unit === 'same-day') return kt('time.sameDay');
  if (p.amount === null || !Number.isFinite(p.amount)) return kt('time.unknown');
  if (p.unit === 'working-hours') return kt('time.hours', { n: fmtNumber(p.amount) });
  if (p.amount === 0) return kt('time.sameDay');
  return kt('time.days', { n: fmtNumber(p.amount) });
}

/** 1.5 → "1,5" (Vietnamese decimal comma). */
function fmtNumber(n: number): string {
  return String(n).replace('.', ',');
}

/** Online public service level as people read it ("Toàn trình", "Một phần"), or null. */
export function onlineLevelText(level: string | null): string | null {
  if (level === null) return null;
  const v = level.trim().toLowerCase();
  if (v === '') return null;
  if (v === '4' || v === 'toan trinh' || v === 'toàn trình') return 'Toàn trình (mức độ 4)';
  if (v === '3' || v === 'mot phan' || v === 'một phần') return 'Một phần (mức độ 3)';
  if (v === '2' || v === '1') return `Mức độ ${v}`;
  return level;
}

/** "17:00 — Thứ Hai, ngày 30 tháng 11 năm 2026". */
export function formatDateTime(iso: string, timeZone: string): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '—';
  return `${formatTime(iso, timeZone)} — ${formatLongDate(iso, timeZone)}`;
}

/** The service a procedure's ticket is taken for: same field, else the catch-all (field null). */
export function serviceForField(services: Service[], field: string): Service | null {
  const active = services.filter((s) => s.active);
  const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();
  return (
    active.find((s) => s.field !== null && norm(s.field) === norm(field)) ?? active.find((s) => s.field === null) ?? null
  );
}
