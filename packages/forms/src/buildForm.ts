import type { PaperSpec, PrintDocument } from '@motcua/printer';
import { FormError } from './FormError.js';
import { formDate, selectTemplate, type SelectTemplateOptions } from './registry.js';
import type { FormSheet } from './sheet.js';
import type { FormTemplate } from './template.js';
import { sheetToPrintDocument, type ThermalBarcodeChoice } from './thermal.js';
import type { FormDataMap, FormId } from './types.js';

export interface FormOptions<F extends FormId = FormId> extends SelectTemplateOptions {
  /** The day or instant that chooses the template; default the form's own date. */
  at?: Date | string;
  /** A version picked beforehand (e.g. stored with the dossier); overrides `at`/`layout`. */
  template?: FormTemplate<F>;
  /**
   * Which copies (liên): `'all'` (default; Mẫu 01 has two: for the dossier and for the
   * citizen), or one copy by number from 1.
   */
  copies?: 'all' | number;
}

/** Chooses the template and fills it: one sheet per copy asked for. */
export function buildForm<F extends FormId>(formId: F, data: FormDataMap[F], options: FormOptions<F> = {}): FormSheet[] {
  const template =
    options.template ??
    selectTemplate(formId, options.at ?? formDate(formId, data), {
      layout: options.layout ?? null,
      timeZone: options.timeZone ?? data.office.timeZone,
    });
  if (template.formId !== formId) throw new FormError('UNKNOWN_FORM', `mẫu ${template.id} không phải biểu mẫu ${formId}`);
  const labels: (string | null)[] = template.copies.length > 0 ? [...template.copies] : [null];
  const wanted = options.copies ?? 'all';
  let chosen: (string | null)[];
  if (wanted === 'all') chosen = labels;
  else {
    const label = labels[wanted - 1];
    if (!Number.isInteger(wanted) || label === undefined) throw new FormError('INVALID_DATA', `${template.id} không có liên ${wanted}`);
    chosen = [label];
  }
  return chosen.map((copy) => ({ ...template.build(data, copy), templateId: template.id }));
}

export interface ThermalOptions<F extends FormId = FormId> extends FormOptions<F> {
  /** The printer's paper; default 576 dots at 203 dpi. */
  paper?: PaperSpec;
  /**
   * `fit` (default): the barcode laid out for this paper. `portable`: a layout that prints on
   * 512 and 576 dots alike, for a stored job that may be reprinted on another printer.
   */
  barcode?: ThermalBarcodeChoice;
}

export const DEFAULT_PAPER: PaperSpec = { widthDots: 576, dpi: 203 };

/** One 80 mm print document per copy (print each as its own job, so each is cut). */
export function thermalDocuments<F extends FormId>(formId: F, data: FormDataMap[F], options: ThermalOptions<F> = {}): PrintDocument[] {
  const paper = options.paper ?? DEFAULT_PAPER;
  return buildForm(formId, data, options).map((sheet) => sheetToPrintDocument(sheet, paper, options.barcode ?? 'fit'));
}

/** One copy as an 80 mm print document: the first (for Mẫu 01 the one kept with the dossier) unless `copies` says which. */
export function thermalDocument<F extends FormId>(formId: F, data: FormDataMap[F], options: ThermalOptions<F> = {}): PrintDocument {
  const [doc] = thermalDocuments(formId, data, { ...options, copies: options.copies === undefined || options.copies === 'all' ? 1 : options.copies });
  if (!doc) throw new FormError('INVALID_DATA', 'không có liên nào để in');
  return doc;
}
