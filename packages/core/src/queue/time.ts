const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

function parts(epochMs: number, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(epochMs)) out[p.type] = p.value;
  return out;
}

/** [Q2] The business day of an instant: its calendar date in the office time zone, `YYYY-MM-DD`. */
export function businessDayOf(epochMs: number, timeZone: string): string {
  const p = parts(epochMs, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Minutes since local midnight in the office time zone (for issuing hours). */
export function localMinutesOf(epochMs: number, timeZone: string): number {
  const p = parts(epochMs, timeZone);
  return Number(p.hour) * 60 + Number(p.minute);
}

/** Parses `HH:MM` into minutes since midnight. */
export function parseHhMm(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`not HH:MM: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** True when the office time zone name is one the runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
