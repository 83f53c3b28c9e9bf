import { timeOrderedId } from './ids.js';
import {
  dayRollover,
  evolve,
  evolveOwned,
  peopleAhead,
  type DomainEvent,
  type QueueSettings,
  type QueueState,
} from '@motcua/core';
import {
  commands,
  type Ack,
  type Actor,
  type CommandName,
  type CommandResults,
  type Counter,
  type Ticket,
} from '@motcua/protocol';
import type { Db, QueueRepository } from '@motcua/store';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import { handlers } from './handlers.js';
import { zodMessage } from '../http/validation.js';

interface Pending {
  name: CommandName;
  input: unknown;
  actor: Actor;
  resolve: (ack: Ack<unknown>) => void;
}

export interface Committed {
  events: DomainEvent[];
  /** The command's own events (without a day rollover that preceded it). */
  own: DomainEvent[];
  /**
   * The state after the command. Its services and counters are as of this command; its ticket
   * map is the transaction's draft, so by the time listeners run it also holds the later
   * commands of the same transaction.
   */
  state: QueueState;
}

/** Something that wants to run inside the command's transaction (e.g. create a print job). */
export type TransactionHook = (
  name: CommandName,
  own: DomainEvent[],
  actor: Actor,
  state: QueueState,
) => Record<string, unknown>;

export interface BusStats {
  /** Group commits (one SQLite transaction each). */
  transactions: number;
  /** Commands they carried. */
  commands: number;
  /** Time spent in those transactions (domain + writes + COMMIT), total and the longest, ms. */
  transactionMs: number;
  maxTransactionMs: number;
}

/**
 * The hub's single writer. Commands are validated and authorised, then queued; the queue is
 * drained in one SQLite transaction (group commit): each command runs through the pure domain
 * against the state left by the previous one, its events are written with the state rows, and
 * only after the COMMIT are acks resolved and events broadcast. A failed commit acks every
 * command of the batch with INTERNAL and leaves the in-memory state untouched.
 */
export class CommandBus {
  private pending: Pending[] = [];
  private scheduled = false;
  private listeners: Array<(c: Committed) => void> = [];
  private settledListeners: Array<() => void> = [];
  private hooks: TransactionHook[] = [];
  private readonly counts: BusStats = { transactions: 0, commands: 0, transactionMs: 0, maxTransactionMs: 0 };

  constructor(
    private state: QueueState,
    private readonly db: Db,
    private readonly repo: QueueRepository,
    private readonly clock: Clock,
    private readonly settings: QueueSettings,
    private readonly log: Logger,
  ) {}

  current(): QueueState {
    return this.state;
  }

  /** Work done since start (for `/api/health` and the benchmark): how well commits group. */
  stats(): BusStats {
    return { ...this.counts };
  }

