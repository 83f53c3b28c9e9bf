import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type Ack,
  type ApiError,
  type ClientToServerEvents,
  type CommandName,
  type CommandPayload,
  type CommandResults,
  type ConfigChange,
  type CounterChange,
  type DisplayChange,
  type PrintJobChange,
  type PrinterChange,
  type ServerToClientEvents,
  type Snapshot,
  type TicketChange,
  type TicketEventName,
  TICKET_EVENTS,
} from '@motcua/protocol';
import {
  applyConfigChange,
  applyCounterChange,
  applyDisplayChange,
  applyPrinterChange,
  applyPrintJobChange,
  applyTicketChange,
  checkSeq,
  normalizeSnapshot,
} from './store.js';
import { isApiError, OFFLINE_ERROR, REFUSAL_CODES, TIMEOUT_ERROR, type Result } from './errors.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

export interface HubState {
  status: ConnectionStatus;
  /** The office as last known; kept while offline so screens never go blank. */
  snapshot: Snapshot | null;
  /** The hub refused this client (bad or revoked token, outdated page): retrying will not help. */
  refused: ApiError | null;
  /** Hub clock minus local clock, in ms (from the last snapshot): `Date.now() + clockOffsetMs` ≈ hub time. */
  clockOffsetMs: number;
}

/** An event this client does not apply itself (print jobs, printers, later additions). */
export interface OtherChange {
  seq: number;
  at?: string;
  [key: string]: unknown;
}

export type HubEvent =
  | { name: TicketEventName; change: TicketChange; ageMs: number }
  | { name: 'counter:changed'; change: CounterChange; ageMs: number }
  | { name: 'config:changed'; change: ConfigChange; ageMs: number }
  | { name: 'print:updated'; change: PrintJobChange; ageMs: number }
  | { name: 'printer:changed'; change: PrinterChange; ageMs: number }
  | { name: 'display:changed'; change: DisplayChange; ageMs: number }
  | { name: 'other'; event: string; change: OtherChange; ageMs: number };

export type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface HubClientOptions {
  token: string;
  /** Hub origin; default: the page's origin. */
  url?: string;
  /** How long a command waits for its ack. */
  commandTimeoutMs?: number;
  /** For tests: build the socket (default: socket.io-client over WebSocket). */
  socketFactory?: (url: string | undefined, opts: { auth: Record<string, unknown> }) => HubSocket;
  /** For tests: the clock. */
  now?: () => number;
}

export interface HubClient {
  /** The token this client connects with (for REST calls of the same page). */
  readonly token: string;
  getState(): HubState;
  /** Called after every state change (useSyncExternalStore-compatible). */
  subscribe(listener: () => void): () => void;
  /** Called for each applied event, after the state has changed (TV flash, voice). */
  onEvent(listener: (event: HubEvent) => void): () => void;
  command<N extends CommandName>(name: N, payload: CommandPayload<N>): Promise<Result<CommandResults[N]>>;
  /** Ask for a fresh snapshot (also done automatically on a seq gap). */
  resync(): void;
  close(): void;
}

type Pending =
  | { name: TicketEventName; change: TicketChange }
  | { name: 'counter:changed'; change: CounterChange }
  | { name: 'config:changed'; change: ConfigChange }
  | { name: 'print:updated'; change: PrintJobChange }
  | { name: 'printer:changed'; change: PrinterChange }
  | { name: 'display:changed'; change: DisplayChange }
  | { name: 'other'; event: string; change: OtherChange };

const KNOWN_EVENTS: ReadonlySet<string> = new Set<string>([
  ...TICKET_EVENTS,
  'counter:changed',
  'config:changed',
  'print:updated',
  'printer:changed',
  'display:changed',
]);

/**
 * One event of an `events` frame as this client handles it. An event it does not know that
 * carries a seq still counts, or the next known one would look like a gap: what later protocol
 * versions add. Anything without a seq is not part of the stream.
 */
function toPending(e: unknown): Pending | null {
  const { name, change } = (e ?? {}) as { name?: unknown; change?: unknown };
  const seq = (change as { seq?: unknown } | null | undefined)?.seq;
  if (typeof name !== 'string' || typeof seq !== 'number' || !Number.isInteger(seq)) return null;
  if (KNOWN_EVENTS.has(name)) return { name, change } as Pending;
  return { name: 'other', event: name, change: change as OtherChange };
}

const MAX_PENDING = 500;

/**
 * The one connection of a page to its hub: handshake with token and protocol version,
 * snapshot + events with seq-gap detection, reconnect and catch-up, typed commands.
 */
