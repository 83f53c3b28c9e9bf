import { z } from 'zod';
import { Id } from './entities.js';

export const PRINT_JOB_KINDS = ['ticket', 'receipt', 'slip'] as const;
export type PrintJobKind = (typeof PRINT_JOB_KINDS)[number];

export const PRINT_JOB_STATES = ['queued', 'printing', 'printed', 'failed'] as const;
export type PrintJobState = (typeof PRINT_JOB_STATES)[number];

/** A print job as staff and the issuing kiosk see it. The document itself stays on the hub. */
export interface PrintJobInfo {
  id: string;
  /** A queue ticket, a dossier receipt (Mẫu 01), or another form (Mẫu 02/03/04). */
  kind: PrintJobKind;
  ticketId: string | null;
  /** What it prints, for staff: a ticket label (`A025`) or a dossier code. */
  label: string | null;
  printerId: string;
  /** The device whose print it is (the kiosk). */
  deviceId: string | null;
  state: PrintJobState;
  attempts: number;
  /** Printer error code (PAPER_OUT, COVER_OPEN, OFFLINE, PRINTER_ERROR, NO_ANSWER, CONNECT_FAILED, CONNECTION_LOST, TIMEOUT, INTERRUPTED) and its Vietnamese message. */
  error: { code: string; message: string } | null;
  warnings: string[];
  createdAt: string;
  updatedAt: string;
}

export const PRINTER_HEALTH = ['ok', 'warning', 'error', 'unknown'] as const;
export type PrinterHealth = (typeof PRINTER_HEALTH)[number];

/** What staff see of a printer. */
export interface PrinterInfo {
  id: string;
  name: string;
  health: PrinterHealth;
  /** The last error or warning code, e.g. PAPER_OUT or PAPER_NEAR_END. */
  code: string | null;
  message: string | null;
  checkedAt: string | null;
}

export const ReprintInputSchema = z.object({ jobId: Id }).strict();
export type ReprintInput = z.infer<typeof ReprintInputSchema>;

export interface PrintJobChange {
  seq: number;
  at: string;
  job: PrintJobInfo;
}

export interface PrinterChange {
  seq: number;
  at: string;
  printer: PrinterInfo;
}
