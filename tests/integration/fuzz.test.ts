import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, type Snapshot } from '@motcua/protocol';
import { startTestHub, type TestHub } from '../support/hub.js';
import { connect, login, rest, type HubSocket } from '../support/clients.js';

/** Payloads that are wrong in the ways clients get things wrong: types, extra keys, sizes, nesting. */
const validish = fc.record({
  counterId: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant('quay-404')),
  serviceId: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(''), fc.constant('dich-vu-khong-co')),
  priority: fc.oneof(fc.string(), fc.constant('vip'), fc.integer()),
  label: fc.oneof(fc.string(), fc.constant('Z999'), fc.constant('a1')),
  toServiceId: fc.anything(),
  toCounterId: fc.anything(),
  number: fc.oneof(fc.integer(), fc.double(), fc.string()),
  services: fc.anything(),
  __proto__: fc.anything(),
  constructor: fc.anything(),
});
const payload = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 4 }),
  validish.map((o) => ({ ...o, extra: 1 })),
  fc.dictionary(fc.string(), fc.anything({ maxDepth: 2 })),
  fc.string({ maxLength: 2000 }).map((s) => ({ serviceId: s.repeat(3) })),
);
const rawBody = fc.oneof(
  fc.string(),
  fc.constant('{"serviceId":'),
  fc.constant('[]'),
  fc.constant('null'),
  fc.constant('{"__proto__":{"admin":true}}'),
  fc.constant('x'.repeat(70_000)),
);

function stable(s: Snapshot): unknown {
  const { now: _now, ...rest } = s;
  return rest;
}

describe('fuzz: malformed REST bodies and socket payloads', () => {
  let t: TestHub;
  let admin: string;
  let socket: HubSocket;
  let before: unknown;
  let eventsBefore: number;

  beforeAll(async () => {
    t = await startTestHub();
    admin = (await login(t.url, 'admin', t.users.admin.password)).token;
    socket = (await connect(t.url, admin)).socket;
    before = stable((await rest(t.url, '/api/snapshot', admin)).json as Snapshot);
    eventsBefore = countEvents(t);
  });
  afterAll(async () => {
    socket?.disconnect();
    await t?.close();
  });

  it('REST: thousands of bad bodies get a 4xx JSON error, never a 5xx, and change nothing', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMMAND_NAMES, 'nope', '../admin/users'),
        fc.oneof(payload.map((p) => ({ json: p })), rawBody.map((r) => ({ raw: r }))),
        async (name, body) => {
          const sent = 'raw' in body ? body.raw : JSON.stringify(body.json ?? null);
          const res = await fetch(`${t.url}/api/commands/${name}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
            body: sent,
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          const json = (await res.json()) as { error?: { code?: string; message?: string } };
          expect(typeof json.error?.code).toBe('string');
          expect(json.error?.message?.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2500 },
    );
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect((await rest(t.url, '/api/health', null)).status).toBe(200);
    expect(stable((await rest(t.url, '/api/snapshot', admin)).json as Snapshot)).toEqual(before);
    expect(countEvents(t)).toBe(eventsBefore);
  }, 180_000);

  it('Socket: thousands of bad payloads (with, without and with broken acks) are refused and change nothing', async () => {
    const emit = socket.emit as unknown as (...args: unknown[]) => void;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMMAND_NAMES, 'state:get', 'nope', 'state:snapshot', 'ticket:called'),
        payload,
        fc.constantFrom('ack', 'none', 'not-a-function', 'extra-args'),
        async (name, p, mode) => {
          if (mode === 'ack') {
            const ack = await new Promise<{ ok: boolean; error?: { code: string } }>((resolve) => {
              emit.call(socket, name, p, resolve);
              if (!COMMAND_NAMES.includes(name as never) && name !== 'state:get') resolve({ ok: false, error: { code: 'n/a' } });
            });
            if (name !== 'state:get') expect(ack.ok).toBe(false);
          } else if (mode === 'none') {
            emit.call(socket, name, p);
          } else if (mode === 'not-a-function') {
            emit.call(socket, name, p, 'callback?');
          } else {
            emit.call(socket, name, p, p, 42, null);
          }
        },
      ),
      { numRuns: 2500 },
    );
    // still connected, still the same state
    const probe = await new Promise<{ ok: boolean }>((resolve) =>
      (socket.emit as unknown as (...a: unknown[]) => void).call(socket, 'state:get', resolve),
    );
    expect(probe.ok).toBe(true);
    expect(socket.connected).toBe(true);
    expect(stable((await rest(t.url, '/api/snapshot', admin)).json as Snapshot)).toEqual(before);
    expect(countEvents(t)).toBe(eventsBefore);
  }, 180_000);
});

/** Events committed to the file, read through a second connection. */
function countEvents(t: TestHub): number {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
