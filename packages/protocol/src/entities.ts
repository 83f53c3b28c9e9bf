import { z } from 'zod';
import type { PrintJobInfo, PrinterInfo } from './printing.js';
import type { DisplaySettings } from './display.js';

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'id: chữ, số, _ . : -');
export const IsoInstant = z.iso.datetime({ offset: true });
/** A business day in the office time zone, `YYYY-MM-DD`. */
export const BusinessDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Priority citizens by law and custom (DOMAIN.md "The queue"). */
export const PRIORITY_KINDS = ['elderly', 'disabled', 'pregnant', 'merit'] as const;
export const PrioritySchema = z.enum(PRIORITY_KINDS);
export type Priority = z.infer<typeof PrioritySchema>;

export const PriorityPolicySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('strict') }),
  z.object({ mode: z.literal('interleave'), every: z.number().int().min(1).max(50) }),
]);
export type PriorityPolicy = z.infer<typeof PriorityPolicySchema>;

export const ServiceSchema = z.object({
  id: Id,
  prefix: z.string().regex(/^[A-Z]{1,2}$/, 'tiền tố: 1–2 chữ cái in hoa'),
  name: z.string().min(1).max(120),
  /** Lĩnh vực of the procedure catalog this service takes tickets for. */
  field: z.string().max(120).nullable(),
  numberStart: z.number().int().min(0).max(9000),
  numberWidth: z.number().int().min(1).max(5),
  priorityPolicy: PriorityPolicySchema,
  /** At most this many tickets per business day; null = no cap. */
  dailyCap: z.number().int().min(1).max(99999).nullable(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type Service = z.infer<typeof ServiceSchema>;

export const CounterServiceSchema = z.object({
  serviceId: Id,
  /** Ratio of calls when several served services have waiting tickets; 0 = only when no other has. */
  weight: z.number().int().min(0).max(100),
});
export type CounterService = z.infer<typeof CounterServiceSchema>;

export const COUNTER_STATUSES = ['closed', 'open', 'paused'] as const;
export const CounterSchema = z.object({
  id: Id,
  /** The number citizens are sent to ("quầy số 3"). */
  number: z.number().int().min(1).max(999),
  name: z.string().min(1).max(80),
  services: z.array(CounterServiceSchema).max(50),
  status: z.enum(COUNTER_STATUSES),
  clerkId: Id.nullable(),
  clerkName: z.string().nullable(),
  currentTicketId: Id.nullable(),
  pauseReason: z.string().nullable(),
});
export type Counter = z.infer<typeof CounterSchema>;

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'absent'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export interface Ticket {
  id: string;
  serviceId: string;
  number: number;
  /** What is printed and announced, e.g. `A001`. */
  label: string;
  businessDay: string;
  priority: Priority | null;
  status: TicketStatus;
  issuedAt: string;
  /** When it (re-)entered its current queue: issue, or transfer (keeps the original arrival). */
  queuedAt: string;
  /** Start of the current wait (issue, or the last transfer): wait time is measured from here. */
  waitingSince: string;
  calledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  counterId: string | null;
  /** A transfer to a specific counter: only that counter may call it. */
  targetCounterId: string | null;
  callCount: number;
  transferCount: number;
  issuedBy: string;
  waitMs: number;
  walkMs: number;
  serviceMs: number;
}

export interface CallRecord {
  ticketId: string;
  label: string;
  serviceId: string;
  counterId: string;
  counterNumber: number;
  at: string;
  recall: boolean;
}

export interface OfficeInfo {
  name: string;
  unitName: string;
  timeZone: string;
}

/** What a client renders on connect; events after `seq` follow. */
export interface Snapshot {
  seq: number;
  businessDay: string;
  now: string;
  office: OfficeInfo;
  services: Service[];
  counters: Counter[];
  /** Today's waiting, called and serving tickets. */
  activeTickets: Ticket[];
  /** Newest first, bounded. */
  recentCalls: CallRecord[];
  /** Tickets issued today per service (for counts). */
  issuedToday: Record<string, number>;
  /** Printers of the office and their health. */
  printers: PrinterInfo[];
  /** Print jobs that failed and were not reprinted yet (staff reprint them). */
  failedPrintJobs: PrintJobInfo[];
  /** Waiting-room screens: the notice line and display profiles (set by an admin). */
  display: DisplaySettings;
}
