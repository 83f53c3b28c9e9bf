import type { Counter, Priority, Service, Ticket, TicketStatus } from '@motcua/protocol';

export interface ServiceRow {
  id: string;
  prefix: string;
  name: string;
  field: string | null;
  number_start: number;
  number_width: number;
  priority_policy: string;
  daily_cap: number | null;
  active: number;
  sort_order: number;
}

export const serviceFromRow = (r: ServiceRow): Service => ({
  id: r.id,
  prefix: r.prefix,
  name: r.name,
  field: r.field,
  numberStart: r.number_start,
  numberWidth: r.number_width,
  priorityPolicy: JSON.parse(r.priority_policy) as Service['priorityPolicy'],
  dailyCap: r.daily_cap,
  active: r.active === 1,
  sortOrder: r.sort_order,
});

export const serviceToRow = (s: Service): ServiceRow => ({
  id: s.id,
  prefix: s.prefix,
  name: s.name,
  field: s.field,
  number_start: s.numberStart,
  number_width: s.numberWidth,
  priority_policy: JSON.stringify(s.priorityPolicy),
  daily_cap: s.dailyCap,
  active: s.active ? 1 : 0,
  sort_order: s.sortOrder,
});

export interface CounterRow {
  id: string;
  number: number;
  name: string;
  services: string;
  status: string;
  clerk_id: string | null;
  clerk_name: string | null;
  current_ticket_id: string | null;
  pause_reason: string | null;
}

export const counterFromRow = (r: CounterRow): Counter => ({
  id: r.id,
  number: r.number,
  name: r.name,
  services: JSON.parse(r.services) as Counter['services'],
  status: r.status as Counter['status'],
  clerkId: r.clerk_id,
  clerkName: r.clerk_name,
  currentTicketId: r.current_ticket_id,
  pauseReason: r.pause_reason,
});

export const counterToRow = (c: Counter): CounterRow => ({
  id: c.id,
  number: c.number,
  name: c.name,
  services: JSON.stringify(c.services),
  status: c.status,
  clerk_id: c.clerkId,
  clerk_name: c.clerkName,
  current_ticket_id: c.currentTicketId,
  pause_reason: c.pauseReason,
});

export interface TicketRow {
  id: string;
  business_day: string;
  service_id: string;
  number: number;
  label: string;
  priority: string | null;
  status: string;
  issued_at: string;
  queued_at: string;
  waiting_since: string;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  counter_id: string | null;
  target_counter_id: string | null;
  call_count: number;
  transfer_count: number;
  issued_by: string;
  wait_ms: number;
  walk_ms: number;
  service_ms: number;
}

export const ticketFromRow = (r: TicketRow): Ticket => ({
  id: r.id,
  businessDay: r.business_day,
  serviceId: r.service_id,
  number: r.number,
  label: r.label,
  priority: r.priority as Priority | null,
  status: r.status as TicketStatus,
  issuedAt: r.issued_at,
  queuedAt: r.queued_at,
  waitingSince: r.waiting_since,
  calledAt: r.called_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  counterId: r.counter_id,
  targetCounterId: r.target_counter_id,
  callCount: r.call_count,
  transferCount: r.transfer_count,
  issuedBy: r.issued_by,
  waitMs: r.wait_ms,
  walkMs: r.walk_ms,
  serviceMs: r.service_ms,
});

export const ticketToRow = (t: Ticket): TicketRow => ({
  id: t.id,
  business_day: t.businessDay,
  service_id: t.serviceId,
  number: t.number,
  label: t.label,
  priority: t.priority,
  status: t.status,
  issued_at: t.issuedAt,
  queued_at: t.queuedAt,
  waiting_since: t.waitingSince,
  called_at: t.calledAt,
  started_at: t.startedAt,
  finished_at: t.finishedAt,
  counter_id: t.counterId,
  target_counter_id: t.targetCounterId,
  call_count: t.callCount,
  transfer_count: t.transferCount,
  issued_by: t.issuedBy,
  wait_ms: t.waitMs,
  walk_ms: t.walkMs,
  service_ms: t.serviceMs,
});
