import type { CallRecord, Counter, Priority, Service, Ticket } from '@motcua/protocol';
import { formatLabel, nextNumber } from './numbering.js';
import { cursorAfterCall, openWaiting, byArrival, pickService, placeInOrder, serviceOrder } from './order.js';
import { fail, ok, type Result } from './result.js';
import { evolve, type Context, type Cursors, type DomainEvent, type QueueState, type TicketEventType } from './state.js';
import { businessDayOf, localMinutesOf, parseHhMm } from './time.js';

type Events = Result<DomainEvent[]>;

const iso = (ms: number): string => new Date(ms).toISOString();
const base = (ctx: Context) => ({ at: iso(ctx.now), actor: ctx.actor });

/**
 * [Q2] Commands arriving on a new business day start it first. The business day only moves
 * forward: a clock stepped back over midnight (NTP) must not restart a day already numbered,
 * or its labels would be issued a second time ([Q3]). `YYYY-MM-DD` strings order as dates.
 */
export function dayRollover(state: QueueState, ctx: Context): DomainEvent[] {
  const today = businessDayOf(ctx.now, ctx.settings.timeZone);
  return today > state.businessDay ? [{ type: 'day:started', businessDay: today, ...base(ctx) }] : [];
}

function withinIssuingHours(ctx: Context): boolean {
  const hours = ctx.settings.issuingHours;
  if (!hours || hours.length === 0) return true;
  const m = localMinutesOf(ctx.now, ctx.settings.timeZone);
  return hours.some(([from, to]) => m >= parseHhMm(from) && m < parseHhMm(to));
}

/** [Q1–Q5] Issue a ticket for a service. */
export function issueTicket(
  state: QueueState,
  ctx: Context,
  input: { serviceId: string; priority: Priority | null },
): Events {
  const service = state.services.get(input.serviceId);
  if (!service) return fail('SERVICE_UNKNOWN', 'Không có dịch vụ này.');
  if (!service.active) return fail('SERVICE_CLOSED', `Dịch vụ "${service.name}" đang tạm ngừng nhận số.`);
  if (!withinIssuingHours(ctx)) return fail('SERVICE_CLOSED', 'Ngoài giờ cấp số. Xin vui lòng quay lại trong giờ làm việc.');
  if (service.dailyCap !== null && (state.issuedCount[service.id] ?? 0) >= service.dailyCap) {
    return fail('DAILY_CAP_REACHED', `Dịch vụ "${service.name}" đã hết số trong ngày hôm nay.`);
  }
  const number = nextNumber(state.lastNumber[service.prefix], service.numberStart);
  const at = iso(ctx.now);
  const ticket: Ticket = {
    id: ctx.newId(),
    serviceId: service.id,
    number,
    label: formatLabel(service.prefix, number, service.numberWidth),
    businessDay: state.businessDay,
    priority: input.priority,
    status: 'waiting',
    issuedAt: at,
    queuedAt: at,
    waitingSince: at,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    counterId: null,
    targetCounterId: null,
    callCount: 0,
    transferCount: 0,
    issuedBy: ctx.actor.id,
    waitMs: 0,
    walkMs: 0,
    serviceMs: 0,
  };
  return ok([{ type: 'ticket:issued', ticket, prefix: service.prefix, ...base(ctx) }]);
}

/**
 * [Q7] Normal calls since the service's last priority call. Before the first call-next of the
 * day there was none, so a priority ticket is due at once: interleaving only keeps a stream
 * of priority tickets from starving the others, it never holds back the first one.
 */
function normalsSince(state: QueueState, service: Service): number {
  const since = state.cursors.normalsSincePriority[service.id];
  if (since !== undefined) return since;
  return service.priorityPolicy.mode === 'interleave' ? service.priorityPolicy.every : 0;
}

/**
 * How many tickets of the same service will be called before this one ([Q6][Q7]),
 * counting tickets reserved for a counter ([Q10]) not at all.
 */
export function peopleAhead(state: QueueState, ticket: Ticket): number {
  const service = state.services.get(ticket.serviceId);
  if (!service || ticket.status !== 'waiting') return 0;
  const i = placeInOrder(state.tickets.values(), ticket, service.priorityPolicy, normalsSince(state, service));
  return i < 0 ? 0 : i;
}

