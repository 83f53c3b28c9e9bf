import type {
  CallRecord,
  ConfigChange,
  Counter,
  CounterChange,
  DisplayChange,
  PrintJobChange,
  PrinterChange,
  Snapshot,
  Ticket,
  TicketChange,
  TicketEventName,
} from '@motcua/protocol';

/** How many calls a client keeps (the TV shows fewer): memory stays flat all day. */
export const MAX_RECENT_CALLS = 20;

const ACTIVE: ReadonlySet<Ticket['status']> = new Set(['waiting', 'called', 'serving']);

export type SeqVerdict = 'apply' | 'duplicate' | 'gap';

/** Where an event's seq stands against the last applied one. */
export function checkSeq(current: number, incoming: number): SeqVerdict {
  if (incoming <= current) return 'duplicate';
  if (incoming === current + 1) return 'apply';
  return 'gap';
}

function upsertById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const i = list.findIndex((x) => x.id === item.id);
  if (i < 0) return [...list, item];
  const next = list.slice();
  next[i] = item;
  return next;
}

/** Newest first, bounded, without the same call twice (a replay after recovery). */
export function pushCall(calls: readonly CallRecord[], call: CallRecord, max = MAX_RECENT_CALLS): CallRecord[] {
  const rest = calls.filter((c) => !(c.ticketId === call.ticketId && c.at === call.at));
  return [call, ...rest].slice(0, max);
}

/**
 * Applies one ticket event to a snapshot (pure). Events carry the whole changed ticket and
 * counter, so applying is an upsert; done and absent tickets leave the active list.
 */
export function applyTicketChange(s: Snapshot, name: TicketEventName, c: TicketChange): Snapshot {
  const t = c.ticket;
  const others = s.activeTickets.filter((x) => x.id !== t.id);
  const activeTickets = ACTIVE.has(t.status) && t.businessDay === s.businessDay ? [...others, t] : others;
  const counters = c.counter ? upsertById(s.counters, c.counter) : s.counters;
  const recentCalls = c.call ? pushCall(s.recentCalls, c.call) : s.recentCalls;
  const issuedToday =
    name === 'ticket:issued'
      ? { ...s.issuedToday, [t.serviceId]: (s.issuedToday[t.serviceId] ?? 0) + 1 }
      : s.issuedToday;
  return { ...s, seq: c.seq, activeTickets, counters, recentCalls, issuedToday };
}

export function applyCounterChange(s: Snapshot, c: CounterChange): Snapshot {
  return { ...s, seq: c.seq, counters: upsertById(s.counters, c.counter) };
}

export function applyConfigChange(s: Snapshot, c: ConfigChange): Snapshot {
  return { ...s, seq: c.seq, services: c.services, counters: c.counters };
}

/** A failed job joins the reprint list; a queued or printed one (a reprint) leaves it. */
export function applyPrintJobChange(s: Snapshot, c: PrintJobChange): Snapshot {
  const others = (s.failedPrintJobs ?? []).filter((j) => j.id !== c.job.id);
  return { ...s, seq: c.seq, failedPrintJobs: c.job.state === 'failed' ? [...others, c.job] : others };
}

/** An admin changed the TVs' notice or display profiles. */
export function applyDisplayChange(s: Snapshot, c: DisplayChange): Snapshot {
  return { ...s, seq: c.seq, display: c.display };
}

export function applyPrinterChange(s: Snapshot, c: PrinterChange): Snapshot {
  return { ...s, seq: c.seq, printers: upsertById(s.printers ?? [], c.printer) };
}

/** A snapshot with a bounded call list (the hub bounds it too; a client never trusts that). */
export function normalizeSnapshot(s: Snapshot): Snapshot {
  return { ...s, recentCalls: s.recentCalls.slice(0, MAX_RECENT_CALLS) };
}

// ---- selectors -------------------------------------------------------------------------

/** Waiting tickets in arrival order (priority first is the hub's business, not shown order). */
export function waitingTickets(s: Snapshot, serviceIds?: ReadonlySet<string>): Ticket[] {
  return s.activeTickets
    .filter((t) => t.status === 'waiting' && (!serviceIds || serviceIds.has(t.serviceId)))
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.number - b.number);
}

/** Waiting tickets per service id. */
export function waitingCounts(s: Snapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of s.activeTickets) if (t.status === 'waiting') counts[t.serviceId] = (counts[t.serviceId] ?? 0) + 1;
  return counts;
}

export function activeServices(s: Snapshot) {
  return s.services.filter((x) => x.active).sort((a, b) => a.sortOrder - b.sortOrder || a.prefix.localeCompare(b.prefix));
}

export function counterById(s: Snapshot, id: string): Counter | undefined {
  return s.counters.find((c) => c.id === id);
}

export function ticketById(s: Snapshot, id: string | null): Ticket | undefined {
  return id ? s.activeTickets.find((t) => t.id === id) : undefined;
}
