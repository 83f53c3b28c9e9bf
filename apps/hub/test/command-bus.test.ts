import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { businessDayOf } from '@motcua/core';
import { openDatabase, QueueRepository, type Db } from '@motcua/store';
import type { Ack, Actor } from '@motcua/protocol';
import { ManualClock } from '../src/clock.js';
import { CommandBus, SYSTEM } from '../src/queue/command-bus.js';

const TZ = 'Asia/Ho_Chi_Minh';
const KIOSK: Actor = { kind: 'device', id: 'kiosk-1', role: 'kiosk', name: 'Kiosk 1' };
// Tuesday 2026-12-01, 09:00 in Hà Nội
const clock = new ManualClock(Date.parse('2026-12-01T02:00:00.000Z'));
const day = businessDayOf(clock.now(), TZ);

let dir: string;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A bus on a real SQLite file with one service and a few tickets already waiting. */
async function office(): Promise<{ bus: CommandBus; repo: QueueRepository }> {
  dir = mkdtempSync(join(tmpdir(), 'motcua-bus-'));
  db = openDatabase(join(dir, 'motcua.sqlite'));
  const repo = new QueueRepository(db);
  const bus = new CommandBus(repo.loadState(day), db, repo, clock, { timeZone: TZ, issuingHours: null }, pino({ level: 'silent' }));
  const saved = await bus.submit('service:save', { id: 'ho-tich', prefix: 'A', name: 'Hộ tịch' }, SYSTEM);
  expect(saved.ok).toBe(true);
  for (let i = 0; i < 5; i++) expect((await bus.submit('ticket:issue', { serviceId: 'ho-tich' }, KIOSK)).ok).toBe(true);
  return { bus, repo };
}

const issueMany = (bus: CommandBus, n: number): Promise<Ack<unknown>[]> =>
  Promise.all(Array.from({ length: n }, () => bus.submit('ticket:issue', { serviceId: 'ho-tich' }, KIOSK)));

describe('command bus: group commit on a draft state', () => {
  it('commits commands sent together in one transaction; the result equals the state reloaded from the file', async () => {
    const { bus, repo } = await office();
    const before = bus.current();
    const beforeIds = [...before.tickets.keys()];
    const stats0 = bus.stats();

    const acks = await issueMany(bus, 30);

    expect(acks.every((a) => a.ok)).toBe(true);
    expect(bus.stats().transactions - stats0.transactions).toBe(1);
    expect(bus.stats().commands - stats0.commands).toBe(30);
    // the state the batch started from was not touched (the draft was a copy)
    expect([...before.tickets.keys()]).toEqual(beforeIds);
    const labels = acks.map((a) => (a.ok ? (a.data as { ticket: { label: string } }).ticket.label : ''));
    expect(labels).toEqual(Array.from({ length: 30 }, (_, i) => `A${String(i + 6).padStart(3, '0')}`));
    // people ahead is computed on the draft as it was at each command
    expect(acks.map((a) => (a.ok ? (a.data as { peopleAhead: number }).peopleAhead : -1))).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 5),
    );
    const reloaded = repo.loadState(day);
    expect([...bus.current().tickets.values()].sort((a, b) => a.number - b.number)).toEqual(
      [...reloaded.tickets.values()].sort((a, b) => a.number - b.number),
    );
  });

  it('a batch whose transaction fails answers every command INTERNAL and changes neither the state nor the file', async () => {
    const { bus, repo } = await office();
    let calls = 0;
    bus.addTransactionHook(() => {
      if (++calls === 20) throw new Error('disk full');
      return {};
    });
    const before = bus.current();
    const ticketsBefore = new Map(before.tickets);

    const acks = await issueMany(bus, 30);

    expect(acks.map((a) => !a.ok && a.error.code)).toEqual(Array(30).fill('INTERNAL'));
    expect(bus.current()).toBe(before);
    expect(before.tickets).toEqual(ticketsBefore);
    expect(repo.loadState(day).tickets.size).toBe(5);
    // and the next command works on the unchanged state
    const next = await bus.submit('ticket:issue', { serviceId: 'ho-tich' }, KIOSK);
    expect(next.ok && next.data.ticket.label).toBe('A006');
  });
});
