import type { PrinterStatus } from './status.js';

/** A misbehaviour injected into the virtual printer (see README "Faults"). */
export type Fault =
  | { kind: 'paper-out' | 'paper-near-end' | 'cover-open' | 'offline' | 'error'; once?: boolean }
  /** Never answers DLE EOT (cheap clones, or a printer that hung). */
  | { kind: 'no-answer'; once?: boolean }
  /** Destroys the connection after `afterBytes` (default 64) bytes of it were accepted. */
  | { kind: 'close-mid-job'; afterBytes?: number; once?: boolean }
  /** Accepts `chunkBytes` (default 1024) at a time, waiting `delayMs` (default 20) before each. */
  | { kind: 'slow'; chunkBytes?: number; delayMs?: number; once?: boolean }
  /** Persistent: stops listening (connection refused). Once: resets the next connection. */
  | { kind: 'refuse'; once?: boolean };

export type FaultKind = Fault['kind'];

/** `once` faults apply to the next connection only (whatever it carries); others until cleared. */
export function normalizeFault(f: Fault | FaultKind): Fault {
  return typeof f === 'string' ? ({ kind: f } as Fault) : f;
}

/** The status a printer reports with these faults on top of its configured status. */
export function statusWithFaults(base: PrinterStatus, faults: readonly Fault[]): PrinterStatus {
  const s = { ...base };
  for (const f of faults) {
    if (f.kind === 'paper-out') s.paperOut = true;
    if (f.kind === 'paper-near-end') s.paperNearEnd = true;
    if (f.kind === 'cover-open') s.coverOpen = true;
    if (f.kind === 'offline') s.online = false;
    if (f.kind === 'error') s.error = true;
  }
  return s;
}
