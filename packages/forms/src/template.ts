import type { FormDataMap, FormId } from './types.js';
import type { FormSheet } from './sheet.js';

/**
 * One version of one form: its legal basis, when it is in force and how it fills a
 * {@link FormSheet}. Dates are calendar days in the office's zone, `effectiveTo` inclusive.
 */
export interface FormTemplate<F extends FormId = FormId> {
  /** `<formId>/<layout>[@<from>]`, e.g. "mau-01/2018". */
  id: string;
  formId: F;
  /** Which layout it draws: "2018" (TT 01/2018), later "2025" (TT 03/2025). */
  layout: string;
  /** As numbered in the circular's annex, e.g. "Mẫu số 01". */
  templateNumber: string;
  title: string;
  legalBasis: string;
  /** `YYYY-MM-DD`. */
  effectiveFrom: string;
  /** `YYYY-MM-DD` inclusive, or null while in force. */
  effectiveTo: string | null;
  /** Why this entry exists (e.g. the 2018 layout kept after 2025-07-01). */
  note?: string;
  /** The copies (liên) the form is issued in; empty = one copy with no label. */
  copies: readonly string[];
  build(data: FormDataMap[F], copy: string | null): FormSheet;
}
