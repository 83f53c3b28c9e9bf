import type { TimeUnit } from '@motcua/protocol';
import type { Bieu06Counts } from './api.js';
import { viNumber } from './dates.js';

/** The head of office's line: "98,5% hồ sơ giải quyết đúng hạn và trước hạn, 1,5% quá hạn". */
export function headline(total: Bieu06Counts): string {
  const pct = total.onTimeOrEarlyPercent;
  if (pct === null || total.resolved.total === 0) return 'Chưa có hồ sơ nào được giải quyết trong kỳ.';
  const late = Math.round((100 - pct) * 100) / 100;
  return `${viNumber(pct)}% hồ sơ giải quyết đúng hạn và trước hạn, ${viNumber(late)}% quá hạn`;
}

/** The hub's "Lịch năm 2027 chưa đúng: a; b; c" as a heading and a list (one problem: as is). */
export function splitProblems(message: string): [string, string[]] {
  const i = message.indexOf(': ');
  if (i < 0) return [message, []];
  const items = message
    .slice(i + 2)
    .split('; ')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 1 ? [message.slice(0, i), items] : [message, []];
}

/** A procedure's time unit, after the number: "5 ngày làm việc". */
export const UNIT_LABEL: Record<TimeUnit, string> = {
  'working-days': 'ngày làm việc',
  'working-hours': 'giờ làm việc',
  'same-day': 'trong ngày',
};
