import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type TicketChange } from '@motcua/protocol';
import { createHubClient, type HubEvent } from '../src/client/hubClient.js';
import { FakeSocket } from './fakeSocket.js';
import { counter, snapshot, ticket } from './fixtures.js';

const at = '2026-11-29T01:05:00.000Z';
const issued = (seq: number, label: string): TicketChange => ({
  seq,
  at,
  ticket: ticket(`t-${label}`, label),
  counter: null,
  call: null,
});

function setup() {
  const fake = new FakeSocket();
  let auth: Record<string, unknown> = {};
  const client = createHubClient({
    token: 'device-token-123',
    socketFactory: (_url, opts) => {
      auth = opts.auth;
      return fake.asSocket();
    },
    now: () => Date.parse('2026-11-29T01:05:00.000Z'),
  });
  const events: HubEvent[] = [];
  client.onEvent((e) => events.push(e));
  return { fake, client, events, auth: () => auth };
}

describe('hub client', () => {
  it('hands the token and protocol version to the handshake', () => {
    const { auth } = setup();
    expect(auth()).toEqual({ token: 'device-token-123', protocolVersion: PROTOCOL_VERSION });
  });

  it('is connecting, then online with the snapshot, then applies events in seq order', () => {
    const { fake, client, events } = setup();
    expect(client.getState().status).toBe('connecting');
    fake.connect();
    fake.fire('state:snapshot', snapshot({ seq: 10 }));
    expect(client.getState().status).toBe('online');
    fake.fire('events', [{ name: 'ticket:issued', change: issued(11, 'A001') }]);
    fake.fire('events', [{ name: 'ticket:issued', change: issued(11, 'A001') }]); // duplicate (replay) is dropped
    fake.fire('events', [{ name: 'ticket:issued', change: issued(12, 'A002') }]);
    const s = client.getState().snapshot!;
    expect(s.seq).toBe(12);
    expect(s.activeTickets.map((t) => t.label)).toEqual(['A001', 'A002']);
    expect(events.map((e) => e.change.seq)).toEqual([11, 12]);
  });

  it('on a seq gap asks for a fresh snapshot and then applies what came after it', () => {
    const { fake, client } = setup();
    fake.connect();
    fake.fire('state:snapshot', snapshot({ seq: 10 }));
    fake.fire('events', [{ name: 'ticket:issued', change: issued(13, 'A003') }]); // 11 and 12 were missed
    expect(fake.emitted.map((e) => e.event)).toContain('state:get');
    fake.fire('events', [{ name: 'ticket:issued', change: issued(14, 'A004') }]); // arrives while resyncing: kept
    fake.answer('state:get', null, {
      ok: true,
      data: snapshot({ seq: 13, activeTickets: [ticket('t-A001', 'A001'), ticket('t-A002', 'A002'), ticket('t-A003', 'A003')] }),
    });
    const s = client.getState().snapshot!;
    expect(s.seq).toBe(14);
    expect(s.activeTickets.map((t) => t.label)).toEqual(['A001', 'A002', 'A003', 'A004']);
  });

  it('counts events it does not know (later protocol additions) so they are no gap', () => {
    const { fake, client, events } = setup();
    fake.connect();
    fake.fire('state:snapshot', snapshot({ seq: 10 }));
    fake.fire('events', [
      { name: 'rating:given', change: { seq: 11, at, stars: 5 } },
      { name: 'ticket:issued', change: issued(12, 'A001') },
    ]);
    expect(fake.emitted.map((e) => e.event)).not.toContain('state:get');
    expect(client.getState().snapshot?.seq).toBe(12);
    expect(events.map((e) => e.name)).toEqual(['other', 'ticket:issued']);
  });

  it('applies display:changed to the snapshot and hands it to pages by its own name', () => {
    const { fake, client, events } = setup();
    fake.connect();
    fake.fire('state:snapshot', snapshot({ seq: 10 }));
    const display = { notice: 'Nghỉ trưa 11:30–13:30', profiles: [] };
    fake.fire('events', [{ name: 'display:changed', change: { seq: 11, at, display } }]);
    expect(client.getState().snapshot?.display).toEqual(display);
    expect(events.map((e) => e.name)).toEqual(['display:changed']);
  });

  it('applies a whole frame before telling the page, once, and skips entries that are not events', () => {
    const { fake, client, events } = setup();
    fake.connect();
    fake.fire('state:snapshot', snapshot({ seq: 10 }));
    const seen: number[] = [];
    client.subscribe(() => seen.push(client.getState().snapshot!.seq));
    client.onEvent(() => seen.push(-client.getState().snapshot!.seq));
    fake.fire('events', [
      { name: 'ticket:issued', change: issued(11, 'A001') },
      null,
      { name: 'ticket:issued', change: { ...issued(99, 'A099'), seq: 'x' } },
      { name: 'ticket:issued', change: issued(12, 'A002') },
    ]);
    fake.fire('events', 'not a list');
    // One store update with both tickets, then one event each (seen at the final state).
    expect(seen).toEqual([12, -12, -12]);
    expect(events.map((e) => e.change.seq)).toEqual([11, 12]);
    expect(client.getState().snapshot!.activeTickets.map((t) => t.label)).toEqual(['A001', 'A002']);
  });

  it('shows offline on a disconnect but keeps the last state, and recovers without a snapshot', () => {
    const { fake, client } = setup();
    fake.connect();
    fake.fire('state:snapshot', snapshot({ seq: 10 }));
    fake.drop();
    expect(client.getState().status).toBe('offline');
    expect(client.getState().snapshot?.seq).toBe(10);
    fake.connect(true);
    expect(client.getState().status).toBe('online');
    fake.fire('events', [{ name: 'ticket:issued', change: issued(11, 'A001') }]); // replayed by the hub
    expect(client.getState().snapshot?.seq).toBe(11);
  });

  it('after a non-recovered reconnect waits for the new snapshot', () => {
    const { fake, client } = setup();
    fake.connect();
    fake.fire('state:snapshot', snapshot({ seq: 10 }));
    fake.drop();
    fake.connect(false);
    expect(client.getState().status).toBe('connecting');
    fake.fire('state:snapshot', snapshot({ seq: 40 }));
    expect(client.getState().status).toBe('online');
    expect(client.getState().snapshot?.seq).toBe(40);
  });

  it('records a refusal from the handshake', () => {
    const { fake, client } = setup();
    const err = Object.assign(new Error('UNAUTHENTICATED'), {
      data: { code: 'UNAUTHENTICATED', message: 'Mã thiết bị không hợp lệ.' },
    });
    fake.active = false;
    fake.fire('connect_error', err);
    expect(client.getState().status).toBe('offline');
    expect(client.getState().refused?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a command offline at once instead of buffering it', async () => {
    const { fake, client } = setup();
    const r = await client.command('ticket:issue', { serviceId: 'hotich' });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'OFFLINE' }) });
    expect(fake.emitted.filter((e) => e.event === 'ticket:issue')).toHaveLength(0);
  });

  it('sends a command on the socket and resolves with its ack', async () => {
    const { fake, client } = setup();
    fake.connect();
    const p = client.command('ticket:callNext', { counterId: 'c1' });
    expect(fake.emitted.at(-1)?.args[0]).toEqual({ counterId: 'c1' });
    const data = { ticket: ticket('t1', 'A001', { status: 'called' }), counter: counter('c1', 1) };
    fake.answer('ticket:callNext', null, { ok: true, data });
    await expect(p).resolves.toEqual({ ok: true, data });
    const p2 = client.command('ticket:recall', { counterId: 'c1' });
    fake.answer('ticket:recall', new Error('operation has timed out'));
    await expect(p2).resolves.toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
  });
});