/** [Q12][Q18] The counter must exist, be open and be operated by the actor (admins may act on any). */
function workingCounter(state: QueueState, ctx: Context, counterId: string): Result<Counter> {
  const counter = state.counters.get(counterId);
  if (!counter) return fail('COUNTER_UNKNOWN', 'Không có quầy này.');
  if (counter.status === 'closed') return fail('COUNTER_NOT_OPEN', `Quầy ${counter.number} chưa mở.`);
  if (ctx.actor.role !== 'admin' && counter.clerkId !== ctx.actor.id) {
    return fail('FORBIDDEN', `Quầy ${counter.number} đang do cán bộ khác phụ trách.`);
  }
  return ok(counter);
}

function currentTicket(state: QueueState, counter: Counter): Ticket | null {
  return counter.currentTicketId ? (state.tickets.get(counter.currentTicketId) ?? null) : null;
}

function change(
  type: TicketEventType,
  ctx: Context,
  ticket: Ticket,
  counter: Counter | null,
  extra: { call?: CallRecord; cursors?: Partial<Cursors> } = {},
): DomainEvent {
  return { type, ...base(ctx), ticket, counter, call: extra.call ?? null, cursors: extra.cursors ?? null };
}

/** [Q13][Q15] Call a ticket to a counter (shared by call-next and call-specific). */
function callTo(
  ctx: Context,
  ticket: Ticket,
  counter: Counter,
  cursors: Partial<Cursors> | null,
): DomainEvent {
  const at = iso(ctx.now);
  // [Q15] wait accumulates per visit, from (re-)queueing to the first call of that visit.
  const firstCallOfVisit = ticket.status === 'waiting';
  const called: Ticket = {
    ...ticket,
    status: 'called',
    calledAt: at,
    startedAt: null,
    // an absent ticket called again is no longer finished
    finishedAt: null,
    counterId: counter.id,
    targetCounterId: null,
    callCount: ticket.callCount + 1,
    waitMs: ticket.waitMs + (firstCallOfVisit ? Math.max(0, ctx.now - Date.parse(ticket.waitingSince)) : 0),
  };
  const busy: Counter = { ...counter, currentTicketId: ticket.id };
  const call: CallRecord = {
    ticketId: ticket.id,
    label: ticket.label,
    serviceId: ticket.serviceId,
    counterId: counter.id,
    counterNumber: counter.number,
    at,
    recall: false,
  };
  return change('ticket:called', ctx, called, busy, { call, ...(cursors ? { cursors } : {}) });
}

function readyToCall(state: QueueState, ctx: Context, counterId: string): Result<Counter> {
  const r = workingCounter(state, ctx, counterId);
  if (!r.ok) return r;
  const counter = r.value;
  if (counter.status === 'paused') return fail('COUNTER_PAUSED', `Quầy ${counter.number} đang tạm dừng.`);
  const cur = currentTicket(state, counter);
  if (cur) return fail('COUNTER_BUSY', `Quầy ${counter.number} đang phục vụ số ${cur.label}. Hãy kết thúc trước.`);
  return ok(counter);
}

/** [Q6–Q11] Call the next ticket for a counter. */
export function callNext(state: QueueState, ctx: Context, input: { counterId: string }): Events {
  const r = readyToCall(state, ctx, input.counterId);
  if (!r.ok) return r;
  return pickNext(state, ctx, r.value);
}

