import { FormError } from '../FormError.js';
import { formatViDate, formatViDateTime } from '../formatVi.js';
import type { FormSheet, SheetPart } from '../sheet.js';
import type { ApologySlipData, RefusalSlipData, SupplementSlipData } from '../types.js';
import { checkCode, requireText, sheetHeader } from './common.js';

function requireItems(items: readonly string[], what: string): string[] {
  const kept = items.map((i) => i.trim()).filter((i) => i !== '');
  if (kept.length === 0) throw new FormError('INVALID_DATA', `thiếu ${what}`);
  return kept;
}

/** Mẫu số 02, Thông tư 01/2018/TT-VPCP: the one-time written guidance. */
export function buildSupplement2018(data: SupplementSlipData): FormSheet {
  const parts: SheetPart[] = [];
  if (data.code) parts.push({ kind: 'code', label: 'Mã hồ sơ', value: checkCode(data.code) });
  parts.push(
    { kind: 'field', label: 'Hồ sơ của', value: requireText(data.applicantName, 'tên người nộp hồ sơ') },
    { kind: 'field', label: 'Nội dung yêu cầu giải quyết', value: requireText(data.procedureName, 'nội dung yêu cầu giải quyết') },
    { kind: 'heading', text: 'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:' },
    { kind: 'list', items: requireItems(data.items, 'nội dung cần bổ sung'), numbered: true },
  );
  if (data.reason) parts.push({ kind: 'field', label: 'Lý do', value: data.reason });
  if (data.guidance) parts.push({ kind: 'text', text: data.guidance });
  const contactName = data.contact?.name ?? data.officer.name;
  const phone = data.contact?.phone ?? data.office.helpdeskPhone ?? null;
  parts.push(
    {
      kind: 'text',
      text: `Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với ${contactName}${phone ? `, số điện thoại ${phone}` : ''} để được hướng dẫn.`,
    },
    { kind: 'signatures', signers: [{ title: 'NGƯỜI HƯỚNG DẪN', hint: '(Ký và ghi rõ họ tên)', name: data.officer.name }] },
  );
  return { formId: 'mau-02', templateId: '', header: sheetHeader(data.office, data.issuedAt), title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', subtitle: [], parts };
}

/** Mẫu số 03, Thông tư 01/2018/TT-VPCP. */
export function buildRefusal2018(data: RefusalSlipData): FormSheet {
  const parts: SheetPart[] = [];
  if (data.code) parts.push({ kind: 'code', label: 'Mã hồ sơ', value: checkCode(data.code) });
  parts.push(
    { kind: 'field', label: 'Tiếp nhận hồ sơ của', value: requireText(data.applicantName, 'tên người nộp hồ sơ') },
    { kind: 'field', label: 'Nội dung yêu cầu giải quyết', value: requireText(data.procedureName, 'nội dung yêu cầu giải quyết') },
    {
      kind: 'text',
      text: 'Qua nghiên cứu, đối chiếu với các quy định hiện hành, Bộ phận tiếp nhận và trả kết quả từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
    },
    { kind: 'list', items: requireItems(data.reasons, 'lý do từ chối'), numbered: true },
    { kind: 'text', text: 'Xin thông báo cho Ông/Bà được biết và thực hiện./.' },
    { kind: 'signatures', signers: [{ title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: data.officer.name }] },
  );
  return { formId: 'mau-03', templateId: '', header: sheetHeader(data.office, data.issuedAt), title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', subtitle: [], parts };
}

const capitalize = (s: string): string => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Mẫu số 04, Thông tư 01/2018/TT-VPCP: apology and the new return date (once). */
export function buildApology2018(data: ApologySlipData): FormSheet {
  const tz = data.office.timeZone;
  if (new Date(data.newDueAt).getTime() <= new Date(data.originalDueAt).getTime()) {
    throw new FormError('INVALID_DATA', 'ngày hẹn lại phải sau ngày hẹn trả ban đầu');
  }
  const agency = data.apologizingAgency ?? data.office.agency;
  const parts: SheetPart[] = [
    { kind: 'code', label: 'Mã hồ sơ', value: checkCode(data.code) },
    { kind: 'text', text: `${capitalize(formatViDate(data.receivedAt, tz))}, ${agency} tiếp nhận giải quyết hồ sơ của Ông/Bà ${data.applicantName}.` },
    { kind: 'field', label: 'Nội dung yêu cầu giải quyết', value: requireText(data.procedureName, 'nội dung yêu cầu giải quyết') },
    { kind: 'field', label: 'Thời hạn trả kết quả giải quyết hồ sơ', value: formatViDateTime(data.originalDueAt, tz) },
    {
      kind: 'text',
      text: `Tuy nhiên đến nay, ${agency} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng thời hạn quy định ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
    },
    { kind: 'field', label: 'Lý do', value: requireText(data.reason, 'lý do chậm trễ') },
    {
      kind: 'text',
      text: data.apology ?? `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của Ông/Bà. ${agency} thành thật xin lỗi Ông/Bà.`,
    },
    { kind: 'field', label: 'Hẹn lại thời gian trả kết quả', value: formatViDateTime(data.newDueAt, tz) },
    { kind: 'text', text: 'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.' },
    { kind: 'signatures', signers: [{ title: data.signer.title, hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: data.signer.name }] },
  ];
  return {
    formId: 'mau-04',
    templateId: '',
    header: sheetHeader(data.office, data.issuedAt),
    title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
    subtitle: [`Kính gửi: Ông/Bà ${requireText(data.applicantName, 'tên người nộp hồ sơ')}`],
    parts,
  };
}
