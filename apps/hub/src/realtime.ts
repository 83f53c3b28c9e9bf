import type { Server, Socket } from 'socket.io';
import {
  COMMAND_NAMES,
  HandshakeSchema,
  PROTOCOL_VERSION,
  type Ack,
  type ApiError,
  type ClientToServerEvents,
  type CommandName,
  type ServerToClientEvents,
  type Snapshot,
} from '@motcua/protocol';
import type { DomainEvent } from '@motcua/core';
import type { Logger } from 'pino';
import type { AuthService } from './auth/auth-service.js';
import type { CommandBus, Committed } from './queue/command-bus.js';
import type { CallLog } from './queue/call-log.js';

export type HubServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
interface SocketData {
  token: string;
  /** Set when the socket is a device agent (it sent agent:register). */
  agent?: boolean;
}
type HubSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** The parts of an engine.io connection the `FrameCoalescer` touches (engine.io 6 / ws 8). */
interface EngineConnection {
  transport?: {
    name?: string;
    writable?: boolean;
    socket?: { _socket?: { cork?: () => void; uncork?: () => void } };
  };
  writeBuffer?: unknown[];
  flush?: () => void;
}
type Corkable = { cork: () => void; uncork: () => void };

const rawSocket = (conn: EngineConnection): Corkable | null => {
  const raw = conn.transport?.name === 'websocket' ? conn.transport.socket?._socket : undefined;
  return raw && typeof raw.cork === 'function' && typeof raw.uncork === 'function' ? (raw as Corkable) : null;
};

/**
 * One write system call per WebSocket client per burst instead of one per frame.
 *
 * A group commit broadcasts its events back to back, then answers. engine.io writes the
 * first packet queued for a client at once and holds the rest until that write's callback; ws
 * then writes every frame with its own `writev`. So a burst of N events cost each client N
 * system calls (two with the cork below alone), and on loopback each also wakes the reader.
 *
 * - Outside a burst (a snapshot, an ack to `state:get`, a print event), a client's TCP socket is
 *   corked between engine.io's `flush` and `drain` server events, which are emitted
 *   synchronously around `transport.send`: the packets of one flush go out in one `writev`.
 * - During a burst (`beginBurst`, from the commit broadcast) the sockets stay corked until the
 *   burst's broadcasts are all queued (a `nextTick` after the command bus's flush). Then, for a
 *   client whose first flush of the burst is held back by the cork, what engine.io queued after
 *   it is flushed behind it, and the socket is uncorked: every broadcast frame of the burst
 *   leaves in one `writev` per client, in order.
 * - The burst ends before the promise reactions that carry the acks (REST answers included), so
 *   as before every client's broadcast is written before any command of the burst is answered.
 *
 * Frames, their order, acks and engine.io's own bookkeeping (one `drain` per `send`) are
 * unchanged; polling clients (no raw socket) are left alone.
 */
class FrameCoalescer {
  private readonly corked = new Map<EngineConnection, Corkable>();
  private inBurst = false;

  constructor(io: HubServer) {
    io.engine.on('flush', (conn: EngineConnection) => {
      const raw = rawSocket(conn);
      if (!raw || this.corked.has(conn)) return;
      raw.cork();
      this.corked.set(conn, raw);
    });
    io.engine.on('drain', (conn: EngineConnection) => {
      if (this.inBurst) return;
      const raw = this.corked.get(conn);
      if (!raw) return;
      this.corked.delete(conn);
      raw.uncork();
    });
  }

  /** Starts a burst (idempotent within one turn of the event loop). */
  beginBurst(): void {
    if (this.inBurst) return;
    this.inBurst = true;
    // nextTick runs before the promise reactions that answer the burst's commands.
    process.nextTick(() => this.endBurst());
  }

  private endBurst(): void {
    this.inBurst = false;
    const held = [...this.corked];
    this.corked.clear();
    for (const [conn, raw] of held) {
      const t = conn.transport;
      // Only clients corked during this burst are here: their transport waits for the corked
      // first write, so what was queued after it can safely follow it into the same write.
      if (t && t.writable === false && conn.writeBuffer?.length && typeof conn.flush === 'function') {
        t.writable = true;
        conn.flush();
      }
      raw.uncork();
    }
  }
}

function refusal(error: ApiError): Error {
  const err = new Error(error.code) as Error & { data: ApiError };
  err.data = error;
  return err;
}

/**
 * Wires Socket.io to the command bus: handshake auth with a protocol version, a snapshot on
 * (non-recovered) connect, commands with acks, and one broadcast per committed event carrying
 * a gap-free `seq` so clients can tell when they missed something.
 */
