import { DOSSIER_CODE_RE } from '@motcua/protocol';
import { isValidCalendarDate } from '../calendar/date.js';
import { fail, ok } from '../queue/result.js';
import type { Result } from '../queue/result.js';

/** [D3] The last sequence number of one agency's office day: `NNNN` has four digits. */
export const DOSSIER_SEQ_MAX = 9999;

/** An agency code as printed in dossier codes (same shape as protocol's `AgencyCodeSchema`). */
const AGENCY_RE = /^[A-Z0-9][A-Z0-9.]{0,30}$/;
const OFFICE_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ParsedDossierCode {
  /** The normalised code (trimmed, upper case), as printed. */
  code: string;
  agencyCode: string;
  /** Office day of receipt, `YYYY-MM-DD` (years 2000–2099: the code carries two digits). */
  officeDay: string;
  seq: number;
}

/**
 * [D1] `H15.50.05.13` + `2026-10-08` + 975 → `H15.50.05.13-261008-0975`.
 * Inputs come from the hub's own data (agency setting, office day, `nextDossierSeq`), so a
 * bad one is a programming error: throws `RangeError`.
 */
export function formatDossierCode(agencyCode: string, officeDay: string, seq: number): string {
  if (!AGENCY_RE.test(agencyCode)) throw new RangeError(`mã cơ quan không hợp lệ: ${JSON.stringify(agencyCode)}`);
  const m = OFFICE_DAY_RE.exec(officeDay);
  const date = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (!m || !date || !isValidCalendarDate(date) || date.year < 2000 || date.year > 2099) {
    throw new RangeError(`ngày tiếp nhận không hợp lệ (YYYY-MM-DD, 2000–2099): ${JSON.stringify(officeDay)}`);
  }
  if (!Number.isInteger(seq) || seq < 1 || seq > DOSSIER_SEQ_MAX) {
    throw new RangeError(`số thứ tự hồ sơ phải từ 1 đến ${DOSSIER_SEQ_MAX}: ${seq}`);
  }
  return `${agencyCode}-${m[1]!.slice(2)}${m[2]}${m[3]}-${String(seq).padStart(4, '0')}`;
}

/**
 * [D2] Reads a typed or scanned code: surrounding spaces are dropped and letters upper-cased;
 * anything else outside `[A-Z0-9.-]`, a wrong shape, an impossible date or sequence `0000`
 * gives `null`.
 */
export function parseDossierCode(code: string): ParsedDossierCode | null {
  if (typeof code !== 'string') return null;
  const normal = code.trim().toUpperCase();
  if (!/^[A-Z0-9.-]+$/.test(normal) || !DOSSIER_CODE_RE.test(normal)) return null;
  const m = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4})$/.exec(normal);
  if (!m) return null;
  const date = { year: 2000 + Number(m[2]), month: Number(m[3]), day: Number(m[4]) };
  const seq = Number(m[5]);
  if (!isValidCalendarDate(date) || seq < 1) return null;
  return { code: normal, agencyCode: m[1]!, officeDay: `${date.year}-${m[3]}-${m[4]}`, seq };
}

/**
 * [D3] The sequence number after `last` (the highest issued today for this agency code;
 * `null` or 0 when none). After 9999 the day is full: refused, never wrapped or reused.
 */
export function nextDossierSeq(last: number | null): Result<number> {
  const prev = last ?? 0;
  if (!Number.isInteger(prev) || prev < 0) return fail('BAD_REQUEST', `Số thứ tự hồ sơ trước đó không hợp lệ: ${String(last)}.`);
  if (prev >= DOSSIER_SEQ_MAX) {
    return fail(
      'DAILY_CAP_REACHED',
      `Đã cấp đủ ${DOSSIER_SEQ_MAX} mã hồ sơ trong ngày; không thể cấp thêm mã hồ sơ mới trong hôm nay.`,
    );
  }
  return ok(prev + 1);
}
