import { formatViDateTime } from '../formatVi.js';
import { COMPONENT_FORM_LABELS, RETURN_METHOD_LABELS, formatProcessingTime } from '../labels.js';
import type { SheetPart } from '../sheet.js';
import type { FormTemplate } from '../template.js';
import type { ReceiptData } from '../types.js';
import { checkCode, requireText, sheetHeader } from './common.js';

export const RECEIPT_TITLE = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';
export const RECEIPT_COPIES = ['Liên 1: Lưu hồ sơ', 'Liên 2: Giao người nộp hồ sơ'] as const;

/** Mẫu số 01, Thông tư 01/2018/TT-VPCP: fields in the order of the circular's annex. */
export function buildReceipt2018(data: ReceiptData, copy: string | null): ReturnType<FormTemplate<'mau-01'>['build']> {
  const tz = data.office.timeZone;
  const code = checkCode(data.code);
  const a = data.applicant;
  const contact = [{ label: 'Số điện thoại', value: a.phone }];
  if (a.email) contact.push({ label: 'Email', value: a.email });
  const parts: SheetPart[] = [
    { kind: 'code', label: 'Mã hồ sơ', value: code },
    { kind: 'field', label: 'Tiếp nhận hồ sơ của', value: requireText(a.name, 'tên người nộp hồ sơ') },
  ];
  if (a.idNumber) parts.push({ kind: 'field', label: 'Số định danh cá nhân (CCCD)', value: a.idNumber });
  parts.push(
    { kind: 'field', label: 'Địa chỉ', value: a.address },
    { kind: 'fieldRow', fields: contact },
    { kind: 'field', label: 'Nội dung yêu cầu giải quyết', value: requireText(data.procedureName, 'nội dung yêu cầu giải quyết') },
  );
  if (data.field) parts.push({ kind: 'field', label: 'Lĩnh vực', value: data.field });
  parts.push(
    { kind: 'heading', text: '1. Thành phần hồ sơ nộp gồm:' },
    {
      kind: 'table',
      columns: [
        { header: 'STT', narrowHeader: 'TT', width: 0.8, align: 'center' },
        { header: 'Tên giấy tờ', width: 6 },
        { header: 'Hình thức', width: 2.6, align: 'center' },
        { header: 'Số lượng', narrowHeader: 'SL', width: 1, align: 'center' },
      ],
      rows: data.components.map((c, i) => [String(i + 1), c.name, COMPONENT_FORM_LABELS[c.form], String(c.count)]),
    },
    { kind: 'field', label: '2. Số lượng hồ sơ', value: `${data.sets} (bộ)` },
    { kind: 'field', label: '3. Thời gian giải quyết hồ sơ theo quy định', value: formatProcessingTime(data.processingTime) },
    { kind: 'field', label: '4. Thời gian nhận hồ sơ', value: formatViDateTime(data.receivedAt, tz) },
    { kind: 'field', label: '5. Thời gian trả kết quả giải quyết hồ sơ', value: formatViDateTime(data.dueAt, tz) },
    {
      kind: 'field',
      label: '6. Đăng ký nhận kết quả tại',
      value: data.returnPlace ? `${RETURN_METHOD_LABELS[data.returnMethod]} (${data.returnPlace})` : RETURN_METHOD_LABELS[data.returnMethod],
    },
  );
  if (data.fee) parts.push({ kind: 'field', label: 'Phí, lệ phí', value: data.fee });
  parts.push(
    { kind: 'text', text: `Vào Sổ theo dõi hồ sơ, Quyển số: ${data.logBook}, Số thứ tự: ${data.entryNumber}` },
    {
      kind: 'signatures',
      signers: [
        { title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: a.name },
        { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: data.receivedBy.name },
      ],
    },
  );
  if (data.office.helpdeskPhone) parts.push({ kind: 'note', text: `Đường dây nóng hỗ trợ: ${data.office.helpdeskPhone}` });
  parts.push({ kind: 'note', text: 'Quét mã vạch trên phiếu tại ki-ốt hoặc nhập mã hồ sơ để tra cứu tình trạng giải quyết.' });
  return {
    formId: 'mau-01',
    templateId: '',
    header: sheetHeader(data.office, data.receivedAt),
    title: RECEIPT_TITLE,
    subtitle: copy ? [`(${copy})`] : [],
    parts,
  };
}
