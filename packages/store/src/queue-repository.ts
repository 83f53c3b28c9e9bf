import type { CallRecord, Counter, Service, Ticket } from '@motcua/protocol';
import { emptyCursors, type Cursors, type DomainEvent, type QueueState } from '@motcua/core';
import type { Db } from './db.js';
import {
  counterFromRow,
  counterToRow,
  serviceFromRow,
  serviceToRow,
  ticketFromRow,
  ticketToRow,
  type CounterRow,
  type ServiceRow,
  type TicketRow,
} from './rows.js';

const TICKET_COLS = Object.keys(ticketToRow({} as Ticket));
const SERVICE_COLS = Object.keys(serviceToRow({ priorityPolicy: { mode: 'strict' } } as Service));
const COUNTER_COLS = Object.keys(counterToRow({ services: [] } as unknown as Counter));
const upsertSql = (table: string, cols: string[]): string =>
  `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})
   ON CONFLICT (id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`;

/**
 * The queue aggregate's persistence: services, counters, tickets, daily numbering, fairness
 * cursors and the append-only event log. Statements are prepared once.
 */
export class QueueRepository {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      upsertTicket: db.prepare<TicketRow>(upsertSql('tickets', TICKET_COLS)),
      upsertService: db.prepare<ServiceRow>(upsertSql('services', SERVICE_COLS)),
      upsertCounter: db.prepare<CounterRow>(upsertSql('counters', COUNTER_COLS)),
      setNumber: db.prepare<[string, string, number]>(
        `INSERT INTO day_numbers (business_day, prefix, last_number) VALUES (?, ?, ?)
         ON CONFLICT (business_day, prefix) DO UPDATE SET last_number = excluded.last_number
         WHERE excluded.last_number > day_numbers.last_number`,
      ),
      appendEvent: db.prepare<[string, string, string, string, string, string]>(
        `INSERT INTO events (at, type, actor_kind, actor_id, actor_role, payload) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      setMeta: db.prepare<[string, string]>(
        `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      ),
      getMeta: db.prepare<[string], { value: string }>(`SELECT value FROM meta WHERE key = ?`),
      services: db.prepare<[], ServiceRow>(`SELECT * FROM services ORDER BY sort_order, prefix`),
      counters: db.prepare<[], CounterRow>(`SELECT * FROM counters ORDER BY number`),
      openTickets: db.prepare<[string], TicketRow>(
        `SELECT * FROM tickets WHERE business_day = ? AND status != 'done' ORDER BY queued_at, number`,
      ),
      numbers: db.prepare<[string], { prefix: string; last_number: number }>(
        `SELECT prefix, last_number FROM day_numbers WHERE business_day = ?`,
      ),
      issuedCounts: db.prepare<[string], { service_id: string; n: number }>(
        `SELECT service_id, COUNT(*) AS n FROM tickets WHERE business_day = ? GROUP BY service_id`,
      ),
      recentCalls: db.prepare<[string, number], TicketRow>(
        `SELECT * FROM tickets WHERE business_day = ? AND called_at IS NOT NULL AND counter_id IS NOT NULL
         ORDER BY called_at DESC LIMIT ?`,
      ),
      lastSeq: db.prepare<[], { seq: number | null }>(`SELECT MAX(seq) AS seq FROM events`),
      ticketByDayLabel: db.prepare<[string, string], TicketRow>(
        `SELECT * FROM tickets WHERE business_day = ? AND label = ?`,
      ),
      recentServices: db.prepare<[string, number], { service_id: string; ms: number }>(
        `SELECT service_id, (julianday(finished_at) - julianday(started_at)) * 86400000 AS ms FROM tickets
         WHERE business_day = ? AND status = 'done' AND started_at IS NOT NULL
         ORDER BY finished_at DESC LIMIT ?`,
      ),
      clearCurrent: db.prepare(`UPDATE counters SET current_ticket_id = NULL`),
      ticketById: db.prepare<[string], TicketRow>(`SELECT * FROM tickets WHERE id = ?`),
    };
  }

  /** Writes the state changes an event carries and appends it to the log. Call inside a transaction. */
  append(event: DomainEvent, cursors: Cursors): number {
    switch (event.type) {
      case 'day:started':
        this.stmts.setMeta.run('businessDay', event.businessDay);
        this.stmts.setMeta.run('cursors', JSON.stringify(emptyCursors()));
        this.stmts.clearCurrent.run();
        break;
      case 'ticket:issued':
        this.stmts.upsertTicket.run(ticketToRow(event.ticket));
        this.stmts.setNumber.run(event.ticket.businessDay, event.prefix, event.ticket.number);
        break;
      case 'counter:changed':
      case 'counter:saved':
        this.stmts.upsertCounter.run(counterToRow(event.counter));
        break;
      case 'service:saved':
        this.stmts.upsertService.run(serviceToRow(event.service));
        break;
      default:
        this.stmts.upsertTicket.run(ticketToRow(event.ticket));
        if (event.counter) this.stmts.upsertCounter.run(counterToRow(event.counter));
        if (event.cursors) this.stmts.setMeta.run('cursors', JSON.stringify(cursors));
    }
    const { at, type, actor } = event;
    const info = this.stmts.appendEvent.run(at, type, actor.kind, actor.id, actor.role, JSON.stringify(event));
    return Number(info.lastInsertRowid);
  }

  saveService(service: Service): void {
    this.stmts.upsertService.run(serviceToRow(service));
  }

  saveCounter(counter: Counter): void {
    this.stmts.upsertCounter.run(counterToRow(counter));
  }

  services(): Service[] {
    return this.stmts.services.all().map(serviceFromRow);
  }

  counters(): Counter[] {
    return this.stmts.counters.all().map(counterFromRow);
  }

  ticketByLabel(businessDay: string, label: string): Ticket | null {
    const row = this.stmts.ticketByDayLabel.get(businessDay, label);
    return row ? ticketFromRow(row) : null;
  }

  ticketById(id: string): Ticket | null {
    const row = this.stmts.ticketById.get(id);
    return row ? ticketFromRow(row) : null;
  }

  lastSeq(): number {
    return this.stmts.lastSeq.get()?.seq ?? 0;
  }

  meta(key: string): string | null {
    return this.stmts.getMeta.get(key)?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.stmts.setMeta.run(key, value);
  }

  /**
   * The queue state of a business day as stored. A different stored day means the
   * day rolled over while the hub was down: numbering, cursors and queues restart ([Q2]).
   */
  loadState(businessDay: string): QueueState {
    const storedDay = this.meta('businessDay');
    const sameDay = storedDay === businessDay;
    const cursors: Cursors = sameDay ? (JSON.parse(this.meta('cursors') ?? 'null') ?? emptyCursors()) : emptyCursors();
    const tickets = new Map<string, Ticket>();
    for (const row of this.stmts.openTickets.all(businessDay)) tickets.set(row.id, ticketFromRow(row));
    const counters = this.counters().map((c) =>
      c.currentTicketId && !tickets.has(c.currentTicketId) ? { ...c, currentTicketId: null } : c,
    );
    const lastNumber: Record<string, number> = {};
    for (const r of this.stmts.numbers.all(businessDay)) lastNumber[r.prefix] = r.last_number;
    const issuedCount: Record<string, number> = {};
    for (const r of this.stmts.issuedCounts.all(businessDay)) issuedCount[r.service_id] = r.n;
    return {
      businessDay,
      services: new Map(this.services().map((s) => [s.id, s])),
      counters: new Map(counters.map((c) => [c.id, c])),
      tickets,
      lastNumber,
      issuedCount,
      cursors,
    };
  }

  /** Recent service durations of a day, newest first, per service (for wait estimates). */
  recentServiceTimes(businessDay: string, limit: number): Array<{ serviceId: string; ms: number }> {
    return this.stmts.recentServices.all(businessDay, limit).map((r) => ({ serviceId: r.service_id, ms: Math.round(r.ms) }));
  }

  /** The last calls of a day, newest first (for the TV after a restart). */
  recentCalls(businessDay: string, limit: number, counterNumber: (id: string) => number | undefined): CallRecord[] {
    return this.stmts.recentCalls.all(businessDay, limit).flatMap((r) => {
      const n = counterNumber(r.counter_id!);
      return n === undefined
        ? []
        : [
            {
              ticketId: r.id,
              label: r.label,
              serviceId: r.service_id,
              counterId: r.counter_id!,
              counterNumber: n,
              at: r.called_at!,
              recall: false,
            },
          ];
    });
  }
}
