import type { PrintJobInfo, PrintJobKind, PrintJobState, PrinterHealth, PrinterInfo } from '@motcua/protocol';
import type { Db } from './db.js';

interface JobRow {
  id: string;
  kind: string;
  ticket_id: string | null;
  label: string | null;
  printer_id: string;
  device_id: string | null;
  document: string;
  state: string;
  attempts: number;
  error_code: string | null;
  error_message: string | null;
  warnings: string;
  created_at: string;
  updated_at: string;
  printed_at: string | null;
}

interface PrinterRow {
  id: string;
  profile: string;
  health: string;
  code: string | null;
  message: string | null;
  checked_at: string | null;
  host_device_id: string | null;
}

const jobInfo = (r: JobRow): PrintJobInfo => ({
  id: r.id,
  kind: r.kind as PrintJobKind,
  ticketId: r.ticket_id,
  label: r.label,
  printerId: r.printer_id,
  deviceId: r.device_id,
  state: r.state as PrintJobState,
  attempts: r.attempts,
  error: r.error_code ? { code: r.error_code, message: r.error_message ?? '' } : null,
  warnings: JSON.parse(r.warnings) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface StoredPrinter {
  /** The printer profile as configured (validated by the hub with the printer package's schema). */
  profile: unknown;
  info: PrinterInfo;
  /** The device whose agent drives it (USB/serial on a kiosk), or null: the hub reaches it itself. */
  hostDeviceId: string | null;
}

/** Print jobs (stored before they are sent) and printers with their last known health. */
export class PrintRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insertJob: db.prepare(
        `INSERT INTO print_jobs (id, kind, ticket_id, label, printer_id, device_id, document, state, attempts,
           warnings, created_at, updated_at)
         VALUES (@id, @kind, @ticketId, @label, @printerId, @deviceId, @document, 'queued', 0, '[]', @at, @at)`,
      ),
      job: db.prepare<[string], JobRow>(`SELECT * FROM print_jobs WHERE id = ?`),
      setState: db.prepare(
        `UPDATE print_jobs SET state = @state, attempts = attempts + @attempt, error_code = @errorCode,
           error_message = @errorMessage, warnings = @warnings, updated_at = @at,
           printed_at = CASE WHEN @state = 'printed' THEN @at ELSE printed_at END
         WHERE id = @id`,
      ),
      byState: db.prepare<[string], JobRow>(`SELECT * FROM print_jobs WHERE state = ? ORDER BY created_at`),
      recentFailed: db.prepare<[number], JobRow>(
        `SELECT * FROM print_jobs WHERE state = 'failed' ORDER BY updated_at DESC LIMIT ?`,
      ),
      upsertPrinter: db.prepare<[string, string, string | null]>(
        `INSERT INTO printers (id, profile, host_device_id) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, host_device_id = excluded.host_device_id`,
      ),
      printers: db.prepare<[], PrinterRow>(`SELECT * FROM printers ORDER BY id`),
      setHealth: db.prepare(
        `UPDATE printers SET health = @health, code = @code, message = @message, checked_at = @at WHERE id = @id`,
      ),
    };
  }

  addJob(j: Pick<PrintJobInfo, 'id' | 'kind' | 'ticketId' | 'label' | 'printerId' | 'deviceId'> & { document: unknown; at: string }): void {
    this.s.insertJob.run({ ...j, document: JSON.stringify(j.document) });
  }

  job(id: string): PrintJobInfo | null {
    const r = this.s.job.get(id);
    return r ? jobInfo(r) : null;
  }

  jobDocument(id: string): unknown {
    const r = this.s.job.get(id);
    return r ? (JSON.parse(r.document) as unknown) : null;
  }

  setJobState(
    id: string,
    state: PrintJobState,
    at: string,
    o: { attempt?: boolean; error?: { code: string; message: string } | null; warnings?: string[] } = {},
  ): void {
    this.s.setState.run({
      id,
      state,
      at,
      attempt: o.attempt ? 1 : 0,
      errorCode: o.error?.code ?? null,
      errorMessage: o.error?.message ?? null,
      warnings: JSON.stringify(o.warnings ?? []),
    });
  }

  jobsInState(state: PrintJobState): PrintJobInfo[] {
    return this.s.byState.all(state).map(jobInfo);
  }

  recentFailedJobs(limit: number): PrintJobInfo[] {
    return this.s.recentFailed.all(limit).map(jobInfo);
  }

  savePrinter(id: string, profile: unknown, hostDeviceId: string | null = null): void {
    this.s.upsertPrinter.run(id, JSON.stringify(profile), hostDeviceId);
  }

  printers(): StoredPrinter[] {
    return this.s.printers.all().map((r) => {
      const profile = JSON.parse(r.profile) as { name?: string };
      return {
        profile,
        info: {
          id: r.id,
          name: profile.name ?? r.id,
          health: r.health as PrinterHealth,
          code: r.code,
          message: r.message,
          checkedAt: r.checked_at,
        },
        hostDeviceId: r.host_device_id,
      };
    });
  }

  setPrinterHealth(id: string, health: PrinterHealth, code: string | null, message: string | null, at: string): void {
    this.s.setHealth.run({ id, health, code, message, at });
  }
}
