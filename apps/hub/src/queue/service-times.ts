import { estimateWait, peopleAhead, type DomainEvent, type QueueState, type WaitEstimate } from '@motcua/core';
import type { Ticket } from '@motcua/protocol';

/** The last service durations per service, bounded, fed by ticket:finished events. */
export class ServiceTimes {
  private readonly byService = new Map<string, number[]>();

  constructor(
    initial: ReadonlyArray<{ serviceId: string; ms: number }>,
    private readonly limit = 30,
  ) {
    // initial is newest first
    for (const s of [...initial].reverse()) this.add(s.serviceId, s.ms);
  }

  add(serviceId: string, ms: number): void {
    const list = this.byService.get(serviceId) ?? [];
    list.push(ms);
    if (list.length > this.limit) list.shift();
    this.byService.set(serviceId, list);
  }

  observe(events: readonly DomainEvent[]): void {
    for (const e of events) {
      if (e.type === 'day:started') this.byService.clear();
      if (e.type === 'ticket:finished' && e.ticket.startedAt && e.ticket.finishedAt) {
        this.add(e.ticket.serviceId, Date.parse(e.ticket.finishedAt) - Date.parse(e.ticket.startedAt));
      }
    }
  }

  of(serviceId: string): readonly number[] {
    return this.byService.get(serviceId) ?? [];
  }

  /**
   * A waiting ticket's place and estimated wait ([W1]–[W3]): the people ahead of it, served by
   * the open counters of its service at the pace of its recent service times.
   */
  position(state: QueueState, ticket: Ticket): { peopleAhead: number; estimate: WaitEstimate | null } {
    const ahead = peopleAhead(state, ticket);
    const openCounters = [...state.counters.values()].filter(
      (c) => c.status === 'open' && c.services.some((s) => s.serviceId === ticket.serviceId),
    ).length;
    return { peopleAhead: ahead, estimate: estimateWait({ peopleAhead: ahead, recentServiceMs: this.of(ticket.serviceId), openCounters }) };
  }
}
