import type { DossierComponent, DossierOutcome, TimeUnit } from '@motcua/protocol';

/**
 * The header every form carries (top left of the A4 page, top of the thermal slip) and the
 * office facts used to write dates: plain data, mapped by the hub from its configuration.
 */
export interface OfficeHeader {
  /** Cơ quan chủ quản, e.g. "UBND THÀNH PHỐ HỒ CHÍ MINH"; null when the office prints none. */
  parentAgency: string | null;
  /** Tên cơ quan / đơn vị, e.g. "UBND PHƯỜNG BẾN THÀNH". */
  agency: string;
  /** Defaults to "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"; null prints none. */
  unit?: string | null;
  /** Place of the date line: "Phường Bến Thành" → "Phường Bến Thành, ngày 28 tháng 11 năm 2026". */
  place: string;
  /** IANA zone every date is written in, e.g. "Asia/Ho_Chi_Minh" (never the host's zone). */
  timeZone: string;
  /** Đường dây nóng / hỗ trợ, printed on the receipt when set. */
  helpdeskPhone?: string | null;
}

/** Someone named on a form (a signature block, a hand-off). */
export interface FormPerson {
  name: string;
  /** Department or unit, e.g. "Phòng Tài nguyên và Môi trường". */
  unit?: string | null;
}

/** One document handed in: Bản chính / bản sao / bản sao chứng thực / xuất trình, and how many. */
export type ReceiptComponent = Pick<DossierComponent, 'name' | 'form' | 'count'>;

export interface ReceiptApplicant {
  name: string;
  address: string;
  phone: string;
  email?: string | null;
  /** CCCD or older ID / passport number. */
  idNumber?: string | null;
}

/** Mẫu 01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (DOMAIN.md "Mẫu 01 fields"). */
export interface ReceiptData {
  office: OfficeHeader;
  /** Mã hồ sơ, `[A-Z0-9.-]` only (printed as CODE128). */
  code: string;
  applicant: ReceiptApplicant;
  /** Nội dung yêu cầu giải quyết: the procedure's name. */
  procedureName: string;
  /** Lĩnh vực, printed when set. */
  field?: string | null;
  components: ReceiptComponent[];
  /** Số lượng hồ sơ (bộ). */
  sets: number;
  /** Thời gian giải quyết theo quy định; amount null = not published. */
  processingTime: { amount: number | null; unit: TimeUnit };
  /** ISO instants. */
  receivedAt: string;
  dueAt: string;
  returnMethod: 'counter' | 'post';
  /** Where exactly: the counter's name, or the postal address; optional detail. */
  returnPlace?: string | null;
  /** Sổ theo dõi hồ sơ: the book ("Quyển số") and the entry number in it. */
  logBook: string;
  entryNumber: number;
  /** Phí, lệ phí as text ("50.000 đồng", "Miễn phí"); null prints nothing. */
  fee?: string | null;
  receivedBy: FormPerson;
}

/** Mẫu 02 "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": a one-time written guidance. */
export interface SupplementSlipData {
  office: OfficeHeader;
  /** ISO instant the slip is issued. */
  issuedAt: string;
  applicantName: string;
  procedureName: string;
  /** Dossier code when the dossier already has one (online / returned for supplement). */
  code?: string | null;
  /** What to add or complete, one item per document or point. */
  items: string[];
  /** Why (optional): e.g. "Hồ sơ chưa đủ thành phần theo quy định". */
  reason?: string | null;
  /** Further one-time guidance, printed as a paragraph. */
  guidance?: string | null;
  officer: FormPerson;
  /** Who to ask while completing the dossier (defaults to the officer and the helpdesk). */
  contact?: { name: string; phone: string } | null;
}

/** Mẫu 03 "Phiếu từ chối tiếp nhận giải quyết hồ sơ". */
export interface RefusalSlipData {
  office: OfficeHeader;
  issuedAt: string;
  applicantName: string;
  procedureName: string;
  code?: string | null;
  /** The concrete reasons, one per item. */
  reasons: string[];
  officer: FormPerson;
}

/** Mẫu 04 "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (re-scheduling once, before the due date). */
export interface ApologySlipData {
  office: OfficeHeader;
  issuedAt: string;
  code: string;
  applicantName: string;
  procedureName: string;
  receivedAt: string;
  /** The due date printed on Mẫu 01. */
  originalDueAt: string;
  newDueAt: string;
  /** Why it is late. */
  reason: string;
  /** Replaces the standard apology sentence when set. */
  apology?: string | null;
  /** The agency apologising when not the office itself (the late department). */
  apologizingAgency?: string | null;
  /** Signs for the agency: title ("TRƯỞNG PHÒNG …", "CHỦ TỊCH") and name. */
  signer: { title: string; name: string };
}

export type HandoffResult = DossierOutcome;

/** One row of the control sheet: who gave it and when, who received it and when. */
export interface ControlSheetHandoff {
  from: FormPerson;
  to: FormPerson;
  /** ISO instant given. */
  givenAt: string;
  /** ISO instant received; defaults to `givenAt`. */
  receivedAt?: string | null;
  /** Trước hạn / đúng hạn / quá hạn at this step, when known. */
  result?: HandoffResult | null;
  note?: string | null;
}

/** Phiếu kiểm soát quá trình giải quyết hồ sơ. */
export interface ControlSheetData {
  office: OfficeHeader;
  /** When the sheet is printed. */
  issuedAt: string;
  code: string;
  applicantName: string;
  procedureName: string;
  receivedAt: string;
  dueAt: string;
  /** Cơ quan (bộ phận) giải quyết hồ sơ. */
  resolvingUnit: string;
  /** Cơ quan phối hợp giải quyết hồ sơ. */
  coordinatingUnits?: string[];
  handoffs: ControlSheetHandoff[];
  /** The overall result when resolved. */
  outcome?: HandoffResult | null;
  notes?: string | null;
}

export const FORM_IDS = ['mau-01', 'mau-02', 'mau-03', 'mau-04', 'phieu-kiem-soat'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** The input each form takes. */
export interface FormDataMap {
  'mau-01': ReceiptData;
  'mau-02': SupplementSlipData;
  'mau-03': RefusalSlipData;
  'mau-04': ApologySlipData;
  'phieu-kiem-soat': ControlSheetData;
}
