// Calendar-date arithmetic on `YYYY-MM-DD` strings (no time zone involved: office days).

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function parseDay(s: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (isoDay(year, month, day) !== s) return null;
  return { year, month, day };
}

/** `29/11/2026` */
export function showDay(s: string): string {
  const p = parseDay(s);
  return p ? `${pad(p.day)}/${pad(p.month)}/${p.year}` : s;
}

/** Days in a month (month 1–12). */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export type PresetId = 'today' | 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'thisYear';

/** A report period ending today (or the whole last month). */
export function presetPeriod(preset: PresetId, today: string): { from: string; to: string } {
  const p = parseDay(today) ?? { year: 2026, month: 1, day: 1 };
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'thisMonth':
      return { from: isoDay(p.year, p.month, 1), to: today };
    case 'lastMonth':
      return { from: isoDay(p.year, p.month - 1, 1), to: isoDay(p.year, p.month, 0) };
    case 'thisQuarter':
      return { from: isoDay(p.year, Math.floor((p.month - 1) / 3) * 3 + 1, 1), to: today };
    case 'thisYear':
      return { from: isoDay(p.year, 1, 1), to: today };
  }
}

/** `98,5` — Vietnamese decimal comma, at most `digits` decimals, no trailing zeros. */
export function viNumber(n: number, digits = 1): string {
  const f = 10 ** digits;
  return String(Math.round(n * f) / f).replace('.', ',');
}
