import type { AgentPrintResult } from '@motcua/protocol';
import type { ScanRead, ScannerErrorCode } from '@motcua/scanner';

/** The logger the agent writes to (a pino logger fits). */
export interface AgentLog {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLog: AgentLog = { debug() {}, info() {}, warn() {}, error() {} };

export type AgentConnection = 'connecting' | 'connected' | 'disconnected' | 'refused' | 'stopped';

export interface ScannerState {
  id: string;
  kind: 'hid-pos' | 'serial';
  state: 'opening' | 'open' | 'error' | 'stopped';
  error: { code: ScannerErrorCode; message: string } | null;
}

/** One local printer (USB device file or serial line) as the agent sees it. */
export interface PrinterState {
  id: string;
  name: string;
  transport: 'tcp' | 'usb-file' | 'serial' | 'virtual';
  /** The device path (`/dev/usb/lp0`, `/dev/ttyUSB0`). */
  path: string;
  /** The hub accepted it at the last registration (jobs for it can come). */
  registered: boolean;
  /** ready: no job or the last one printed; printing: jobs queued or running; error: the last job failed. */
  state: 'ready' | 'printing' | 'error';
  /** Jobs queued or running. */
  pending: number;
  /** Jobs printed / failed since start. */
  printed: number;
  failed: number;
  lastJob: { id: string; ok: boolean; at: string } | null;
  /** Of the last printed job: PAPER_NEAR_END, STATUS_UNKNOWN. */
  warnings: string[];
  /** The last job's error (PAPER_OUT, COVER_OPEN, CONNECT_FAILED, …), until a job prints. */
  error: { code: string; message: string } | null;
}

/** `agent:register` on the current connection. */
export interface RegistrationState {
  /** pending: not connected yet or waiting for the hub's answer; refused: the hub said no (retried later). */
  state: 'pending' | 'registered' | 'refused';
  /** The printer ids the hub accepted. */
  printers: string[];
  error: { code: string; message: string } | null;
}

export interface AgentStatus {
  connection: AgentConnection;
  /** Why the hub refused or the last connection error: `{ code, message }` (code as the hub sent it). */
  lastError: { code: string; message: string } | null;
  /** How many times the agent (re)connected since start. */
  connects: number;
  scanners: ScannerState[];
  /**
   * Local printers and the registration. Always set by `createAgent`; optional only so that test
   * doubles of `Agent` written before printing existed still type-check.
   */
  printers?: PrinterState[];
  registration?: RegistrationState;
}

/**
 * A job the hub sent this device (`agent:print`), decoded: its ESC/POS bytes are already
 * encoded for the printer's profile; the agent only moves them.
 */
export interface AgentPrintJob {
  id: string;
  printerId: string;
  /** ESC/POS bytes rendered by the hub. */
  bytes: Uint8Array;
}
/** The `agent:print` ack: `{ ok: true, warnings } | { ok: false, error: { code, message }, maybePrinted }`. */
export type AgentPrintOutcome = AgentPrintResult;
/** Prints one job exactly once and says what happened; never rejects. The default prints on the local printers. */
export type PrintJobHandler = (job: AgentPrintJob) => Promise<AgentPrintOutcome>;

export type { ScanRead };
