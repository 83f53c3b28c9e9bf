import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot, Ticket } from '@motcua/protocol';
import { connect, nextEvent, rest } from '../support/clients.js';
import { freePort, restartableHub, type RestartableHub } from '../support/hub-process.js';

describe('kill -9 the hub mid-burst, restart on the same file', () => {
  let hub: RestartableHub;

  beforeAll(async () => {
    hub = await restartableHub('motcua-crash-');
  });
  afterAll(async () => {
    await hub?.cleanup();
  });

  it('keeps every acknowledged ticket, continues numbering without a duplicate, and clients catch up', async () => {
    const port = await freePort();
    const first = await hub.start(port);
    const tv = await connect(first.url, first.display);
    const snapshotsAfterKill: Snapshot[] = [];

    // A burst of concurrent issues; the hub is killed while many are in flight.
    const acked: Ticket[] = [];
    let inFlight = 0;
    const services = ['ho-tich', 'chung-thuc', 'dat-dai'];
    const issueOne = async (i: number): Promise<void> => {
      inFlight++;
      try {
        const r = await rest(first.url, '/api/commands/ticket:issue', first.kiosk, { serviceId: services[i % 3] });
        if (r.status === 200) acked.push((r.json as { data: { ticket: Ticket } }).data.ticket);
      } catch {
        /* connection died with the hub: not acknowledged */
      } finally {
        inFlight--;
      }
    };
    const burst: Promise<void>[] = [];
    for (let i = 0; i < 1500; i++) {
      burst.push(issueOne(i));
      if (i % 20 === 19) await new Promise((r) => setImmediate(r));
    }
    // kill the hub once 150 issues were acknowledged, while the rest are still in flight
    await expect.poll(() => acked.length, { timeout: 60_000, interval: 5 }).toBeGreaterThanOrEqual(150);
    const inFlightAtKill = inFlight;
    tv.socket.on('state:snapshot', (snap) => void snapshotsAfterKill.push(snap));
    await first.kill9();
    await Promise.all(burst);
    expect(acked.length).toBeGreaterThanOrEqual(150);
    expect(inFlightAtKill, 'the kill must land while requests are in flight').toBeGreaterThan(0);

    const second = await hub.start(port);
    // every acknowledged ticket is there
    const snap = (await rest(second.url, '/api/snapshot', second.display)).json as Snapshot;
    const byId = new Map(snap.activeTickets.map((t) => [t.id, t]));
    for (const t of acked) expect(byId.get(t.id)?.label, t.label).toBe(t.label);
    // labels are unique, and the next number continues after the highest stored one
    const labels = snap.activeTickets.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    const maxA = Math.max(...snap.activeTickets.filter((t) => t.serviceId === 'ho-tich').map((t) => t.number));
    const next = await rest(second.url, '/api/commands/ticket:issue', second.kiosk, { serviceId: 'ho-tich' });
    expect(next.status).toBe(200);
    const nt = (next.json as { data: { ticket: Ticket } }).data.ticket;
    expect(nt.number).toBe(maxA + 1);
    expect(labels).not.toContain(nt.label);

    // The TV client reconnects by itself to the new process and catches up with a fresh snapshot.
    await expect.poll(() => snapshotsAfterKill.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const resnap = snapshotsAfterKill[snapshotsAfterKill.length - 1]!;
    const resIds = new Set(resnap.activeTickets.map((t) => t.id));
    for (const t of acked) expect(resIds.has(t.id)).toBe(true);
    const live = nextEvent(tv.socket, 'ticket:issued');
    await rest(second.url, '/api/commands/ticket:issue', second.kiosk, { serviceId: 'dat-dai' });
    expect((await live).ticket.serviceId).toBe('dat-dai');
    tv.socket.disconnect();
  }, 120_000);
});
