import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@motcua/hub';
import { PROTOCOL_VERSION } from '@motcua/protocol';
import { startTestHub, type TestHub } from '../support/hub.js';
import { command, connect, login, rest } from '../support/clients.js';

function refusal(url: string, auth: unknown): Promise<{ message: string; data: unknown }> {
  return new Promise((resolve, reject) => {
    const s = io(url, { auth: auth as Record<string, unknown>, transports: ['websocket'], reconnection: false, forceNew: true });
    s.on('connect', () => {
      s.disconnect();
      reject(new Error('connected'));
    });
    s.on('connect_error', (err) => {
      s.disconnect();
      resolve({ message: err.message, data: (err as Error & { data?: unknown }).data });
    });
  });
}

describe('roles, sessions and device tokens', () => {
  let t: TestHub;
  const clock = new ManualClock(Date.now());

  beforeAll(async () => {
    t = await startTestHub({ clock, config: { sessionHours: 1 } });
  });
  afterAll(async () => t?.close());

  it('a kiosk token cannot call, transfer or configure anything (REST and socket)', async () => {
    const k = t.deviceTokens.kiosk;
    for (const [name, body] of [
      ['ticket:callNext', { counterId: 'quay-1' }],
      ['ticket:transfer', { counterId: 'quay-1', toServiceId: 'dat-dai' }],
      ['counter:open', { counterId: 'quay-1' }],
      ['service:save', { id: 'x', prefix: 'X', name: 'X' }],
      ['counter:save', { id: 'q9', number: 9, name: 'Q9', services: [] }],
    ] as const) {
      const r = await rest(t.url, `/api/commands/${name}`, k, body);
      expect(r.status, name).toBe(403);
      expect(r.json).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    const { socket } = await connect(t.url, k);
    const ack = await command(socket, 'ticket:callNext', { counterId: 'quay-1' });
    expect(!ack.ok && ack.error.code).toBe('FORBIDDEN');
    socket.disconnect();
    expect((await rest(t.url, '/api/admin/devices', k)).status).toBe(403);
  });

  it('a TV token cannot issue, call or configure', async () => {
    const d = t.deviceTokens.display;
    for (const name of ['ticket:issue', 'ticket:callNext', 'service:save']) {
      expect((await rest(t.url, `/api/commands/${name}`, d, {})).status, name).toBe(403);
    }
  });

  it('a clerk cannot configure, nor act at a counter another clerk holds', async () => {
    const [c1, c2] = t.users.clerks;
    const s1 = (await login(t.url, c1!.username, c1!.password)).token;
    const s2 = (await login(t.url, c2!.username, c2!.password)).token;
    expect((await rest(t.url, '/api/commands/service:save', s1, { id: 'x', prefix: 'X', name: 'X' })).status).toBe(403);
    expect((await rest(t.url, '/api/admin/users', s1)).status).toBe(403);
    expect((await rest(t.url, '/api/commands/counter:open', s1, { counterId: 'quay-3' })).status).toBe(200);
    const taken = await rest(t.url, '/api/commands/counter:open', s2, { counterId: 'quay-3' });
    expect(taken.json).toMatchObject({ error: { code: 'COUNTER_TAKEN' } });
    const foreign = await rest(t.url, '/api/commands/ticket:callNext', s2, { counterId: 'quay-3' });
    expect(foreign.json).toMatchObject({ error: { code: 'FORBIDDEN' } });
    await rest(t.url, '/api/commands/counter:close', s1, { counterId: 'quay-3' });
  });

  it('staff can list colleagues for a hand-off (no hashes); devices cannot', async () => {
    const c = t.users.clerks[1]!;
    const s = (await login(t.url, c.username, c.password)).token;
    const staff = await rest(t.url, '/api/staff', s);
    expect(staff.status).toBe(200);
    const users = (staff.json as { users: Array<{ displayName: string; unit: string | null }> }).users;
    expect(users.some((u) => u.unit === 'Công chức Tư pháp – Hộ tịch')).toBe(true);
    expect(JSON.stringify(staff.json)).not.toContain('scrypt');
    expect((await rest(t.url, '/api/staff', t.deviceTokens.kiosk)).status).toBe(403);
  });

  it('passwords are stored as scrypt hashes; wrong ones are refused and rate-limited', async () => {
    const users = await rest(t.url, '/api/admin/users', (await login(t.url, 'admin', t.users.admin.password)).token);
    expect(JSON.stringify(users.json)).not.toContain('scrypt');
    const row = t.hub.auth.listUsers().find((u) => u.username === 'clerk4')!;
    expect(row.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row.passwordHash).not.toContain(t.users.clerks[3]!.password);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await rest(t.url, '/api/auth/login', null, { username: 'clerk4', password: 'sai-mat-khau' })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });

  it('sessions expire, and an expired session can no longer send commands on its open socket', async () => {
    const c = t.users.clerks[4]!;
    const s = (await login(t.url, c.username, c.password)).token;
    expect((await rest(t.url, '/api/auth/me', s)).status).toBe(200);
    const { socket } = await connect(t.url, s);
    clock.advance(61 * 60_000);
    expect((await rest(t.url, '/api/auth/me', s)).status).toBe(401);
    const ack = await command(socket, 'counter:open', { counterId: 'quay-5' });
    expect(!ack.ok && ack.error.code).toBe('UNAUTHENTICATED');
    socket.disconnect();
  });

  it('logout ends the session', async () => {
    const c = t.users.clerks[0]!;
    const s = (await login(t.url, c.username, c.password)).token;
    expect((await rest(t.url, '/api/auth/logout', s, {})).status).toBe(200);
    expect((await rest(t.url, '/api/snapshot', s)).status).toBe(401);
  });

  it('the socket handshake refuses missing, unknown and revoked tokens and an old protocol', async () => {
    expect((await refusal(t.url, {})).message).toBe('UNAUTHENTICATED');
    expect((await refusal(t.url, { token: 'dev_notarealtokenatall', protocolVersion: PROTOCOL_VERSION })).message).toBe(
      'UNAUTHENTICATED',
    );
    const old = await refusal(t.url, { token: t.deviceTokens.display, protocolVersion: PROTOCOL_VERSION - 1 });
    expect(old.message).toBe('PROTOCOL_MISMATCH');
    expect(old.data).toMatchObject({ code: 'PROTOCOL_MISMATCH' });
    const admin = (await login(t.url, 'admin', t.users.admin.password)).token;
    const created = await rest(t.url, '/api/admin/devices', admin, { name: 'TV tầng 2', role: 'display' });
    expect(created.status).toBe(201);
    const { device, token } = created.json as { device: { id: string }; token: string };
    (await connect(t.url, token)).socket.disconnect();
    expect((await rest(t.url, `/api/admin/devices/${device.id}`, admin, undefined, 'DELETE')).status).toBe(200);
    expect((await refusal(t.url, { token, protocolVersion: PROTOCOL_VERSION })).message).toBe('UNAUTHENTICATED');
  });
});
