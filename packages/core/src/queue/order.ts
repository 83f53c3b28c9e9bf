import type { Counter, PriorityPolicy, Ticket } from '@motcua/protocol';

/** [Q8] Arrival order: queuedAt, then number (a later number never overtakes an earlier one). */
export function byArrival(a: Ticket, b: Ticket): number {
  return a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.number - b.number;
}

/** Waiting tickets of one service that any counter may call (not reserved for a counter). */
export function openWaiting(tickets: Iterable<Ticket>, serviceId: string): Ticket[] {
  const out: Ticket[] = [];
  for (const t of tickets) {
    if (t.status === 'waiting' && t.serviceId === serviceId && t.targetCounterId === null) out.push(t);
  }
  return out.sort(byArrival);
}

/**
 * [Q6][Q7] The order in which a service's waiting tickets will be called, given its priority
 * policy and how many normal tickets were called since the last priority one.
 * Returns the ordered tickets and the cursor after calling the first one.
 */
export function serviceOrder(
  waiting: readonly Ticket[],
  policy: PriorityPolicy,
  normalsSincePriority: number,
): Ticket[] {
  const prio = waiting.filter((t) => t.priority !== null).sort(byArrival);
  const normal = waiting.filter((t) => t.priority === null).sort(byArrival);
  if (policy.mode === 'strict') return [...prio, ...normal];
  const out: Ticket[] = [];
  let since = normalsSincePriority;
  let p = 0;
  let n = 0;
  while (p < prio.length || n < normal.length) {
    const takePrio = p < prio.length && (n >= normal.length || since >= policy.every);
    if (takePrio) {
      out.push(prio[p++]!);
      since = 0;
    } else {
      out.push(normal[n++]!);
      since++;
    }
  }
  return out;
}

/**
 * [Q6][Q7] Where `ticket` stands in `serviceOrder` of its service's open waiting tickets (0 =
 * next), counted without building and sorting the order: one pass over the tickets, then the
 * interleaving replayed on counts. Same answer as `serviceOrder(...).indexOf(ticket)`; a ticket
 * that is not open and waiting stands nowhere (-1). Runs for every issued ticket.
 */
export function placeInOrder(
  tickets: Iterable<Ticket>,
  ticket: Ticket,
  policy: PriorityPolicy,
  normalsSincePriority: number,
): number {
  const isOpen = (t: Ticket): boolean => t.status === 'waiting' && t.serviceId === ticket.serviceId && t.targetCounterId === null;
  if (!isOpen(ticket)) return -1;
  let prio = 0;
  let normal = 0;
  let rank = 0; // tickets of the ticket's own class that arrived before it
  let found = false;
  for (const t of tickets) {
    if (t.id === ticket.id) {
      found = true;
      continue;
    }
    if (!isOpen(t)) continue;
    const samePrio = (t.priority !== null) === (ticket.priority !== null);
    if (t.priority !== null) prio++;
    else normal++;
    if (samePrio && byArrival(t, ticket) < 0) rank++;
  }
  if (!found) return -1;
  const mine = ticket.priority !== null;
  if (mine) prio++;
  else normal++;
  if (policy.mode === 'strict') return mine ? rank : prio + rank;
  let since = normalsSincePriority;
  let p = 0;
  let n = 0;
  for (let pos = 0; ; pos++) {
    const takePrio = p < prio && (n >= normal || since >= policy.every);
    if (takePrio) {
      if (mine && p === rank) return pos;
      p++;
      since = 0;
    } else {
      if (!mine && n === rank) return pos;
      n++;
      since++;
    }
  }
}

/** [Q7] The cursor after calling `ticket` from its service. */
export function cursorAfterCall(ticket: Ticket, before: number): number {
  return ticket.priority !== null ? 0 : before + 1;
}

/**
 * [Q9] Smooth weighted round-robin over the services that have a callable ticket.
 * Weight-0 services are backups: chosen only when no weighted service has one.
 * Returns the chosen service and the counter's credits after the choice.
 */
export function pickService(
  counter: Counter,
  eligible: ReadonlySet<string>,
  credits: Readonly<Record<string, number>>,
): { serviceId: string; credits: Record<string, number> } | null {
  const weighted = counter.services.filter((s) => s.weight > 0 && eligible.has(s.serviceId));
  if (weighted.length === 0) {
    const backup = counter.services.find((s) => eligible.has(s.serviceId));
    return backup ? { serviceId: backup.serviceId, credits: { ...credits } } : null;
  }
  const next: Record<string, number> = { ...credits };
  let total = 0;
  let best: string | null = null;
  for (const s of weighted) {
    total += s.weight;
    next[s.serviceId] = (next[s.serviceId] ?? 0) + s.weight;
    if (best === null || next[s.serviceId]! > next[best]!) best = s.serviceId;
  }
  next[best!] = next[best!]! - total;
  return { serviceId: best!, credits: next };
}