function pickNext(state: QueueState, ctx: Context, counter: Counter): Events {
  // [Q10] tickets transferred to this counter come first.
  const reserved = [...state.tickets.values()]
    .filter((t) => t.status === 'waiting' && t.targetCounterId === counter.id)
    .sort(byArrival);
  if (reserved[0]) return ok([callTo(ctx, reserved[0], counter, null)]);

  const heads = new Map<string, { ticket: Ticket; since: number }>();
  for (const cs of counter.services) {
    const service = state.services.get(cs.serviceId);
    if (!service) continue;
    const since = normalsSince(state, service);
    const first = serviceOrder(openWaiting(state.tickets.values(), service.id), service.priorityPolicy, since)[0];
    if (first) heads.set(service.id, { ticket: first, since });
  }
  const credits = state.cursors.counterCredits[counter.id] ?? {};
  const choice = pickService(counter, new Set(heads.keys()), credits);
  if (!choice) return fail('QUEUE_EMPTY', 'Không còn công dân nào đang chờ.');
  const head = heads.get(choice.serviceId)!;
  return ok([
    callTo(ctx, head.ticket, counter, {
      normalsSincePriority: { [choice.serviceId]: cursorAfterCall(head.ticket, head.since) },
      counterCredits: { [counter.id]: choice.credits },
    }),
  ]);
}

const LABEL = /^([A-Z]{1,2})(\d+)$/;

/**
 * [Q13] Today's ticket with this label, or with the same prefix and number written with a
 * different padding ("A25" for "A025": what the clerk heard). Numbers are unique per prefix
 * in a day ([Q3]), so at most one ticket matches.
 */
function findByLabel(tickets: Iterable<Ticket>, label: string): Ticket | undefined {
  const all = [...tickets];
  const exact = all.find((t) => t.label === label);
  if (exact) return exact;
  const want = LABEL.exec(label);
  if (!want) return undefined;
  return all.find((t) => {
    const m = LABEL.exec(t.label);
    return m !== null && m[1] === want[1] && Number(m[2]) === Number(want[2]);
  });
}

/** [Q13] Call a given waiting (or absent) ticket of today by its label. */
export function callSpecific(
  state: QueueState,
  ctx: Context,
  input: { counterId: string; label: string },
): Events {
  const r = readyToCall(state, ctx, input.counterId);
  if (!r.ok) return r;
  const ticket = findByLabel(state.tickets.values(), input.label);
  if (!ticket) return fail('TICKET_UNKNOWN', `Không có số ${input.label} trong hàng chờ hôm nay.`);
  if (ticket.status !== 'waiting' && ticket.status !== 'absent') {
    return fail('TICKET_NOT_CALLABLE', `Số ${ticket.label} đang được phục vụ ở quầy khác.`);
  }
  if (ticket.targetCounterId !== null && ticket.targetCounterId !== r.value.id) {
    return fail('TICKET_NOT_CALLABLE', `Số ${ticket.label} đã được chuyển cho quầy khác.`);
  }
  return ok([callTo(ctx, ticket, r.value, null)]);
}

function withCurrent(
  state: QueueState,
  ctx: Context,
  counterId: string,
  allowed: readonly Ticket['status'][],
): Result<{ counter: Counter; ticket: Ticket }> {
  const r = workingCounter(state, ctx, counterId);
  if (!r.ok) return r;
  const ticket = currentTicket(state, r.value);
  if (!ticket) return fail('COUNTER_IDLE', `Quầy ${r.value.number} chưa gọi số nào.`);
  if (!allowed.includes(ticket.status)) {
    return fail('TICKET_WRONG_STATE', `Số ${ticket.label} không ở trạng thái cho phép thao tác này.`);
  }
  return ok({ counter: r.value, ticket });
}

/** [Q13] Recall the counter's called ticket: announced again, call count +1. */
export function recall(state: QueueState, ctx: Context, input: { counterId: string }): Events {
  const r = withCurrent(state, ctx, input.counterId, ['called']);
  if (!r.ok) return r;
  const { counter, ticket } = r.value;
  const at = iso(ctx.now);
  const t: Ticket = { ...ticket, callCount: ticket.callCount + 1 };
  const call: CallRecord = {
    ticketId: t.id,
    label: t.label,
    serviceId: t.serviceId,
    counterId: counter.id,
    counterNumber: counter.number,
    at,
    recall: true,
  };
  return ok([change('ticket:recalled', ctx, t, counter, { call })]);
}

/** [Q13] The called citizen did not come: absent; the counter is free again. */
export function markAbsent(state: QueueState, ctx: Context, input: { counterId: string }): Events {
  const r = withCurrent(state, ctx, input.counterId, ['called']);
  if (!r.ok) return r;
  const { counter, ticket } = r.value;
  const t: Ticket = { ...ticket, status: 'absent', finishedAt: iso(ctx.now) };
  return ok([change('ticket:absent', ctx, t, { ...counter, currentTicketId: null })]);
}

