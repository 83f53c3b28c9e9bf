import type { Procedure, Service } from '@motcua/protocol';
import { formatLongDate, formatTime } from '@motcua/ui';
import { kt } from './kioskText.js';

/** "1 ngày làm việc", "8 giờ làm việc", "Trong ngày", "Chưa công bố". */
export function processingTimeText(p: Procedure['processingTime'] | null | undefined): string {
  if (!p || typeof p !== 'object') return kt('time.unknown');
  if (p.unit === 'same-day') return kt('time.sameDay');
  if (typeof p.amount !== 'number' || !Number.isFinite(p.amount)) return kt('time.unknown');
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

/** Lower case, no diacritics, đ → d, single spaces: "Đăng  ký" → "dang ky". */
export function foldVi(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Search results in the order a citizen expects: names holding the typed words as one phrase
 * first (earliest, then shortest), then the other matches in the hub's order.
 */
export function rankByPhrase<T extends { name: string }>(items: T[], query: string): T[] {
  const phrase = foldVi(query);
  if (!phrase) return items;
  const scored = items.map((item, i) => {
    const at = foldVi(item.name).indexOf(phrase);
    return { item, i, at: at < 0 ? Number.POSITIVE_INFINITY : at, len: item.name.length };
  });
  scored.sort((a, b) => {
    const aHit = Number.isFinite(a.at);
    const bHit = Number.isFinite(b.at);
    if (aHit !== bHit) return aHit ? -1 : 1;
    if (aHit) return a.at - b.at || a.len - b.len || a.i - b.i;
    return a.i - b.i;
  });
  return scored.map((s) => s.item);
}

const viCollator = new Intl.Collator('vi', { sensitivity: 'base' });
/** Vietnamese alphabetical order (Đ after D, not after Z). */
export const compareVi = (a: string, b: string): number => viCollator.compare(a, b);
