import { z } from 'zod';
import { Id } from './entities.js';

/** Interchange status codes used by provincial systems (DOMAIN.md "Dossier statuses"). */
export const DOSSIER_STATUS = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
} as const;
export type DossierStatusCode = keyof typeof DOSSIER_STATUS;
export const DossierStatusSchema = z.union([
  z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5),
  z.literal(6), z.literal(7), z.literal(8), z.literal(9), z.literal(10),
]);

export const TIME_UNITS = ['working-days', 'working-hours', 'same-day'] as const;
export const TimeUnitSchema = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof TimeUnitSchema>;

/** `<agency code>-<YYMMDD>-<NNNN>`, only `[A-Z0-9.-]` so scanners read it exactly. */
export const DOSSIER_CODE_RE = /^[A-Z0-9][A-Z0-9.]{0,30}-\d{6}-\d{4}$/;
export const DossierCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(DOSSIER_CODE_RE, 'mã hồ sơ dạng H15.50.05.13-261008-0975');
/** An agency code as printed in dossier codes, e.g. `H15.50.05.13`. */
export const AgencyCodeSchema = z.string().regex(/^[A-Z0-9][A-Z0-9.]{0,30}$/, 'mã cơ quan: chữ in hoa, số, dấu chấm');

/** One administrative procedure of the catalog (thủ tục hành chính). */
export const ProcedureSchema = z.object({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(400),
  field: z.string().trim().min(1).max(200),
  /** `xa` (commune) or `huyen` (former district / land-registration branch) or `tinh`. */
  level: z.string().trim().max(20).nullable().default(null),
  /** Processing time by law; `null` amount = not published. */
  processingTime: z.object({ amount: z.number().min(0).max(1000).nullable(), unit: TimeUnitSchema }),
  fee: z.string().max(2000).nullable().default(null),
  components: z.array(z.string().trim().min(1).max(600)).max(60),
  onlineLevel: z.string().max(40).nullable().default(null),
  active: z.boolean().default(true),
});
export type Procedure = z.infer<typeof ProcedureSchema>;

export const COMPONENT_FORMS = ['original', 'copy', 'certified-copy', 'presented'] as const;
export const DossierComponentSchema = z.object({
  name: z.string().trim().min(1).max(600),
  /** Bản chính / bản sao / bản sao chứng thực / xuất trình. */
  form: z.enum(COMPONENT_FORMS),
  count: z.number().int().min(1).max(99),
});
export type DossierComponent = z.infer<typeof DossierComponentSchema>;

export const ApplicantSchema = z.object({
  name: z.string().trim().min(1).max(120),
  /** CCCD (12 digits) or an older ID/passport number. */
  idNumber: z.string().trim().regex(/^[A-Z0-9]{6,20}$/i, 'số giấy tờ tùy thân: 6–20 chữ/số'),
  phone: z.string().trim().regex(/^\+?\d[\d .-]{7,16}$/, 'số điện thoại không hợp lệ'),
  address: z.string().trim().min(1).max(300),
  email: z.email().nullable().default(null),
});
export type Applicant = z.infer<typeof ApplicantSchema>;

export interface PersonRef {
  id: string;
  name: string;
  /** Department or unit name, e.g. "Bộ phận một cửa", "Phòng Tài nguyên và Môi trường". */
  unit: string;
}

export interface DossierPause {
  kind: 'supplement' | 'financial';
  from: string;
  to: string | null;
  reason: string;
}

/** One row of the control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ). */
export interface Handoff {
  from: PersonRef;
  to: PersonRef;
  at: string;
  note: string | null;
}

export interface DossierEvent {
  at: string;
  status: DossierStatusCode;
  actor: PersonRef;
  note: string | null;
}

export type DossierOutcome = 'early' | 'on-time' | 'late';

export interface Dossier {
  code: string;
  procedureCode: string;
  procedureName: string;
  field: string;
  applicant: Applicant;
  components: DossierComponent[];
  sets: number;
  /** How it was submitted. */
  channel: 'in-person' | 'post' | 'online';
  returnMethod: 'counter' | 'post';
  receivedAt: string;
  /** Due instant as computed at reception, moved by pauses and by one re-schedule. */
  dueAt: string;
  /** The legal processing time it was computed from. */
  processingTime: { amount: number; unit: TimeUnit };
  status: DossierStatusCode;
  receivedBy: PersonRef;
  /** Who holds it now (for the officer queue). */
  holder: PersonRef;
  counterId: string | null;
  ticketId: string | null;
  pauses: DossierPause[];
  handoffs: Handoff[];
  history: DossierEvent[];
  /** Mẫu 04: at most one re-schedule, decided before the due date. */
  rescheduled: { previousDueAt: string; newDueAt: string; reason: string; at: string } | null;
  resultAt: string | null;
  returnedAt: string | null;
  /** Set when resolved (status 9): compared with dueAt. */
  outcome: DossierOutcome | null;
  logBook: string;
  entryNumber: number;
}

