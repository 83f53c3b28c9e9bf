import { FormError } from '../FormError.js';
import { formatPlaceDate } from '../formatVi.js';
import { DEFAULT_UNIT } from '../labels.js';
import type { SheetHeader } from '../sheet.js';
import type { OfficeHeader } from '../types.js';

export function sheetHeader(office: OfficeHeader, at: string): SheetHeader {
  return {
    parentAgency: office.parentAgency?.trim() ? office.parentAgency.trim() : null,
    agency: office.agency,
    unit: office.unit === undefined ? DEFAULT_UNIT : office.unit,
    placeDate: formatPlaceDate(office.place, at, office.timeZone),
  };
}

/** Codes are scanned back: only `[A-Z0-9.-]` (DOMAIN.md "Dossier code"). */
export function checkCode(code: string): string {
  if (!/^[A-Z0-9][A-Z0-9.-]{0,60}$/.test(code)) throw new FormError('INVALID_DATA', `mã hồ sơ không hợp lệ: ${code}`);
  return code;
}

export function requireText(value: string, what: string): string {
  if (value.trim() === '') throw new FormError('INVALID_DATA', `thiếu ${what}`);
  return value.trim();
}

/** "Nguyễn Văn A – Phòng Tư pháp". */
export function personLine(person: { name: string; unit?: string | null }): string {
  return person.unit ? `${person.name} – ${person.unit}` : person.name;
}
