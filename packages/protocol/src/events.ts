import type { Ack } from './errors.js';
import type { CommandName, CommandPayload } from './commands.js';
import type { CallRecord, Counter, Service, Snapshot, Ticket } from './entities.js';
import type { PrintJobChange, PrintJobInfo, PrinterChange, ReprintInput } from './printing.js';
import type { DossierChange } from './dossier.js';
import type { DisplayChange } from './display.js';
import type { AgentPrintRequest, AgentPrintResult, AgentRegister } from './agent.js';

/**
 * Bumped on any incompatible change; sent in the handshake.
 * 2: seq-stream events travel in one `events` frame per commit instead of one frame each.
 */
export const PROTOCOL_VERSION = 2;

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

/** The events of the gap-free `seq` stream, by name. Every payload carries its `seq`. */
export interface BroadcastPayloads {
  'ticket:issued': TicketChange;
  'ticket:called': TicketChange;
  'ticket:recalled': TicketChange;
  'ticket:started': TicketChange;
  'ticket:finished': TicketChange;
  'ticket:absent': TicketChange;
  'ticket:transferred': TicketChange;
  'counter:changed': CounterChange;
  'config:changed': ConfigChange;
  /** A print job was queued, printed or failed (staff pages and the issuing kiosk use it). */
  'print:updated': PrintJobChange;
  /** A printer's health changed (paper out, near end, back to ok …). */
  'printer:changed': PrinterChange;
  /** An admin changed the TVs' notice or display profiles. */
  'display:changed': DisplayChange;
}
export type BroadcastName = keyof BroadcastPayloads;

/** One event of the stream: `{ name, change }`. */
export type BroadcastEvent = { [N in BroadcastName]: { name: N; change: BroadcastPayloads[N] } }[BroadcastName];

/** Hub → clients. */
export interface ServerToClientEvents {
  'state:snapshot': (snapshot: Snapshot) => void;
  /**
   * The events one commit produced (a group commit of several commands included), in `seq`
   * order, as one frame: a ticket's issue, call and finish cost each client one frame, not
   * three. A client must accept names it does not know (later versions) and count their seq.
   */
  events: (events: BroadcastEvent[]) => void;
  /** Staff only (room `staff`), outside the seq stream: a dossier changed; re-fetch lists. */
  'dossier:changed': (change: DossierChange) => void;
  /** To a device agent only: print these bytes on one of your printers; answer the outcome. */
  'agent:print': (job: AgentPrintRequest, ack: (result: AgentPrintResult) => void) => void;
}

/** The ticket:* events (all carry a TicketChange). */
export const TICKET_EVENTS = [
  'ticket:issued',
  'ticket:called',
  'ticket:recalled',
  'ticket:started',
  'ticket:finished',
  'ticket:absent',
  'ticket:transferred',
] as const satisfies readonly BroadcastName[];
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
