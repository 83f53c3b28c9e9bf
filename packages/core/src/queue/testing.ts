/**
 * Test fixtures for the queue rules: a fake clock, a fake id source, actors, and an `Office`
 * that applies commands the way the hub does (day rollover first, then the command, then
 * `evolve`). Used only by the `*.test.ts` files next to it; nothing in production imports it.
 */
import type { Actor, Counter, CounterService, Service, Ticket } from '@motcua/protocol';
import type { Result } from './result.js';
import { dayRollover } from './commands.js';
import { evolve, startDay, type Context, type DomainEvent, type QueueSettings, type QueueState } from './state.js';
import { businessDayOf } from './time.js';

export const TZ = 'Asia/Ho_Chi_Minh';

/** Epoch ms of an ISO instant (tests write instants in UTC, `Z`). */
export const ms = (iso: string): number => Date.parse(iso);
export const MIN = 60_000;

export const clerk = (id: string, name = `Cán bộ ${id}`): Actor => ({ kind: 'user', id, role: 'clerk', name });
export const admin = (id = 'admin', name = 'Quản trị'): Actor => ({ kind: 'user', id, role: 'admin', name });
export const kiosk = (id = 'kiosk1'): Actor => ({ kind: 'device', id, role: 'kiosk', name: `Kiosk ${id}` });

export function service(id: string, prefix: string, over: Partial<Service> = {}): Service {
  return {
    id,
    prefix,
    name: `Dịch vụ ${prefix}`,
    field: null,
    numberStart: 1,
    numberWidth: 3,
    priorityPolicy: { mode: 'strict' },
    dailyCap: null,
    active: true,
    sortOrder: 0,
    ...over,
  };
}

/** A closed counter serving the given services, `{A: 1}` style (service id → weight). */
export function counter(id: string, number: number, services: Record<string, number>, over: Partial<Counter> = {}): Counter {
  const list: CounterService[] = Object.entries(services).map(([serviceId, weight]) => ({ serviceId, weight }));
  return {
    id,
    number,
    name: `Quầy ${number}`,
    services: list,
    status: 'closed',
    clerkId: null,
    clerkName: null,
    currentTicketId: null,
    pauseReason: null,
    ...over,
  };
}

export type Command<I> = (state: QueueState, ctx: Context, input: I) => Result<DomainEvent[]>;

/**
 * One office in memory, driven like the hub drives the domain: a fake clock (`now`, epoch ms
 * the test sets), a counting id source, and a log of every event applied.
 */
export class Office {
  state: QueueState;
  now: number;
  settings: QueueSettings;
  readonly log: DomainEvent[] = [];
  private ids = 0;

  constructor(opts: {
    now: number;
    services: Service[];
    counters?: Counter[];
    settings?: Partial<QueueSettings>;
  }) {
    this.now = opts.now;
    this.settings = { timeZone: TZ, issuingHours: null, ...opts.settings };
    this.state = startDay(businessDayOf(opts.now, this.settings.timeZone), opts.services, opts.counters ?? []);
  }

  ctx(actor: Actor): Context {
    return { now: this.now, actor, newId: () => `id${++this.ids}`, settings: this.settings };
  }

  /** Runs a command as the hub would: roll the day over first, then apply the command's events. */
  run<I>(command: Command<I>, actor: Actor, input: I): Result<DomainEvent[]> {
    const ctx = this.ctx(actor);
    const rollover = dayRollover(this.state, ctx);
    if (rollover.length > 0) this.apply(rollover);
    const r = command(this.state, ctx, input);
    if (r.ok) this.apply(r.value);
    return r;
  }

  /** Like `run`, but the command must succeed; returns its events. */
  must<I>(command: Command<I>, actor: Actor, input: I): DomainEvent[] {
    const r = this.run(command, actor, input);
    if (!r.ok) throw new Error(`${command.name} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  }

  apply(events: readonly DomainEvent[]): void {
    this.log.push(...events);
    this.state = evolve(this.state, events);
  }

  advance(deltaMs: number): void {
    this.now += deltaMs;
  }

  /** The ticket as it is now, found in the live state or (when done) in the event log. */
  ticket(id: string): Ticket {
    const live = this.state.tickets.get(id);
    if (live) return live;
    for (let i = this.log.length - 1; i >= 0; i--) {
      const e = this.log[i]!;
      if ('ticket' in e && e.ticket.id === id) return e.ticket;
    }
    throw new Error(`no ticket ${id}`);
  }

  counter(id: string): Counter {
    const c = this.state.counters.get(id);
    if (!c) throw new Error(`no counter ${id}`);
    return c;
  }
}

/** The ticket carried by the single ticket event of a command's result. */
export function ticketOf(events: readonly DomainEvent[], type?: DomainEvent['type']): Ticket {
  const e = events.find((x) => 'ticket' in x && (type === undefined || x.type === type));
  if (!e || !('ticket' in e)) throw new Error(`no ticket event${type ? ` ${type}` : ''}`);
  return e.ticket;
}

export const labelsOf = (tickets: readonly Ticket[]): string[] => tickets.map((t) => t.label);

