import type { Ack } from './errors.js';
import type { CommandName, CommandPayload } from './commands.js';
import type { CallRecord, Counter, Service, Snapshot, Ticket } from './entities.js';
import type { PrintJobChange, PrintJobInfo, PrinterChange, ReprintInput } from './printing.js';
import type { DossierChange } from './dossier.js';
import type { DisplayChange } from './display.js';
import type { AgentPrintRequest, AgentPrintResult, AgentRegister } from './agent.js';

/** Bumped on any incompatible change; sent in the handshake. */
export const PROTOCOL_VERSION = 1;

export interface TicketChange {
  seq: number;
  at: string;
  ticket: Ticket;
  /** The counter whose state changed with the ticket, if any. */
  counter: Counter | null;
  /** Set on ticket:called / ticket:recalled. */
  call: CallRecord | null;
}

export interface CounterChange {
  seq: number;
  at: string;
  counter: Counter;
}

export interface ConfigChange {
  seq: number;
  at: string;
  services: Service[];
  counters: Counter[];
}

/** Hub → clients. Every payload carries the event's `seq` so a client can detect a gap. */
export interface ServerToClientEvents {
  'state:snapshot': (snapshot: Snapshot) => void;
  'ticket:issued': (change: TicketChange) => void;
  'ticket:called': (change: TicketChange) => void;
  'ticket:recalled': (change: TicketChange) => void;
  'ticket:started': (change: TicketChange) => void;
  'ticket:finished': (change: TicketChange) => void;
  'ticket:absent': (change: TicketChange) => void;
  'ticket:transferred': (change: TicketChange) => void;
  'counter:changed': (change: CounterChange) => void;
  'config:changed': (change: ConfigChange) => void;
  /** A print job was queued, printed or failed (staff pages and the issuing kiosk use it). */
  'print:updated': (change: PrintJobChange) => void;
  /** A printer's health changed (paper out, near end, back to ok …). */
  'printer:changed': (change: PrinterChange) => void;
  /** An admin changed the TVs' notice or display profiles. */
  'display:changed': (change: DisplayChange) => void;
  /** Staff only (room `staff`), outside the seq stream: a dossier changed; re-fetch lists. */
  'dossier:changed': (change: DossierChange) => void;
  /** To a device agent only: print these bytes on one of your printers; answer the outcome. */
  'agent:print': (job: AgentPrintRequest, ack: (result: AgentPrintResult) => void) => void;
}

export type ServerEventName = keyof ServerToClientEvents;

/** The ticket:* events (all carry a TicketChange). */
export const TICKET_EVENTS = [
  'ticket:issued',
  'ticket:called',
  'ticket:recalled',
  'ticket:started',
  'ticket:finished',
  'ticket:absent',
  'ticket:transferred',
] as const satisfies readonly ServerEventName[];
export type TicketEventName = (typeof TICKET_EVENTS)[number];

/** Result data of each command. */
export interface CommandResults {
  'ticket:issue': { ticket: Ticket; peopleAhead: number; printJobId: string | null };
  'counter:open': { counter: Counter };
  'counter:close': { counter: Counter };
  'counter:pause': { counter: Counter };
  'counter:resume': { counter: Counter };
  'ticket:callNext': { ticket: Ticket; counter: Counter };
  'ticket:callSpecific': { ticket: Ticket; counter: Counter };
  'ticket:recall': { ticket: Ticket; counter: Counter };
  'ticket:absent': { ticket: Ticket; counter: Counter };
  'ticket:start': { ticket: Ticket; counter: Counter };
  'ticket:finish': { ticket: Ticket; counter: Counter; next: Ticket | null };
  'ticket:transfer': { ticket: Ticket; counter: Counter };
  'service:save': { service: Service };
  'counter:save': { counter: Counter };
}

type CommandHandlers = {
  [N in CommandName]: (payload: CommandPayload<N>, ack: (result: Ack<CommandResults[N]>) => void) => void;
};

/** Clients → hub: every command, plus a snapshot request. */
export interface ClientToServerEvents extends CommandHandlers {
  'state:get': (ack: (result: Ack<Snapshot>) => void) => void;
  /** Staff: print a job again (same ticket, never a new number). Also `POST /api/print/jobs/:id/reprint`. */
  'print:reprint': (payload: ReprintInput, ack: (result: Ack<{ job: PrintJobInfo }>) => void) => void;
  /** A device agent announces its local printers and scanners. */
  'agent:register': (payload: AgentRegister, ack: (result: Ack<{ printers: string[] }>) => void) => void;
}
