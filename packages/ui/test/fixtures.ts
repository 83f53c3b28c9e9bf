import type { CallRecord, Counter, Service, Snapshot, Ticket } from '@motcua/protocol';

export const service = (id: string, prefix: string): Service => ({
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
});

export const counter = (id: string, number: number, patch: Partial<Counter> = {}): Counter => ({
  id,
  number,
  name: `Quầy ${number}`,
  services: [{ serviceId: 'hotich', weight: 1 }],
  status: 'open',
  clerkId: null,
  clerkName: null,
  currentTicketId: null,
  pauseReason: null,
  ...patch,
});

export const ticket = (id: string, label: string, patch: Partial<Ticket> = {}): Ticket => ({
  id,
  serviceId: 'hotich',
  number: Number(label.slice(1)),
  label,
  businessDay: '2026-11-29',
  priority: null,
  status: 'waiting',
  issuedAt: '2026-11-29T01:00:00.000Z',
  queuedAt: '2026-11-29T01:00:00.000Z',
  waitingSince: '2026-11-29T01:00:00.000Z',
  calledAt: null,
  startedAt: null,
  finishedAt: null,
  counterId: null,
  targetCounterId: null,
  callCount: 0,
  transferCount: 0,
  issuedBy: 'kiosk1',
  waitMs: 0,
  walkMs: 0,
  serviceMs: 0,
  ...patch,
});

export const call = (t: Ticket, c: Counter, at: string, recall = false): CallRecord => ({
  ticketId: t.id,
  label: t.label,
  serviceId: t.serviceId,
  counterId: c.id,
  counterNumber: c.number,
  at,
  recall,
});

/** A snapshot; fields added to the protocol later (printers, …) are filled empty. */
export const snapshot = (patch: Partial<Snapshot> = {}): Snapshot =>
  ({
    printers: [],
    failedPrintJobs: [],
  seq: 10,
  businessDay: '2026-11-29',
  now: '2026-11-29T01:00:00.000Z',
  office: { name: 'UBND phường Bến Nghé', unitName: 'Bộ phận một cửa', timeZone: 'Asia/Ho_Chi_Minh' },
  services: [service('hotich', 'A')],
  counters: [counter('c1', 1)],
  activeTickets: [],
  recentCalls: [],
    issuedToday: {},
    ...patch,
  }) as Snapshot;
