import { FormError } from './FormError.js';
import { zonedDay } from './formatVi.js';
import type { FormSheet } from './sheet.js';
import type { FormTemplate } from './template.js';
import { buildControlSheet2018 } from './templates/controlSheet.js';
import { buildReceipt2018, RECEIPT_COPIES } from './templates/mau01.js';
import { buildApology2018, buildRefusal2018, buildSupplement2018 } from './templates/slips.js';
import { FORM_IDS, type FormDataMap, type FormId } from './types.js';

/** Thông tư 01/2018/TT-VPCP (guiding Nghị định 61/2018/NĐ-CP) took effect on 8 January 2019. */
export const TT01_2018_FROM = '2019-01-08';
/** Nghị định 118/2025/NĐ-CP and Thông tư 03/2025/TT-VPCP replace them from 1 July 2025. */
export const TT03_2025_FROM = '2025-07-01';

const LEGAL_2018 = 'Nghị định 61/2018/NĐ-CP; Thông tư 01/2018/TT-VPCP';
const LEGAL_2025 = 'Nghị định 118/2025/NĐ-CP; Thông tư 03/2025/TT-VPCP';
const KEPT_NOTE =
  'Bố cục mẫu năm 2018 (Thông tư 01/2018/TT-VPCP) vẫn được phần lớn cơ quan dùng sau 01/7/2025; ' +
  'khi có bố cục mẫu năm 2025, đăng ký phiên bản layout "2025" cùng ngày hiệu lực.';

interface FormInfo<F extends FormId> {
  formId: F;
  templateNumber: string;
  title: string;
  copies: readonly string[];
  build: (data: FormDataMap[F], copy: string | null) => FormSheet;
}

/** The 2018 layout, registered twice: under TT 01/2018 until 30 June 2025, then kept under the 2025 rules. */
function layout2018<F extends FormId>(info: FormInfo<F>): FormTemplate<F>[] {
  return [
    { id: `${info.formId}/2018`, layout: '2018', legalBasis: LEGAL_2018, effectiveFrom: TT01_2018_FROM, effectiveTo: '2025-06-30', ...info },
    {
      id: `${info.formId}/2018@${TT03_2025_FROM}`,
      layout: '2018',
      legalBasis: `${LEGAL_2025} (bố cục mẫu của Thông tư 01/2018/TT-VPCP)`,
      effectiveFrom: TT03_2025_FROM,
      effectiveTo: null,
      note: KEPT_NOTE,
      ...info,
    },
  ];
}

/** Every template version shipped, by form. Add the 2025 layouts here (README "Adding the 2025 set"). */
export const FORM_TEMPLATES: { readonly [F in FormId]: readonly FormTemplate<F>[] } = {
  'mau-01': layout2018({
    formId: 'mau-01',
    templateNumber: 'Mẫu số 01',
    title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    copies: RECEIPT_COPIES,
    build: buildReceipt2018,
  }),
  'mau-02': layout2018({
    formId: 'mau-02',
    templateNumber: 'Mẫu số 02',
    title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    copies: [],
    build: buildSupplement2018,
  }),
  'mau-03': layout2018({
    formId: 'mau-03',
    templateNumber: 'Mẫu số 03',
    title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    copies: [],
    build: buildRefusal2018,
  }),
  'mau-04': layout2018({
    formId: 'mau-04',
    templateNumber: 'Mẫu số 04',
    title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
    copies: [],
    build: buildApology2018,
  }),
  'phieu-kiem-soat': layout2018({
    formId: 'phieu-kiem-soat',
    templateNumber: 'Mẫu số 05',
    title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    copies: [],
    build: buildControlSheet2018,
  }),
};

export function isFormId(value: string): value is FormId {
  return (FORM_IDS as readonly string[]).includes(value);
}

export interface SelectTemplateOptions {
  /**
   * The layout the office chose ("2018", later "2025"); by default the newest layout in force.
   * An office keeps the 2018 layout after a newer one is registered by setting this.
   */
  layout?: string | null;
  /** Zone that turns an instant into a calendar day; default Asia/Ho_Chi_Minh. */
  timeZone?: string;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

function dayOf(at: Date | string, timeZone: string): string {
  if (typeof at === 'string' && DAY_RE.test(at)) return at;
  return zonedDay(at, timeZone);
}

/** The versions in force on a day, newest first (later `effectiveFrom`, then later layout). */
export function templatesInForce<F extends FormId>(
  templates: readonly FormTemplate<F>[],
  at: Date | string,
  timeZone = 'Asia/Ho_Chi_Minh',
): FormTemplate<F>[] {
  const day = dayOf(at, timeZone);
  return templates
    .filter((t) => t.effectiveFrom <= day && (t.effectiveTo === null || day <= t.effectiveTo))
    .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.layout.localeCompare(a.layout) : b.effectiveFrom.localeCompare(a.effectiveFrom)));
}

/** Picks a version from a list of one form's templates (see {@link selectTemplate}). */
export function selectTemplateFrom<F extends FormId>(
  templates: readonly FormTemplate<F>[],
  formId: F,
  at: Date | string,
  options: SelectTemplateOptions = {},
): FormTemplate<F> {
  const inForce = templatesInForce(templates, at, options.timeZone);
  const layout = options.layout ?? null;
  const chosen = layout === null ? inForce[0] : inForce.find((t) => t.layout === layout);
  if (!chosen) {
    const day = dayOf(at, options.timeZone ?? 'Asia/Ho_Chi_Minh');
    throw new FormError('NO_TEMPLATE', `không có mẫu ${formId}${layout ? ` (bố cục ${layout})` : ''} có hiệu lực ngày ${day}`);
  }
  return chosen;
}

/**
 * The version of a form in force at `at` (an instant, a Date, or a `YYYY-MM-DD` day):
 * the office's chosen layout when given, else the newest in force.
 */
export function selectTemplate<F extends FormId>(formId: F, at: Date | string, options: SelectTemplateOptions = {}): FormTemplate<F> {
  if (!isFormId(formId)) throw new FormError('UNKNOWN_FORM', `không có biểu mẫu ${String(formId)}`);
  return selectTemplateFrom(FORM_TEMPLATES[formId] as readonly FormTemplate<F>[], formId, at, options);
}

/** The day a filled form is dated by: reception for Mẫu 01, issue for the others. */
export function formDate<F extends FormId>(formId: F, data: FormDataMap[F]): string {
  return formId === 'mau-01' ? (data as FormDataMap['mau-01']).receivedAt : (data as { issuedAt: string }).issuedAt;
}
