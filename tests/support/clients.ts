import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type Ack,
  type BroadcastEvent,
  type BroadcastName,
  type BroadcastPayloads,
  type ClientToServerEvents,
  type CommandName,
  type CommandPayload,
  type CommandResults,
  type LoginResult,
  type ServerToClientEvents,
  type Snapshot,
} from '@motcua/protocol';

export type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client that has received its first snapshot. */
export async function connect(url: string, token: string): Promise<{ socket: HubSocket; snapshot: Snapshot }> {
  const socket: HubSocket = io(url, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    forceNew: true,
  });
  const snapshot = await new Promise<Snapshot>((resolve, reject) => {
    socket.once('state:snapshot', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, snapshot };
}

export function command<N extends CommandName>(
  socket: HubSocket,
  name: N,
  payload: CommandPayload<N>,
): Promise<Ack<CommandResults[N]>> {
  return new Promise((resolve) => {
    const emit = socket.emit as unknown as (n: string, p: unknown, ack: (a: unknown) => void) => void;
    emit.call(socket, name, payload, (a) => resolve(a as Ack<CommandResults[N]>));
  });
}

/**
 * Calls `handler` with each event of the seq stream named `name` (or every event, for `'*'`),
 * unpacking the hub's `events` frames. Returns the unsubscribe function.
 */
export function onEvent<E extends BroadcastName>(
  socket: HubSocket,
  name: E | '*',
  handler: (change: BroadcastPayloads[E], name: BroadcastName) => void,
): () => void {
  const frame = (events: BroadcastEvent[]): void => {
    for (const e of events) if (name === '*' || e.name === name) handler(e.change as BroadcastPayloads[E], e.name);
  };
  socket.on('events', frame);
  return () => void socket.off('events', frame);
}

/** Resolves with the payload of the next stream event of that name matching the predicate. */
export function nextEvent<E extends BroadcastName>(
  socket: HubSocket,
  name: E,
  match: (p: BroadcastPayloads[E]) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<BroadcastPayloads[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${name} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = onEvent(socket, name, (p) => {
      if (!match(p)) return;
      off();
      clearTimeout(timer);
      resolve(p);
    });
  });
}

export async function login(url: string, username: string, password: string): Promise<LoginResult> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()) as LoginResult;
}

export async function rest(
  url: string,
  path: string,
  token: string | null,
  body?: unknown,
  method = body === undefined ? 'GET' : 'POST',
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

/** A REST call that must succeed: the JSON answer, or an error naming the route and status. */
export async function apiOk<T>(url: string, method: string, path: string, token: string, body?: unknown): Promise<T> {
  const r = await rest(url, path, token || null, body, method);
  if (r.status < 200 || r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json as T;
}
