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

export interface AgentStatus {
  connection: AgentConnection;
  /** Why the hub refused or the last connection error: `{ code, message }` (code as the hub sent it). */
  lastError: { code: string; message: string } | null;
  /** How many times the agent (re)connected since start. */
  connects: number;
  scanners: ScannerState[];
}

/**
 * The printing half's seam. The hub will send the print jobs of this device's USB/serial
 * printers; the handler prints them (hardware/printer transports) and answers the outcome.
 * The message names and payloads are the hub's to define (see hardware/agent/README.md).
 */
export interface AgentPrintJob {
  id: string;
  printerId: string;
  /** ESC/POS bytes rendered by the hub. */
  bytes: Uint8Array;
}
export type AgentPrintOutcome = { ok: true } | { ok: false; error: { code: string; message: string } };
export type PrintJobHandler = (job: AgentPrintJob) => Promise<AgentPrintOutcome>;

export type { ScanRead };
