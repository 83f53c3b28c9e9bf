import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketChange } from '@motcua/protocol';
import { startTestHub, type TestHub } from '../support/hub.js';
import { command, connect, onEvent, rest } from '../support/clients.js';

describe('catch-up after a network drop', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(async () => t?.close());

  it('a TV that drops for a moment gets the missed events replayed (connection-state recovery), seq without a gap', async () => {
    const { socket: tv, snapshot } = await connect(t.url, t.deviceTokens.display);
    const { socket: kiosk } = await connect(t.url, t.deviceTokens.kiosk);
    const seen: TicketChange[] = [];
    onEvent(tv, 'ticket:issued', (c) => void seen.push(c));
    // every broadcast the TV hears (ticket and print events share one seq)
    const seqs: number[] = [];
    onEvent(tv, '*', (c) => void seqs.push(c.seq));
    let snapshots = 0;
    tv.on('state:snapshot', () => void snapshots++);
    await command(kiosk, 'ticket:issue', { serviceId: 'dat-dai' });
    await expect.poll(() => seen.length).toBe(1);

    // cut the transport under the client (as a flaky network does); it reconnects by itself
    const reconnected = new Promise<void>((r) => tv.io.once('reconnect', () => r()));
    tv.io.engine.close();
    for (let i = 0; i < 3; i++) await command(kiosk, 'ticket:issue', { serviceId: 'dat-dai' });
    await reconnected;
    await expect.poll(() => seen.length, { timeout: 20_000 }).toBe(4);
    expect(tv.recovered).toBe(true);
    expect(snapshots).toBe(0);
    // wait for the print jobs of the four tickets to settle, then check the seq has no gap
    await t.hub.print.idle();
    const settled = (await rest(t.url, '/api/snapshot', t.deviceTokens.display)).json as { seq: number };
    await expect.poll(() => seqs.length, { timeout: 20_000 }).toBe(settled.seq - snapshot.seq);
    expect(seqs).toEqual(seqs.map((_, i) => snapshot.seq + 1 + i));
    expect(seen.map((c) => c.ticket.label)).toEqual(['C001', 'C002', 'C003', 'C004']);
    tv.disconnect();
    kiosk.disconnect();
  });

  it('a client that was away too long (or whose hub restarted) can always ask for a fresh snapshot', async () => {
    const { socket } = await connect(t.url, t.deviceTokens.display);
    const snap = await new Promise<{ ok: boolean; data?: { activeTickets: unknown[]; seq: number } }>((resolve) =>
      (socket.emit as unknown as (...a: unknown[]) => void).call(socket, 'state:get', resolve),
    );
    expect(snap.ok).toBe(true);
    const viaRest = (await rest(t.url, '/api/snapshot', t.deviceTokens.display)).json as { seq: number };
    expect(snap.data?.seq).toBe(viaRest.seq);
    expect(snap.data?.activeTickets.length).toBe(4);
    socket.disconnect();
  });
});
