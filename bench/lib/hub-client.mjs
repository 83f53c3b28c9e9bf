// Real socket.io clients and REST calls against the hub, as the kiosk, desk and TV apps use them.
import { io } from 'socket.io-client';
import { mapLimit } from './stats.mjs';

export async function api(url, path, token, body, method = body === undefined ? 'GET' : 'POST') {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return json;
}

export async function login(url, username, password) {
  return (await api(url, '/api/auth/login', null, { username, password })).token;
}

/** Connects with the handshake the apps use and resolves once the first snapshot arrived. */
export function connect(url, token, protocolVersion, timeoutMs = 30_000) {
  const socket = io(url, {
    auth: { token, protocolVersion },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      socket.close();
      reject(new Error('no snapshot within timeout'));
    }, timeoutMs);
    socket.once('state:snapshot', (snapshot) => {
      clearTimeout(t);
      resolve({ socket, snapshot });
    });
    socket.once('connect_error', (err) => {
      clearTimeout(t);
      socket.close();
      reject(err);
    });
  });
}

/** Sends a command with an ack; resolves with the ack `{ ok, data } | { ok: false, error }`. */
export function command(socket, name, payload) {
  return new Promise((resolve) => socket.emit(name, payload, resolve));
}

export async function adminToken(url) {
  return login(url, 'admin', 'motcua-admin');
}

export async function createDevices(url, admin, role, n, prefix) {
  return mapLimit(Array.from({ length: n }, (_, i) => i), 8, async (i) => {
    const r = await api(url, '/api/admin/devices', admin, { name: `${prefix} ${i + 1}`, role });
    return r.token;
  });
}

/** Demo services (all active, from the demo seed). */
export async function serviceIds(url, token) {
  const snap = await api(url, '/api/snapshot', token);
  return snap.services.filter((s) => s.active).map((s) => s.id);
}

/**
 * Creates `n` counters serving every given service (weight 1) and one clerk per counter, logs
 * each clerk in. Password hashing (scrypt) is slow on purpose, so users are created with
 * bounded concurrency, before any measurement.
 */
export async function createDesks(url, admin, services, n, { firstNumber = 101, concurrency = 4 } = {}) {
  const desks = [];
  for (let i = 0; i < n; i++) {
    const number = firstNumber + i;
    const id = `bench-q${number}`;
    await api(url, '/api/commands/counter:save', admin, {
      id,
      number,
      name: `Quầy ${number}`,
      services: services.map((serviceId) => ({ serviceId, weight: 1 })),
    });
    desks.push({ counterId: id, number, username: `bench-clerk-${number}` });
  }
  const password = 'bench-password-1';
  await mapLimit(desks, concurrency, async (d) => {
    await api(url, '/api/admin/users', admin, {
      username: d.username,
      displayName: `Cán bộ quầy ${d.number}`,
      role: 'clerk',
      password,
    });
    d.token = await login(url, d.username, password);
  });
  return desks;
}

/** Connects many clients with bounded concurrency. */
export async function connectMany(url, tokens, protocolVersion, concurrency = 25) {
  return mapLimit(tokens, concurrency, async (t) => (await connect(url, t, protocolVersion)).socket);
}

export function closeAll(sockets) {
  for (const s of sockets) s.close();
}

/** Calls `handler(change)` for each stream event named `name` in the hub's `events` frames. */
export function onEvent(socket, name, handler) {
  socket.on('events', (events) => {
    for (const e of events) if (e.name === name) handler(e.change);
  });
}

/** Bytes of the socket.io text frame that carries one stream event alone (packet type "42"). */
export function frameBytes(name, change) {
  return Buffer.byteLength(`42${JSON.stringify(['events', [{ name, change }]])}`);
}