export function createHubClient(options: HubClientOptions): HubClient {
  const now = options.now ?? Date.now;
  const commandTimeoutMs = options.commandTimeoutMs ?? 15_000;
  const auth = { token: options.token, protocolVersion: PROTOCOL_VERSION };
  const socket: HubSocket = options.socketFactory
    ? options.socketFactory(options.url, { auth })
    : io(options.url ?? '', { auth, transports: ['websocket'] });

  let state: HubState = { status: 'connecting', snapshot: null, refused: null, clockOffsetMs: 0 };
  const listeners = new Set<() => void>();
  const eventListeners = new Set<(e: HubEvent) => void>();
  let pending: Pending[] = [];
  let resyncing = false;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  function set(patch: Partial<HubState>): void {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  }

  function emitEvent(e: HubEvent): void {
    for (const l of [...eventListeners]) {
      try {
        l(e);
      } catch {
        // a listener's failure must not stop the others nor the store
      }
    }
  }

  function acceptSnapshot(snap: Snapshot): void {
    resyncing = false;
    const clockOffsetMs = Date.parse(snap.now) - now();
    state = { ...state, snapshot: normalizeSnapshot(snap), clockOffsetMs: Number.isFinite(clockOffsetMs) ? clockOffsetMs : 0 };
    const queued = pending.sort((a, b) => a.change.seq - b.change.seq);
    pending = [];
    let gap = false;
    const applied: HubEvent[] = [];
    for (const p of queued) {
      if (gap) {
        pending.push(p);
        continue;
      }
      const verdict = checkSeq(state.snapshot!.seq, p.change.seq);
      if (verdict === 'duplicate') continue;
      if (verdict === 'gap') {
        gap = true;
        pending.push(p);
        continue;
      }
      applied.push(applyOne(p));
    }
    set({ status: socket.connected ? 'online' : state.status, refused: null });
    for (const e of applied) emitEvent(e);
    if (gap) resync();
  }

  /** Applies an event whose seq is the next one; returns what listeners are told. */
  function applyOne(p: Pending): HubEvent {
    const s = state.snapshot!;
    const ageMs = p.change.at ? Math.max(0, now() + state.clockOffsetMs - Date.parse(p.change.at)) : 0;
    state = { ...state, snapshot: nextSnapshot(s, p) };
    // A ticket of another business day: the day rolled over, the whole state is stale.
    if (p.name !== 'other' && 'ticket' in p.change && p.change.ticket.businessDay > s.businessDay) queueMicrotask(resync);
    // Listeners get the event as it came, with its age.
    return { ...p, ageMs } as HubEvent;
  }

  /** The snapshot after one event. */
  function nextSnapshot(s: Snapshot, p: Pending): Snapshot {
    switch (p.name) {
      case 'counter:changed':
        return applyCounterChange(s, p.change);
      case 'config:changed':
        return applyConfigChange(s, p.change);
      case 'print:updated':
        return applyPrintJobChange(s, p.change);
      case 'printer:changed':
        return applyPrinterChange(s, p.change);
      case 'display:changed':
        return applyDisplayChange(s, p.change);
      case 'other':
        // Counted for the seq (so it is no gap); pages that care listen to it.
        return { ...s, seq: p.change.seq };
      default:
        return applyTicketChange(s, p.name, p.change);
    }
  }

  /** Applies one frame's events in order, then tells the store's listeners once. */
  function receive(batch: readonly Pending[]): void {
    const applied: HubEvent[] = [];
    for (const p of batch) {
      const s = state.snapshot;
      if (!s || resyncing) {
        if (pending.length < MAX_PENDING) pending.push(p);
        continue;
      }
      const verdict = checkSeq(s.seq, p.change.seq);
      if (verdict === 'duplicate') continue;
      if (verdict === 'gap') {
        pending.push(p);
        resync();
        continue;
      }
      applied.push(applyOne(p));
    }
    if (applied.length === 0) return;
    set({});
    for (const e of applied) emitEvent(e);
  }

  function resync(): void {
    if (closed || resyncing) return;
    if (!socket.connected) return; // the reconnect brings a snapshot or a replay
    resyncing = true;
    socket.timeout(commandTimeoutMs).emit('state:get', (err: Error | null, ack: Ack<Snapshot>) => {
      if (closed) return;
      if (err || !ack.ok) {
        resyncing = false;
        scheduleRetry(resync, 3_000);
        return;
      }
      acceptSnapshot(ack.data);
    });
  }

  function scheduleRetry(fn: () => void, ms: number): void {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!closed) fn();
    }, ms);
  }

  socket.on('state:snapshot', (snap) => acceptSnapshot(snap));
  socket.on('events', (events: unknown) => {
    if (Array.isArray(events)) receive(events.map(toPending).filter((p): p is Pending => p !== null));
  });

  socket.on('connect', () => {
    if (socket.recovered && state.snapshot) {
      // Missed events are replayed by the hub; the seq check drops what we already had.
      set({ status: 'online', refused: null });
      return;
    }
    set({ status: 'connecting', refused: null });
    // The hub sends a fresh snapshot on connect; ask ourselves if it does not come.
    scheduleRetry(() => {
      if (socket.connected && state.status !== 'online') resync();
    }, 5_000);
  });
  socket.on('disconnect', (reason: string) => {
    resyncing = false;
    if (closed) return;
    set({ status: 'offline' });
    // The hub hung up on us (session expired, device revoked): socket.io will not retry by
    // itself. Reconnect once; the handshake then tells us why (a refusal) or lets us back in.
    if (reason === 'io server disconnect') scheduleRetry(() => socket.connect(), 1_000);
  });
  socket.on('connect_error', (err: Error & { data?: unknown }) => {
    if (closed) return;
    const data = isApiError(err.data) ? err.data : null;
    if (data && REFUSAL_CODES.has(data.code)) {
      set({ status: 'offline', refused: data });
      return;
    }
    set({ status: 'offline' });
    // A middleware error other than a refusal (e.g. rate limited): socket.io does not retry it.
    if (!socket.active) scheduleRetry(() => socket.connect(), 5_000);
  });

  return {
    token: options.token,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    command(name, payload) {
      // Never let socket.io buffer a command for later: a citizen would get a ticket minutes
      // after walking away. Offline is an immediate, plain answer.
      if (!socket.connected) return Promise.resolve({ ok: false, error: OFFLINE_ERROR });
      const emitter = socket.timeout(commandTimeoutMs) as unknown as {
        emit(ev: string, payload: unknown, cb: (err: Error | null, ack: Ack<unknown>) => void): void;
      };
      return new Promise((resolve) => {
        emitter.emit(name, payload, (err, ack) => {
          if (err) resolve({ ok: false, error: TIMEOUT_ERROR });
          else resolve(ack as Result<CommandResults[typeof name]>);
        });
      });
    },
    resync,
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      socket.disconnect();
      listeners.clear();
      eventListeners.clear();
    },
  };
}