export const ReceiveDossierInputSchema = z
  .object({
    counterId: Id,
    procedureCode: z.string().trim().min(1).max(40),
    applicant: ApplicantSchema,
    components: z.array(DossierComponentSchema).min(1).max(60),
    sets: z.number().int().min(1).max(20).default(1),
    channel: z.enum(['in-person', 'post', 'online']).default('in-person'),
    returnMethod: z.enum(['counter', 'post']).default('counter'),
    /** Required when the procedure publishes no processing time: the time the clerk chose. */
    processingTime: z
      .object({ amount: z.number().min(0.5).max(1000), unit: TimeUnitSchema })
      .nullable()
      .default(null),
    /** Print Mẫu 01 on the counter's printer (default), or only store it. */
    print: z.boolean().default(true),
  })
  .strict();
export type ReceiveDossierInput = z.infer<typeof ReceiveDossierInputSchema>;

/** Mẫu 02 (supplement guidance) or Mẫu 03 (refusal), given at the counter; no dossier code. */
export const ReceptionSlipInputSchema = z
  .object({
    counterId: Id,
    kind: z.enum(['supplement', 'refusal']),
    procedureCode: z.string().trim().min(1).max(40),
    applicantName: z.string().trim().min(1).max(120),
    /** Supplement: the documents to add or complete. Refusal: the reasons. */
    items: z.array(z.string().trim().min(1).max(600)).min(1).max(30),
    print: z.boolean().default(true),
  })
  .strict();
export type ReceptionSlipInput = z.infer<typeof ReceptionSlipInputSchema>;

/** Public look-up answer: never a name or ID number; details only with the owner factor. */
export interface DossierLookup {
  code: string;
  procedureName: string;
  status: DossierStatusCode;
  statusName: string;
  receivedAt: string;
  dueAt: string;
  /** true while in time, false when late (or resolved late). */
  onTime: boolean;
  /** Only with a correct owner factor. */
  timeline: Array<{ at: string; status: DossierStatusCode; statusName: string; unit: string }> | null;
}

/** What a staff member does to a dossier (`POST /api/dossiers/:code/actions`). */
export const DossierActionInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), note: z.string().trim().max(500).nullable().default(null) }).strict(),
  z.object({ type: z.literal('handoff'), toUserId: Id, note: z.string().trim().max(500).nullable().default(null) }).strict(),
  z.object({ type: z.literal('request-supplement'), reason: z.string().trim().min(1).max(1000) }).strict(),
  z.object({ type: z.literal('supplement-received'), note: z.string().trim().max(500).nullable().default(null) }).strict(),
  z.object({ type: z.literal('request-financial'), reason: z.string().trim().min(1).max(1000) }).strict(),
  z.object({ type: z.literal('financial-done'), note: z.string().trim().max(500).nullable().default(null) }).strict(),
  z.object({ type: z.literal('withdraw'), reason: z.string().trim().min(1).max(1000) }).strict(),
  z.object({ type: z.literal('stop'), reason: z.string().trim().min(1).max(1000) }).strict(),
  z.object({ type: z.literal('resolve'), note: z.string().trim().max(500).nullable().default(null) }).strict(),
  z
    .object({ type: z.literal('return'), method: z.enum(['counter', 'post']), note: z.string().trim().max(500).nullable().default(null) })
    .strict(),
  z
    .object({
      type: z.literal('reschedule'),
      newDueAt: z.iso.datetime({ offset: true }),
      reason: z.string().trim().min(1).max(1000),
      /** Print Mẫu 04 on the counter's printer. */
      print: z.boolean().default(true),
    })
    .strict(),
]);
export type DossierActionInput = z.infer<typeof DossierActionInputSchema>;

/** A dossier in an officer's or clerk's list, with flags computed at the hub's clock. */
export interface DossierListItem {
  code: string;
  procedureName: string;
  field: string;
  applicantName: string;
  status: DossierStatusCode;
  statusName: string;
  receivedAt: string;
  dueAt: string;
  holder: PersonRef;
  overdue: boolean;
  dueSoon: boolean;
  paused: boolean;
}

/** Live note to staff pages that a dossier changed (no personal data; re-fetch to see it). */
export interface DossierChange {
  at: string;
  code: string;
  status: DossierStatusCode;
  holderId: string;
}
