import { formatShortDateTime, formatViDateTime } from '../formatVi.js';
import { OUTCOME_LABELS } from '../labels.js';
import type { FormSheet, SheetPart } from '../sheet.js';
import type { ControlSheetData } from '../types.js';
import { checkCode, personLine, requireText, sheetHeader } from './common.js';

/** Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu số 05, Thông tư 01/2018/TT-VPCP). */
export function buildControlSheet2018(data: ControlSheetData): FormSheet {
  const tz = data.office.timeZone;
  const parts: SheetPart[] = [
    { kind: 'code', label: 'Mã hồ sơ', value: checkCode(data.code) },
    { kind: 'field', label: 'Kèm theo hồ sơ của', value: requireText(data.applicantName, 'tên người nộp hồ sơ') },
    { kind: 'field', label: 'Nội dung yêu cầu giải quyết', value: requireText(data.procedureName, 'nội dung yêu cầu giải quyết') },
    { kind: 'field', label: 'Thời gian nhận hồ sơ', value: formatViDateTime(data.receivedAt, tz) },
    { kind: 'field', label: 'Thời gian trả kết quả', value: formatViDateTime(data.dueAt, tz) },
    { kind: 'field', label: 'Cơ quan (bộ phận) giải quyết hồ sơ', value: data.resolvingUnit },
  ];
  if (data.coordinatingUnits && data.coordinatingUnits.length > 0) {
    parts.push({ kind: 'field', label: 'Cơ quan phối hợp giải quyết hồ sơ', value: data.coordinatingUnits.join('; ') });
  }
  parts.push({
    kind: 'table',
    stackOnNarrow: true,
    columns: [
      { header: 'Lần', width: 0.8, align: 'center' },
      { header: 'Giao', width: 3.4 },
      { header: 'Nhận', width: 3.4 },
      { header: 'Kết quả (trước hạn / đúng hạn / quá hạn)', width: 1.9, align: 'center' },
      { header: 'Ghi chú', width: 1.7 },
    ],
    rows: data.handoffs.map((h, i) => [
      String(i + 1),
      `${personLine(h.from)}\n${formatShortDateTime(h.givenAt, tz)}`,
      `${personLine(h.to)}\n${formatShortDateTime(h.receivedAt ?? h.givenAt, tz)}`,
      h.result ? OUTCOME_LABELS[h.result] : '',
      h.note ?? '',
    ]),
  });
  if (data.outcome) parts.push({ kind: 'field', label: 'Kết quả giải quyết hồ sơ', value: OUTCOME_LABELS[data.outcome] });
  if (data.notes) parts.push({ kind: 'field', label: 'Ghi chú', value: data.notes });
  return { formId: 'phieu-kiem-soat', templateId: '', header: sheetHeader(data.office, data.issuedAt), title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', subtitle: [], parts };
}
