import { describe, expect, it } from 'vitest';
import {
  buildForm,
  FORM_IDS,
  FORM_TEMPLATES,
  formatPlaceDate,
  formatProcessingTime,
  formatViDateTime,
  isFormError,
  selectTemplate,
  selectTemplateFrom,
  thermalDocument,
  type FormTemplate,
} from '../src/index.js';
import { APOLOGY, RECEIPT, REFUSAL, SUPPLEMENT } from './support/samples.js';

const TZ = 'Asia/Ho_Chi_Minh';

function code(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return isFormError(error) ? error.code : `not a FormError: ${String(error)}`;
  }
}

describe('template versions', () => {
  it('[FR1] every form has versions with a legal basis, in force without gaps from 2019-01-08 on', () => {
    for (const formId of FORM_IDS) {
      const versions = [...FORM_TEMPLATES[formId]].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      expect(versions.length).toBeGreaterThan(0);
      for (const v of versions) {
        expect(v.formId).toBe(formId);
        expect(v.legalBasis).toMatch(/Thông tư \d{2}\/20\d\d\/TT-VPCP/);
        expect(v.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(versions.at(-1)?.effectiveTo).toBeNull();
      for (let i = 1; i < versions.length; i++) {
        const prevEnd = new Date(`${versions[i - 1]?.effectiveTo}T00:00:00Z`).getTime();
        expect(new Date(`${versions[i]?.effectiveFrom}T00:00:00Z`).getTime() - prevEnd).toBe(86_400_000);
      }
    }
  });

  it('[FR2] the date picks the version in force: TT 01/2018 until 30 June 2025, the 2018 layout under TT 03/2025 after', () => {
    expect(selectTemplate('mau-01', '2024-03-01').id).toBe('mau-01/2018');
    expect(selectTemplate('mau-01', '2025-06-30').legalBasis).toContain('Thông tư 01/2018/TT-VPCP');
    const after = selectTemplate('mau-01', '2025-07-01');
    expect(after.layout).toBe('2018');
    expect(after.legalBasis).toContain('Thông tư 03/2025/TT-VPCP');
    // 30 June 2025 17:30 UTC is already 1 July 00:30 in Vietnam: the office's day decides.
    expect(selectTemplate('mau-04', new Date('2025-06-30T17:30:00Z')).effectiveFrom).toBe('2025-07-01');
    expect(selectTemplate('mau-04', '2025-06-30T16:59:00Z').effectiveTo).toBe('2025-06-30');
    expect(code(() => selectTemplate('mau-01', '2018-12-31'))).toBe('NO_TEMPLATE');
    expect(code(() => selectTemplate('mau-99' as 'mau-01', '2026-01-01'))).toBe('UNKNOWN_FORM');
  });

  it('[FR3] once a 2025 layout is registered it becomes the default from 1 July 2025, and an office can keep the 2018 one', () => {
    const current = FORM_TEMPLATES['mau-01'];
    const layout2025: FormTemplate<'mau-01'> = {
      ...current[1]!,
      id: 'mau-01/2025',
      layout: '2025',
      legalBasis: 'Nghị định 118/2025/NĐ-CP; Thông tư 03/2025/TT-VPCP',
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
    };
    const templates = [...current, layout2025];
    expect(selectTemplateFrom(templates, 'mau-01', '2026-11-28').id).toBe('mau-01/2025');
    expect(selectTemplateFrom(templates, 'mau-01', '2026-11-28', { layout: '2018' }).layout).toBe('2018');
    expect(selectTemplateFrom(templates, 'mau-01', '2024-11-28').id).toBe('mau-01/2018');
    expect(code(() => selectTemplateFrom(templates, 'mau-01', '2024-11-28', { layout: '2025' }))).toBe('NO_TEMPLATE');
  });

  it('[FR4] a filled form names the version that built it; by default the form date chooses it, `at` overrides', () => {
    expect(buildForm('mau-01', RECEIPT)[0]?.templateId).toBe('mau-01/2018@2025-07-01');
    expect(buildForm('mau-01', RECEIPT, { at: '2024-01-02' })[0]?.templateId).toBe('mau-01/2018');
    expect(buildForm('mau-01', RECEIPT).map((s) => s.subtitle[0])).toEqual(['(Liên 1: Lưu hồ sơ)', '(Liên 2: Giao người nộp hồ sơ)']);
    expect(code(() => buildForm('mau-01', RECEIPT, { copies: 3 }))).toBe('INVALID_DATA');
  });

  it('[FR5] bad input is refused with a typed error, not printed', () => {
    expect(code(() => thermalDocument('mau-01', { ...RECEIPT, code: 'h15-abc xyz' }))).toBe('INVALID_DATA');
    expect(code(() => thermalDocument('mau-01', { ...RECEIPT, receivedAt: 'yesterday' }))).toBe('INVALID_DATA');
    expect(code(() => thermalDocument('mau-01', { ...RECEIPT, office: { ...RECEIPT.office, timeZone: 'Mars/Olympus' } }))).toBe('INVALID_DATA');
    expect(code(() => thermalDocument('mau-04', { ...APOLOGY, newDueAt: APOLOGY.originalDueAt }))).toBe('INVALID_DATA');
    expect(code(() => thermalDocument('mau-03', { ...REFUSAL, reasons: ['  '] }))).toBe('INVALID_DATA');
    expect(code(() => thermalDocument('mau-02', { ...SUPPLEMENT, applicantName: ' ' }))).toBe('INVALID_DATA');
  });
});

describe('Vietnamese dates in the office zone', () => {
  it('[FD1] place and date as administrative documents write them (leading zero for days < 10 and months 1–2)', () => {
    expect(formatPlaceDate('Phường Bến Thành', '2026-11-28T02:05:00Z', TZ)).toBe('Phường Bến Thành, ngày 28 tháng 11 năm 2026');
    expect(formatPlaceDate('Xã Tân Phú', '2026-02-04T03:00:00Z', TZ)).toBe('Xã Tân Phú, ngày 04 tháng 02 năm 2026');
    expect(formatPlaceDate('Xã Tân Phú', '2026-03-04T03:00:00Z', TZ)).toBe('Xã Tân Phú, ngày 04 tháng 3 năm 2026');
  });

  it('[FD2] the office zone decides the day, never the host zone', () => {
    // 17:10 UTC on 31 December is 00:10 on 1 January in Vietnam.
    expect(formatViDateTime('2026-12-31T17:10:00Z', TZ)).toBe('00 giờ 10 phút, ngày 01 tháng 01 năm 2027');
    expect(formatViDateTime('2026-12-31T17:10:00Z', 'UTC')).toBe('17 giờ 10 phút, ngày 31 tháng 12 năm 2026');
  });

  it('[FD3] processing time in its unit', () => {
    expect(formatProcessingTime({ amount: 10, unit: 'working-days' })).toBe('10 ngày làm việc');
    expect(formatProcessingTime({ amount: 4, unit: 'working-hours' })).toBe('4 giờ làm việc');
    expect(formatProcessingTime({ amount: 0.5, unit: 'working-days' })).toBe('0,5 ngày làm việc');
    expect(formatProcessingTime({ amount: null, unit: 'same-day' })).toBe('Trong ngày');
    expect(formatProcessingTime({ amount: null, unit: 'working-days' })).toBe('Theo quy định');
  });
});