/** [Q13][Q15] The citizen arrived at the counter: service starts; walk time is kept. */
export function start(state: QueueState, ctx: Context, input: { counterId: string }): Events {
  const r = withCurrent(state, ctx, input.counterId, ['called']);
  if (!r.ok) return r;
  const { counter, ticket } = r.value;
  const t: Ticket = {
    ...ticket,
    status: 'serving',
    startedAt: iso(ctx.now),
    walkMs: ticket.walkMs + Math.max(0, ctx.now - Date.parse(ticket.calledAt!)),
  };
  return ok([change('ticket:started', ctx, t, counter)]);
}

/**
 * [Q13][Q15] Service finished. From `called` (the clerk served without pressing start) the
 * service is counted from the call and the walk is 0. With `callNext`, the next ticket is
 * called in the same step.
 */
export function finish(
  state: QueueState,
  ctx: Context,
  input: { counterId: string; callNext: boolean },
): Events {
  const r = withCurrent(state, ctx, input.counterId, ['called', 'serving']);
  if (!r.ok) return r;
  const { counter, ticket } = r.value;
  const at = iso(ctx.now);
  const startedAt = ticket.startedAt ?? ticket.calledAt!;
  const t: Ticket = {
    ...ticket,
    status: 'done',
    startedAt,
    finishedAt: at,
    serviceMs: ticket.serviceMs + Math.max(0, ctx.now - Date.parse(startedAt)),
  };
  const free: Counter = { ...counter, currentTicketId: null };
  const finished = change('ticket:finished', ctx, t, free);
  if (!input.callNext || counter.status === 'paused') return ok([finished]);
  const after = evolve(state, [finished]);
  const next = pickNext(after, ctx, free);
  // An empty queue is not an error of "finish": the finish stands on its own.
  return next.ok ? ok([finished, ...next.value]) : ok([finished]);
}

/**
 * [Q16] Transfer the counter's ticket to another service (queued by its original arrival)
 * or to a specific counter (only that counter may call it). The number is kept.
 */
export function transfer(
  state: QueueState,
  ctx: Context,
  input: { counterId: string; toServiceId: string | null; toCounterId: string | null },
): Events {
  const r = withCurrent(state, ctx, input.counterId, ['called', 'serving']);
  if (!r.ok) return r;
  const { counter, ticket } = r.value;
  let serviceId = ticket.serviceId;
  let targetCounterId: string | null = null;
  if (input.toCounterId !== null) {
    const target = state.counters.get(input.toCounterId);
    if (!target) return fail('COUNTER_UNKNOWN', 'Không có quầy đích này.');
    if (target.id === counter.id) return fail('TRANSFER_INVALID', 'Không thể chuyển cho chính quầy này.');
    // only the target may call it ([Q10]): a closed counter never would
    if (target.status === 'closed') return fail('COUNTER_NOT_OPEN', `Quầy ${target.number} chưa mở.`);
    targetCounterId = target.id;
  } else if (input.toServiceId !== null) {
    const service: Service | undefined = state.services.get(input.toServiceId);
    if (!service) return fail('SERVICE_UNKNOWN', 'Không có dịch vụ đích này.');
    serviceId = service.id;
  }
  // [Q15] like finish: from `called` (start not pressed) the service is counted from the call
  const served = ctx.now - Date.parse(ticket.startedAt ?? ticket.calledAt!);
  const t: Ticket = {
    ...ticket,
    status: 'waiting',
    serviceId,
    targetCounterId,
    // keeps its place by arrival: the original issue time, not the back of the queue
    queuedAt: ticket.issuedAt,
    waitingSince: iso(ctx.now),
    calledAt: null,
    startedAt: null,
    counterId: null,
    transferCount: ticket.transferCount + 1,
    serviceMs: ticket.serviceMs + Math.max(0, served),
  };
  return ok([change('ticket:transferred', ctx, t, { ...counter, currentTicketId: null })]);
}
