import type { Server, Socket } from 'socket.io';
import {
  COMMAND_NAMES,
  type BroadcastEvent,
  type BroadcastName,
  type BroadcastPayloads,
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

const COMMANDS: ReadonlySet<string> = new Set(COMMAND_NAMES);

/**
 * The room every page joins on connect and every broadcast goes to. A device agent leaves it
 * when it registers: it only prints, and on a kiosk it would parse every frame a second time
 * next to the kiosk page.
 */
export const STREAM_ROOM = 'stream';

function refusal(error: ApiError): Error {
  const err = new Error(error.code) as Error & { data: ApiError };
  err.data = error;
  return err;
}

/**
 * Wires Socket.io to the command bus: handshake auth with a protocol version, a snapshot on
 * (non-recovered) connect, commands with acks, and the committed events, each with a gap-free
 * `seq` so clients can tell when they missed something.
 *
 * The events of one transaction (a group commit of many commands under load) leave as one
 * `events` frame, encoded once and written once to each client, before any of the commands is
 * answered. One frame per event cost the hub a write per event per client: 3 events × 269
 * clients = 807 frames for each ticket of a busy office (docs/performance.md).
 */
export class Realtime {
  private seq: number;
  /** Events gathered during a commit, sent when the bus settles; null outside a commit. */
  private outbox: BroadcastEvent[] | null = null;
  private resnapshot = false;
  private frames = 0;

  constructor(
    private readonly io: HubServer,
    private readonly bus: CommandBus,
    private readonly auth: AuthService,
    private readonly callLog: CallLog,
    private readonly snapshot: (seq: number) => Snapshot,
    private readonly log: Logger,
    private readonly initialSeq: number,
  ) {
    this.seq = initialSeq;
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
    bus.onCommit((c) => this.gather(c));
    bus.onSettled(() => this.send());
  }

  currentSeq(): number {
    return this.seq;
  }

  /** Stream events and the `events` frames that carried them (each sent to every client). */
  stats(): { events: number; frames: number } {
    return { events: this.seq - this.initialSeq, frames: this.frames };
  }

  /**
   * Broadcasts a non-queue event (printing, display settings) in the same gap-free seq as queue
   * events: with the commit being sent if there is one (a ticket's print job), else at once.
   */
  publish<E extends 'print:updated' | 'printer:changed' | 'display:changed'>(
    name: E,
    payload: Omit<BroadcastPayloads[E], 'seq'>,
  ): void {
    this.push(name, { ...payload, seq: ++this.seq } as BroadcastPayloads[E]);
  }

  private push<N extends BroadcastName>(name: N, change: BroadcastPayloads[N]): void {
    const event = { name, change } as BroadcastEvent;
    if (this.outbox) this.outbox.push(event);
    else {
      this.frames++;
      this.io.to(STREAM_ROOM).emit('events', [event]);
    }
  }

  private onConnection(socket: HubSocket): void {
    if (!socket.recovered) {
      void socket.join(STREAM_ROOM);
      socket.emit('state:snapshot', this.snapshot(this.seq));
    }
    socket.on('state:get', (...args: unknown[]) => {
      const ack = args[args.length - 1];
      if (typeof ack === 'function') (ack as (a: Ack<Snapshot>) => void)({ ok: true, data: this.snapshot(this.seq) });
    });
    // One listener for every command rather than one per command: 1,000 TVs cost ~2 MB less.
    socket.onAny((event: string, ...args: unknown[]) => {
      if (COMMANDS.has(event)) this.onCommand(socket, event as CommandName, args);
    });
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

  private gather(c: Committed): void {
    this.outbox ??= [];
    for (const e of c.events) {
      if (e.type === 'day:started') {
        this.callLog.clear();
        this.resnapshot = true;
        continue;
      }
      this.gatherEvent(e, c);
    }
  }

  private send(): void {
    const events = this.outbox;
    this.outbox = null;
    if (events?.length) {
      this.frames++;
      this.io.to(STREAM_ROOM).emit('events', events);
    }
    if (this.resnapshot) {
      this.resnapshot = false;
      this.io.to(STREAM_ROOM).emit('state:snapshot', this.snapshot(this.seq));
    }
  }

  private gatherEvent(e: DomainEvent, c: Committed): void {
    switch (e.type) {
      case 'day:started':
        return;
      case 'counter:changed':
        this.push('counter:changed', { seq: ++this.seq, at: e.at, counter: e.counter });
        return;
      case 'service:saved':
      case 'counter:saved':
        this.push('config:changed', {
          seq: ++this.seq,
          at: e.at,
          services: [...c.state.services.values()],
          counters: [...c.state.counters.values()],
        });
        return;
      case 'ticket:issued':
        this.push('ticket:issued', { seq: ++this.seq, at: e.at, ticket: e.ticket, counter: null, call: null });
        return;
      default:
        if (e.call) this.callLog.add(e.call);
        this.push(e.type, { seq: ++this.seq, at: e.at, ticket: e.ticket, counter: e.counter, call: e.call });
    }
  }
}