  /** Called for each committed command (in order), after its transaction's COMMIT. */
  onCommit(listener: (c: Committed) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Called once after the `onCommit` calls of one transaction (a group commit or a day
   * rollover), before any of its commands is answered: the place to send what they gathered.
   */
  onSettled(listener: () => void): void {
    this.settledListeners.push(listener);
  }

  addTransactionHook(hook: TransactionHook): void {
    this.hooks.push(hook);
  }

  submit<N extends CommandName>(name: N, raw: unknown, actor: Actor): Promise<Ack<CommandResults[N]>> {
    const def = commands[name];
    if (!def) return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'Không có lệnh này.' } });
    if (!(def.roles as readonly string[]).includes(actor.role)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' },
      });
    }
    const parsed = def.input.safeParse(raw ?? {});
    if (!parsed.success) {
      return Promise.resolve({ ok: false, error: { code: 'BAD_REQUEST', message: zodMessage(parsed.error) } });
    }
    return new Promise((resolve) => {
      this.pending.push({ name, input: parsed.data, actor, resolve: resolve as (a: Ack<unknown>) => void });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Starts a new business day if the clock has crossed midnight in the office time zone. */
  tick(): void {
    const ctx = { now: this.clock.now(), actor: SYSTEM, newId: timeOrderedId, settings: this.settings };
    const roll = dayRollover(this.state, ctx);
    if (roll.length === 0) return;
    const next = evolve(this.state, roll);
    try {
      this.db.transaction(() => {
        for (const e of roll) this.repo.append(e, next.cursors);
      })();
    } catch (err) {
      this.log.error({ err }, 'day rollover failed to commit');
      return;
    }
    this.state = next;
    this.emit({ events: roll, own: [], state: next });
    this.settled();
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let state = this.state;
    const outcomes: Array<{ p: Pending; ack: Ack<unknown>; committed: Committed | null }> = [];
    const t0 = performance.now();
    try {
      this.db.transaction(() => {
        state = this.state;
        outcomes.length = 0;
        for (const p of batch) {
          const ctx = { now: this.clock.now(), actor: p.actor, newId: timeOrderedId, settings: this.settings };
          const roll = dayRollover(state, ctx);
          const rolled = roll.length ? evolve(state, roll) : state;
          const handler = handlers[p.name] as (s: QueueState, c: typeof ctx, i: unknown) => ReturnType<
            (typeof handlers)['ticket:issue']
          >;
          const r = handler(rolled, ctx, p.input);
          const own = r.ok ? r.value : [];
          const events = [...roll, ...own];
          // The first change of the transaction copies the ticket map (this.state stays as it
          // was until the COMMIT); later ones update that draft in place.
          const owned = state.tickets !== this.state.tickets;
          const after = events.length ? (owned ? evolveOwned(state, events) : evolve(state, events)) : state;
          for (const e of events) this.repo.append(e, after.cursors);
          const extra = r.ok ? this.runHooks(p, own, after) : {};
          state = after;
          outcomes.push({
            p,
            ack: r.ok ? { ok: true, data: { ...resultOf(p.name, p.input, own, after), ...extra } } : r,
            committed: events.length ? { events, own, state: after } : null,
          });
        }
      })();
    } catch (err) {
      this.log.error({ err, commands: batch.length }, 'command batch failed to commit');
      for (const p of batch) {
        p.resolve({ ok: false, error: { code: 'INTERNAL', message: 'Lỗi lưu dữ liệu. Vui lòng thử lại.' } });
      }
      return;
    }
    const ms = performance.now() - t0;
    this.counts.transactions++;
    this.counts.commands += batch.length;
    this.counts.transactionMs += ms;
    this.counts.maxTransactionMs = Math.max(this.counts.maxTransactionMs, ms);
    this.state = state;
    for (const o of outcomes) if (o.committed) this.emit(o.committed);
    this.settled();
    for (const o of outcomes) o.p.resolve(o.ack);
  }

  private runHooks(p: Pending, own: DomainEvent[], state: QueueState): Record<string, unknown> {
    let extra: Record<string, unknown> = {};
    for (const h of this.hooks) extra = { ...extra, ...h(p.name, own, p.actor, state) };
    return extra;
  }

  private settled(): void {
    for (const l of this.settledListeners) {
      try {
        l();
      } catch (err) {
        this.log.error({ err }, 'settle listener failed');
      }
    }
  }

  private emit(c: Committed): void {
    for (const l of this.listeners) {
      try {
        l(c);
      } catch (err) {
        this.log.error({ err }, 'commit listener failed');
      }
    }
  }
}

export const SYSTEM: Actor = { kind: 'device', id: 'system', role: 'admin', name: 'Hệ thống' };

/** Shapes a command's ack data from the events it produced. */
function resultOf(name: CommandName, input: unknown, own: DomainEvent[], state: QueueState): Record<string, unknown> {
  const ticketEvents = own.filter((e): e is Extract<DomainEvent, { ticket: Ticket }> => 'ticket' in e);
  const lastCounter = (): Counter | undefined => {
    for (let i = own.length - 1; i >= 0; i--) {
      const e = own[i]!;
      if ('counter' in e && e.counter) return e.counter;
    }
    return undefined;
  };
  switch (name) {
    case 'ticket:issue': {
      const t = ticketEvents[0]!.ticket;
      return { ticket: t, peopleAhead: peopleAhead(state, t), printJobId: null };
    }
    case 'ticket:finish': {
      const [done, next] = ticketEvents;
      const counter = state.counters.get(done!.ticket.counterId ?? '') ?? lastCounter();
      return { ticket: done!.ticket, counter, next: next?.ticket ?? null };
    }
    case 'service:save': {
      const e = own[0];
      return { service: e && e.type === 'service:saved' ? e.service : null };
    }
    case 'counter:open':
    case 'counter:close':
    case 'counter:pause':
    case 'counter:resume':
    case 'counter:save': {
      const { counterId, id } = input as { counterId?: string; id?: string };
      return { counter: lastCounter() ?? state.counters.get(counterId ?? id ?? '') ?? null };
    }
    default: {
      const e = ticketEvents[ticketEvents.length - 1]!;
      return { ticket: e.ticket, counter: lastCounter() ?? null };
    }
  }
}
