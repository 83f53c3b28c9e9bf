import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type Ack,
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

/** Resolves with the payload of the next event of that name matching the predicate. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: HubSocket,
  name: E,
  match: (p: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${String(name)} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const handler = (p: Parameters<ServerToClientEvents[E]>[0]): void => {
      if (!match(p)) return;
      off();
      resolve(p);
    };
    const on = socket.on as unknown as (n: string, h: (p: unknown) => void) => void;
    const offFn = socket.off as unknown as (n: string, h: (p: unknown) => void) => void;
    const off = (): void => {
      clearTimeout(timer);
      offFn.call(socket, name, handler as (p: unknown) => void);
    };
    on.call(socket, name, handler as (p: unknown) => void);
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
