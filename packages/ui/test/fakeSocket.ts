import type { HubSocket } from '../src/client/hubClient.js';

type Handler = (...args: unknown[]) => void;

/** A stand-in for the socket.io client socket: tests push server events and answer emits by hand. */
export class FakeSocket {
  connected = false;
  recovered = false;
  active = true;
  readonly handlers = new Map<string, Handler[]>();
  readonly emitted: { event: string; args: unknown[] }[] = [];

  on(event: string, h: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), h]);
    return this;
  }

  /** What the server sends, or what socket.io reports (`connect`, `disconnect`, `connect_error`). */
  fire(event: string, ...args: unknown[]): void {
    for (const h of this.handlers.get(event) ?? []) h(...args);
  }

  connect(recovered = false): this {
    this.connected = true;
    this.recovered = recovered;
    this.fire('connect');
    return this;
  }

  drop(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  timeout(): { emit: (event: string, ...args: unknown[]) => void } {
    return { emit: (event, ...args) => this.emitted.push({ event, args }) };
  }

  disconnect(): this {
    this.connected = false;
    return this;
  }

  /** Answers the last emit of `event` (its last argument is the ack callback). */
  answer(event: string, err: Error | null, ack?: unknown): void {
    const e = [...this.emitted].reverse().find((x) => x.event === event);
    if (!e) throw new Error(`no ${event} emitted`);
    (e.args[e.args.length - 1] as Handler)(err, ack);
  }

  asSocket(): HubSocket {
    return this as unknown as HubSocket;
  }
}
