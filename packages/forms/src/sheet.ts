/**
 * A filled form, independent of the paper: what a template builds and what both renderers
 * (80 mm thermal, A4 PDF) draw. Templates decide the words and their order; renderers
 * decide fonts, columns and page breaks.
 */

export interface SheetHeader {
  /** Cơ quan chủ quản (upper case as printed), or null. */
  parentAgency: string | null;
  agency: string;
  /** "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", or null. */
  unit: string | null;
  /** "Phường Bến Thành, ngày 28 tháng 11 năm 2026". */
  placeDate: string;
}

export interface SheetColumn {
  header: string;
  /** Header on 80 mm paper when the A4 one would break mid-word ("STT" → "TT"). */
  narrowHeader?: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type SheetPart =
  /** The dossier code: a CODE128 barcode and the code in text. */
  | { kind: 'code'; label: string; value: string }
  /** "Label: value" (value emphasised). */
  | { kind: 'field'; label: string; value: string }
  /** Several short fields on one A4 line ("Số điện thoại: … Email: …"); stacked on thermal. */
  | { kind: 'fieldRow'; fields: { label: string; value: string }[] }
  | { kind: 'text'; text: string; bold?: boolean; align?: 'left' | 'center' | 'right'; small?: boolean }
  /** A section heading such as "1. Thành phần hồ sơ nộp gồm:". */
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[]; numbered: boolean }
  /**
   * A bordered table on A4. On 80 mm paper: a narrow table, or, when `stackOnNarrow`, one
   * key-value group per row (rows too wide for 48 columns of text).
   */
  | { kind: 'table'; columns: SheetColumn[]; rows: string[][]; stackOnNarrow?: boolean }
  | { kind: 'signatures'; signers: SheetSigner[] }
  | { kind: 'note'; text: string };

export interface SheetSigner {
  /** "NGƯỜI NỘP HỒ SƠ". */
  title: string;
  /** "(Ký và ghi rõ họ tên)". */
  hint: string;
  /** Printed under the space left for the signature; null leaves it blank. */
  name: string | null;
}

export interface FormSheet {
  formId: string;
  /** The template version that built it, e.g. "mau-01/2018". */
  templateId: string;
  header: SheetHeader;
  title: string;
  /** Lines under the title: "(Liên 1: Lưu hồ sơ)", "Kính gửi: …". */
  subtitle: string[];
  parts: SheetPart[];
}
