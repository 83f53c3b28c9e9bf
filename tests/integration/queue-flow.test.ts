import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BroadcastEvent, TicketChange } from '@motcua/protocol';
import { startTestHub, type TestHub } from '../support/hub.js';
import { command, connect, login, nextEvent, onEvent, rest, type HubSocket } from '../support/clients.js';

describe('one office over real sockets: kiosk, two desks, a TV', () => {
  let t: TestHub;
  let kiosk: HubSocket;
  let tv: HubSocket;
  let desk1: HubSocket;
  let desk2: HubSocket;
  const sockets: HubSocket[] = [];

  beforeAll(async () => {
    t = await startTestHub();
    kiosk = (await connect(t.url, t.deviceTokens.kiosk)).socket;
    tv = (await connect(t.url, t.deviceTokens.display)).socket;
    const [c1, c2] = t.users.clerks;
    desk1 = (await connect(t.url, (await login(t.url, c1!.username, c1!.password)).token)).socket;
    desk2 = (await connect(t.url, (await login(t.url, c2!.username, c2!.password)).token)).socket;
    sockets.push(kiosk, tv, desk1, desk2);
  });

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  it('the kiosk issues A001 and every client hears ticket:issued after the ack', async () => {
    const heardOnTv = nextEvent(tv, 'ticket:issued');
    const heardOnDesk = nextEvent(desk1, 'ticket:issued');
    const ack = await command(kiosk, 'ticket:issue', { serviceId: 'ho-tich' });
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.data.ticket.label).toBe('A001');
    expect(ack.data.peopleAhead).toBe(0);
    const [a, b] = await Promise.all([heardOnTv, heardOnDesk]);
    expect(a.ticket.id).toBe(ack.data.ticket.id);
    expect(b.seq).toBe(a.seq);
  });

  it('a desk opens its counter, calls next, and the TV gets ticket:called with the counter number', async () => {
    expect((await command(desk1, 'counter:open', { counterId: 'quay-1' })).ok).toBe(true);
    expect((await command(desk2, 'counter:open', { counterId: 'quay-2' })).ok).toBe(true);
    const onTv = nextEvent(tv, 'ticket:called');
    const ack = await command(desk1, 'ticket:callNext', { counterId: 'quay-1' });
    expect(ack.ok && ack.data.ticket.label).toBe('A001');
    const called = await onTv;
    expect(called.call).toMatchObject({ label: 'A001', counterNumber: 1, recall: false });
    expect(called.counter?.currentTicketId).toBe(called.ticket.id);
  });

  it('recall, start, finish: each acked and broadcast in order with consecutive seq', async () => {
    const seen: TicketChange[] = [];
    const record = (c: TicketChange): void => void seen.push(c);
    onEvent(tv, 'ticket:recalled', record);
    onEvent(tv, 'ticket:started', record);
    onEvent(tv, 'ticket:finished', record);
    expect((await command(desk1, 'ticket:recall', { counterId: 'quay-1' })).ok).toBe(true);
    expect((await command(desk1, 'ticket:start', { counterId: 'quay-1' })).ok).toBe(true);
    const fin = await command(desk1, 'ticket:finish', { counterId: 'quay-1' });
    expect(fin.ok).toBe(true);
    await expect.poll(() => seen.length).toBe(3);
    expect(seen.map((s) => s.ticket.status)).toEqual(['called', 'serving', 'done']);
    expect(seen[0]!.call?.recall).toBe(true);
    expect(seen[1]!.seq).toBe(seen[0]!.seq + 1);
    expect(seen[2]!.seq).toBe(seen[1]!.seq + 1);
    if (fin.ok) {
      expect(fin.data.ticket.serviceMs).toBeGreaterThanOrEqual(0);
      expect(fin.data.ticket.finishedAt).not.toBeNull();
    }
  });

  it('two desks calling next at the same instant never get the same ticket', async () => {
    for (let i = 0; i < 2; i++) await command(kiosk, 'ticket:issue', { serviceId: 'chung-thuc' });
    const [a, b] = await Promise.all([
      command(desk1, 'ticket:callNext', { counterId: 'quay-1' }),
      command(desk2, 'ticket:callNext', { counterId: 'quay-2' }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.data.ticket.id).not.toBe(b.data.ticket.id);
    expect(new Set([a.data.ticket.label, b.data.ticket.label])).toEqual(new Set(['B001', 'B002']));
    // and with one ticket left for two desks, exactly one wins
    await command(desk1, 'ticket:finish', { counterId: 'quay-1' });
    await command(desk2, 'ticket:finish', { counterId: 'quay-2' });
    await command(kiosk, 'ticket:issue', { serviceId: 'chung-thuc' });
    const [x, y] = await Promise.all([
      command(desk1, 'ticket:callNext', { counterId: 'quay-1' }),
      command(desk2, 'ticket:callNext', { counterId: 'quay-2' }),
    ]);
    expect([x.ok, y.ok].filter(Boolean)).toHaveLength(1);
    const loser = x.ok ? y : x;
    expect(!loser.ok && loser.error.code).toBe('QUEUE_EMPTY');
    await command(desk1, 'ticket:finish', { counterId: 'quay-1' });
    await command(desk2, 'ticket:finish', { counterId: 'quay-2' });
  });

  it('transfer to another counter keeps the number; only that counter can call it', async () => {
    const issued = await command(kiosk, 'ticket:issue', { serviceId: 'ho-tich' });
    expect(issued.ok).toBe(true);
    const called = await command(desk1, 'ticket:callNext', { counterId: 'quay-1' });
    expect(called.ok).toBe(true);
    const tr = await command(desk1, 'ticket:transfer', { counterId: 'quay-1', toCounterId: 'quay-2' });
    expect(tr.ok && tr.data.ticket.targetCounterId).toBe('quay-2');
    const other = await command(desk1, 'ticket:callNext', { counterId: 'quay-1' });
    expect(!other.ok && other.error.code).toBe('QUEUE_EMPTY');
    const mine = await command(desk2, 'ticket:callNext', { counterId: 'quay-2' });
    expect(mine.ok && mine.data.ticket.label).toBe(issued.ok ? issued.data.ticket.label : '?');
    await command(desk2, 'ticket:absent', { counterId: 'quay-2' });
  });

  it('call specific, absent, pause blocks calling, resume', async () => {
    const a = await command(kiosk, 'ticket:issue', { serviceId: 'ho-tich' });
    const b = await command(kiosk, 'ticket:issue', { serviceId: 'ho-tich' });
    if (!a.ok || !b.ok) throw new Error('issue failed');
    const spec = await command(desk1, 'ticket:callSpecific', { counterId: 'quay-1', label: b.data.ticket.label });
    expect(spec.ok && spec.data.ticket.id).toBe(b.data.ticket.id);
    const abs = await command(desk1, 'ticket:absent', { counterId: 'quay-1' });
    expect(abs.ok && abs.data.ticket.status).toBe('absent');
    expect((await command(desk1, 'counter:pause', { counterId: 'quay-1', reason: 'Nghỉ giữa giờ' })).ok).toBe(true);
    const blocked = await command(desk1, 'ticket:callNext', { counterId: 'quay-1' });
    expect(!blocked.ok && blocked.error.code).toBe('COUNTER_PAUSED');
    expect((await command(desk1, 'counter:resume', { counterId: 'quay-1' })).ok).toBe(true);
    const next = await command(desk1, 'ticket:callNext', { counterId: 'quay-1' });
    expect(next.ok && next.data.ticket.id).toBe(a.data.ticket.id);
    // the absent citizen came back: called again by number
    await command(desk1, 'ticket:finish', { counterId: 'quay-1' });
    const back = await command(desk1, 'ticket:callSpecific', { counterId: 'quay-1', label: b.data.ticket.label });
    expect(back.ok && back.data.ticket.callCount).toBe(2);
    await command(desk1, 'ticket:finish', { counterId: 'quay-1' });
  });

  const health = async (): Promise<{
    commits: { transactions: number; commands: number };
    broadcast: { events: number; frames: number };
  }> => (await rest(t.url, '/api/health', null)).json as never;

  it('finish + call next reaches every client as one frame of both events, before the clerk is answered', async () => {
    await command(kiosk, 'ticket:issue', { serviceId: 'ho-tich' });
    await command(kiosk, 'ticket:issue', { serviceId: 'ho-tich' });
    expect((await command(desk1, 'ticket:callNext', { counterId: 'quay-1' })).ok).toBe(true);
    const tvFrames: BroadcastEvent[][] = [];
    const deskOrder: string[] = [];
    // (the kiosk's print jobs report on their own; only the queue's frames count here)
    const queue = (events: BroadcastEvent[]): boolean => events.some((e) => e.name.startsWith('ticket:'));
    const onTv = (events: BroadcastEvent[]): void => void (queue(events) && tvFrames.push(events));
    const onDesk = (events: BroadcastEvent[]): void => void (queue(events) && deskOrder.push(events.map((e) => e.name).join('+')));
    tv.on('events', onTv);
    desk1.on('events', onDesk);
    const before = await health();
    const fin = await command(desk1, 'ticket:finish', { counterId: 'quay-1', callNext: true });
    deskOrder.push('ack');
    const after = await health();
    // /api/health counts them too: one more transaction, two more events, one frame fewer than events
    expect(after.commits.transactions).toBeGreaterThan(before.commits.transactions);
    expect(after.commits.commands).toBeGreaterThanOrEqual(after.commits.transactions);
    const events = after.broadcast.events - before.broadcast.events;
    expect(events).toBeGreaterThanOrEqual(2);
    expect(after.broadcast.frames - before.broadcast.frames).toBeLessThanOrEqual(events - 1);
    expect(fin.ok && fin.data.next).toBeTruthy();
    expect(deskOrder).toEqual(['ticket:finished+ticket:called', 'ack']);
    await expect.poll(() => tvFrames.length).toBe(1);
    const [finished, called] = tvFrames[0]!;
    expect([finished!.name, called!.name]).toEqual(['ticket:finished', 'ticket:called']);
    expect(called!.change.seq).toBe(finished!.change.seq + 1);
    tv.off('events', onTv);
    desk1.off('events', onDesk);
    await command(desk1, 'ticket:finish', { counterId: 'quay-1' });
  });

  it('the REST snapshot agrees with what the sockets saw', async () => {
    const snap = await rest(t.url, '/api/snapshot', t.deviceTokens.display);
    expect(snap.status).toBe(200);
    const s = snap.json as { activeTickets: unknown[]; recentCalls: Array<{ label: string }>; seq: number };
    expect(s.recentCalls.length).toBeGreaterThan(0);
    const fresh = await connect(t.url, t.deviceTokens.display);
    expect(fresh.snapshot.seq).toBe(s.seq);
    fresh.socket.disconnect();
  });
});
