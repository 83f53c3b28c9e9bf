import { en, vi, type MessageKey } from './strings.js';

export type Lang = 'vi' | 'en';
const tables: Record<Lang, Record<MessageKey, string>> = { vi, en };
let current: Lang = 'vi';

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/** The string for `key` in the current language (Vietnamese first), `{name}` filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>, lang: Lang = current): string {
  const s = tables[lang][key] ?? vi[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
}
