import type { RenderedJob } from './renderJob.js';
import type { PrinterStatus } from './status.js';

export interface StatusQueryRecord {
  n: number;
  /** The byte answered, or null when not answered (no-answer fault, unsupported n). */
  answer: number | null;
  /** Epoch milliseconds (sub-millisecond precision). */
  at: number;
}

export type JobOutcome = 'printed' | 'rejected' | 'aborted';

/** What one connection delivered as a job, before it is rendered. */
export interface ReceivedJob {
  bytes: Uint8Array;
  outcome: JobOutcome;
  reason: string | null;
  /** Epoch ms of the first byte, the last byte accepted, and the end of the job. */
  startedAt: number;
  lastByteAt: number;
  endedAt: number;
  /** Epoch ms the last byte of print data was accepted (status queries after the job left out): the benchmark's "printed" instant. */
  lastDataAt: number;
  /** Sensor state (faults included) when the first byte arrived. */
  status: PrinterStatus;
  statusQueries: StatusQueryRecord[];
}

/** One job: the print data one connection carried (status-only connections are not jobs). */
export interface JobRecord extends ReceivedJob, Omit<RenderedJob, 'png'> {
  /** The number of its files in outDir. */
  n: number;
  /** Why it was rejected (`paper-out`, `cover-open`, `offline`, `error`) or aborted (`close-mid-job`, `printer-closed`). */
  reason: string | null;
  /** Null when rejected; an aborted job has the partial print a printer would have made. */
  pngPath: string | null;
  jsonPath: string;
  receivedBytes: number;
  commandCounts: Record<string, number>;
}
