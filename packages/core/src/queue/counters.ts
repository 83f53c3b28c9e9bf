import type { Counter, CounterService, Service } from '@motcua/protocol';
import { fail, ok, type Result } from './result.js';
import type { Context, DomainEvent, QueueState } from './state.js';

type Events = Result<DomainEvent[]>;
const at = (ctx: Context): string => new Date(ctx.now).toISOString();
const changed = (ctx: Context, counter: Counter): DomainEvent => ({
  type: 'counter:changed',
  at: at(ctx),
  actor: ctx.actor,
  counter,
});

/** [Q18] A clerk takes a counter: one clerk per counter, one counter per clerk. */
export function openCounter(state: QueueState, ctx: Context, input: { counterId: string }): Events {
  const counter = state.counters.get(input.counterId);
  if (!counter) return fail('COUNTER_UNKNOWN', 'Không có quầy này.');
  // the hub checks roles first; the rule holds on its own too: a device never runs a counter
  if (ctx.actor.kind !== 'user' || (ctx.actor.role !== 'clerk' && ctx.actor.role !== 'admin')) {
    return fail('FORBIDDEN', 'Chỉ cán bộ một cửa mới được mở quầy.');
  }
  if (counter.status !== 'closed' && counter.clerkId === ctx.actor.id) return ok([]);
  if (counter.status !== 'closed' && counter.clerkId !== null && ctx.actor.role !== 'admin') {
    return fail('COUNTER_TAKEN', `Quầy ${counter.number} đang do ${counter.clerkName ?? 'cán bộ khác'} phụ trách.`);
  }
  const elsewhere = [...state.counters.values()].find(
    (c) => c.id !== counter.id && c.status !== 'closed' && c.clerkId === ctx.actor.id,
  );
  if (elsewhere) {
    return fail('CLERK_ELSEWHERE', `Bạn đang làm việc ở quầy ${elsewhere.number}. Hãy đóng quầy đó trước.`);
  }
  return ok([
    changed(ctx, { ...counter, status: 'open', clerkId: ctx.actor.id, clerkName: ctx.actor.name, pauseReason: null }),
  ]);
}

function operated(state: QueueState, ctx: Context, counterId: string): Result<Counter> {
  const counter = state.counters.get(counterId);
  if (!counter) return fail('COUNTER_UNKNOWN', 'Không có quầy này.');
  if (counter.status === 'closed') return fail('COUNTER_NOT_OPEN', `Quầy ${counter.number} chưa mở.`);
  if (ctx.actor.role !== 'admin' && counter.clerkId !== ctx.actor.id) {
    return fail('FORBIDDEN', `Quầy ${counter.number} đang do cán bộ khác phụ trách.`);
  }
  return ok(counter);
}

/**
 * [Q18] Leaving a counter: only when it holds no ticket and no citizen waits for it alone
 * (tickets transferred to it, [Q10]): nobody else may call those, so closing would strand them.
 */
export function closeCounter(state: QueueState, ctx: Context, input: { counterId: string }): Events {
  const r = operated(state, ctx, input.counterId);
  if (!r.ok) return r;
  if (r.value.currentTicketId) {
    return fail('COUNTER_BUSY', `Quầy ${r.value.number} còn số đang phục vụ. Hãy kết thúc hoặc chuyển trước.`);
  }
  const reserved = [...state.tickets.values()].filter(
    (t) => t.status === 'waiting' && t.targetCounterId === r.value.id,
  ).length;
  if (reserved > 0) {
    return fail('COUNTER_BUSY', `Còn ${reserved} số được chuyển đến quầy ${r.value.number} đang chờ. Hãy gọi hoặc chuyển trước.`);
  }
  return ok([changed(ctx, { ...r.value, status: 'closed', clerkId: null, clerkName: null, pauseReason: null })]);
}

/** [Q19] Pause: the counter stops calling; its current ticket stays. */
export function pauseCounter(
  state: QueueState,
  ctx: Context,
  input: { counterId: string; reason: string | null },
): Events {
  const r = operated(state, ctx, input.counterId);
  if (!r.ok) return r;
  return ok([changed(ctx, { ...r.value, status: 'paused', pauseReason: input.reason })]);
}

export function resumeCounter(state: QueueState, ctx: Context, input: { counterId: string }): Events {
  const r = operated(state, ctx, input.counterId);
  if (!r.ok) return r;
  return ok([changed(ctx, { ...r.value, status: 'open', pauseReason: null })]);
}

/** [Q1] Prefixes are unique among services, so labels of a day never collide. */
export function saveService(state: QueueState, ctx: Context, input: Omit<Service, never>): Events {
  const clash = [...state.services.values()].find((s) => s.id !== input.id && s.prefix === input.prefix);
  if (clash) return fail('CONFLICT', `Tiền tố ${input.prefix} đã dùng cho dịch vụ "${clash.name}".`);
  return ok([{ type: 'service:saved', at: at(ctx), actor: ctx.actor, service: input }]);
}

export function saveCounter(
  state: QueueState,
  ctx: Context,
  input: { id: string; number: number; name: string; services: CounterService[] },
): Events {
  const clash = [...state.counters.values()].find((c) => c.id !== input.id && c.number === input.number);
  if (clash) return fail('CONFLICT', `Số quầy ${input.number} đã dùng cho "${clash.name}".`);
  const listed = new Set<string>();
  for (const s of input.services) {
    if (!state.services.has(s.serviceId)) return fail('SERVICE_UNKNOWN', `Không có dịch vụ ${s.serviceId}.`);
    // [Q9] one weight per service: a repeated entry would silently add its weights up
    if (listed.has(s.serviceId)) return fail('CONFLICT', `Dịch vụ ${s.serviceId} được khai báo hai lần cho quầy này.`);
    listed.add(s.serviceId);
  }
  const existing = state.counters.get(input.id);
  const counter: Counter = existing
    ? { ...existing, number: input.number, name: input.name, services: input.services }
    : { ...input, status: 'closed', clerkId: null, clerkName: null, currentTicketId: null, pauseReason: null };
  return ok([{ type: 'counter:saved', at: at(ctx), actor: ctx.actor, counter }]);
}
