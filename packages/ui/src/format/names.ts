import type { Counter } from '@motcua/protocol';
import { t } from '../i18n/t.js';

/** A counter's name without a leading "Quầy N —" (offices often repeat the number in the name). */
export function counterShortName(c: Counter): string {
  const label = t('counter.label', { n: c.number });
  const rest = c.name.startsWith(label) ? c.name.slice(label.length).replace(/^\s*[—–:·-]\s*/, '') : c.name;
  return rest || c.name;
}

/** "Quầy 2 · Chứng thực" */
export function counterTitle(c: Counter): string {
  const short = counterShortName(c);
  const label = t('counter.label', { n: c.number });
  return short === c.name && c.name.startsWith(label) ? c.name : `${label} · ${short}`;
}