export class Realtime {
  private seq: number;
  private readonly frames: FrameCoalescer;

  constructor(
    private readonly io: HubServer,
    private readonly bus: CommandBus,
    private readonly auth: AuthService,
    private readonly callLog: CallLog,
    private readonly snapshot: (seq: number) => Snapshot,
    private readonly log: Logger,
    initialSeq: number,
  ) {
    this.seq = initialSeq;
    this.frames = new FrameCoalescer(io);
    io.use((socket, next) => {
      const hs = HandshakeSchema.safeParse(socket.handshake.auth);
      if (!hs.success) {
        return next(refusal({ code: 'UNAUTHENTICATED', message: 'Thiếu mã xác thực thiết bị hoặc phiên đăng nhập.' }));
      }
      if (hs.data.protocolVersion !== PROTOCOL_VERSION) {
        return next(
          refusal({
            code: 'PROTOCOL_MISMATCH',
            message: `Phiên bản ứng dụng không khớp với máy chủ (cần ${PROTOCOL_VERSION}). Vui lòng tải lại hoặc cập nhật.`,
          }),
        );
      }
      if (!auth.resolve(hs.data.token)) {
        return next(refusal({ code: 'UNAUTHENTICATED', message: 'Mã xác thực không hợp lệ hoặc đã hết hạn.' }));
      }
      socket.data.token = hs.data.token;
      next();
    });
    io.on('connection', (socket) => this.onConnection(socket));
    bus.onCommit((c) => this.broadcast(c));
  }

  currentSeq(): number {
    return this.seq;
  }

  /** Broadcasts a non-queue event (printing) in the same gap-free seq as queue events. */
  publish<E extends 'print:updated' | 'printer:changed' | 'display:changed'>(
    name: E,
    payload: Omit<Parameters<ServerToClientEvents[E]>[0], 'seq'>,
  ): void {
    const emit = this.io.emit.bind(this.io) as (n: string, p: unknown) => void;
    emit(name, { ...payload, seq: ++this.seq });
  }

  private onConnection(socket: HubSocket): void {
    if (!socket.recovered) socket.emit('state:snapshot', this.snapshot(this.seq));
    socket.on('state:get', (...args: unknown[]) => {
      const ack = args[args.length - 1];
      if (typeof ack === 'function') (ack as (a: Ack<Snapshot>) => void)({ ok: true, data: this.snapshot(this.seq) });
    });
    for (const name of COMMAND_NAMES) {
      socket.on(name as 'ticket:issue', (...args: unknown[]) => this.onCommand(socket, name, args));
    }
  }

  private onCommand(socket: HubSocket, name: CommandName, args: unknown[]): void {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (a: Ack<unknown>) => void) : () => {};
    const payload = args[0];
    // Re-resolve on every command: a session that expired or logged out stops here.
    const actor = this.auth.resolve(socket.data.token);
    if (!actor) {
      ack({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.' } });
      socket.disconnect(true);
      return;
    }
    this.bus.submit(name, payload, actor).then(ack, (err: unknown) => {
      this.log.error({ err, command: name }, 'command failed');
      ack({ ok: false, error: { code: 'INTERNAL', message: 'Lỗi hệ thống. Vui lòng thử lại.' } });
    });
  }

  private broadcast(c: Committed): void {
    this.frames.beginBurst();
    let resnapshot = false;
    for (const e of c.events) {
      if (e.type === 'day:started') {
        this.callLog.clear();
        resnapshot = true;
        continue;
      }
      this.emitEvent(e, c);
    }
    if (resnapshot) this.io.emit('state:snapshot', this.snapshot(this.seq));
  }

  private emitEvent(e: DomainEvent, c: Committed): void {
    switch (e.type) {
      case 'day:started':
        return;
      case 'counter:changed':
        this.io.emit('counter:changed', { seq: ++this.seq, at: e.at, counter: e.counter });
        return;
      case 'service:saved':
      case 'counter:saved':
        this.io.emit('config:changed', {
          seq: ++this.seq,
          at: e.at,
          services: [...c.state.services.values()],
          counters: [...c.state.counters.values()],
        });
        return;
      case 'ticket:issued':
        this.io.emit('ticket:issued', { seq: ++this.seq, at: e.at, ticket: e.ticket, counter: null, call: null });
        return;
      default:
        if (e.call) this.callLog.add(e.call);
        this.io.emit(e.type, { seq: ++this.seq, at: e.at, ticket: e.ticket, counter: e.counter, call: e.call });
    }
  }
}
