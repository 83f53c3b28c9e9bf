import {
  AgentPrintResultSchema,
  AgentRegisterSchema,
  type Ack,
  type AgentPrintRequest,
  type AgentPrintResult,
} from '@motcua/protocol';
import type { Logger } from 'pino';
import type { AuthService } from '../auth/auth-service.js';
import { zodMessage } from '../http/validation.js';
import type { PrintService } from '../printing/print-service.js';
import { STREAM_ROOM, type HubServer } from '../realtime.js';

/**
 * Device agents (kiosk or desk machines with a USB or serial printer): they register their
 * printers, receive the jobs for them, and answer each job's outcome. A job for an agent that
 * is not connected waits (queued) and goes out when the agent registers again.
 */
export class AgentGateway {
  private print: PrintService | null = null;

  constructor(
    private readonly io: HubServer,
    private readonly auth: AuthService,
    private readonly log: Logger,
  ) {
    io.on('connection', (socket) => {
      const actor = auth.resolve(socket.data.token);
      if (!actor || actor.kind !== 'device') return;
      void socket.join(`device:${actor.id}`);
      socket.on('agent:register', (...args: unknown[]) => {
        const last = args[args.length - 1];
        const ack = typeof last === 'function' ? (last as (a: Ack<{ printers: string[] }>) => void) : () => {};
        const p = AgentRegisterSchema.safeParse(args[0]);
        if (!p.success) return ack({ ok: false, error: { code: 'BAD_REQUEST', message: zodMessage(p.error) } });
        if (!this.print) return ack({ ok: false, error: { code: 'INTERNAL', message: 'Máy chủ chưa sẵn sàng.' } });
        const out = this.print.registerAgentPrinters(actor.id, p.data.printers);
        if (!out.ok) return ack(out);
        socket.data.agent = true;
        void socket.leave(STREAM_ROOM);
        this.log.info({ device: actor.id, printers: out.printers, version: p.data.agentVersion }, 'agent registered');
        ack({ ok: true, data: { printers: out.printers } });
        this.print.agentOnline(actor.id);
      });
    });
  }

  attach(print: PrintService): void {
    this.print = print;
  }

  /** Sends a job to the device's agent; 'offline' when none is connected. */
  async send(deviceId: string, job: AgentPrintRequest, timeoutMs: number): Promise<AgentPrintResult | 'offline'> {
    const sockets = await this.io.in(`device:${deviceId}`).fetchSockets();
    const agent = sockets.find((s) => s.data.agent === true);
    if (!agent) return 'offline';
    try {
      const raw: unknown = await agent.timeout(timeoutMs).emitWithAck('agent:print', job);
      const parsed = AgentPrintResultSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      return { ok: false, error: { code: 'PRINTER_ERROR', message: 'Thiết bị trả lời không đúng định dạng.' }, maybePrinted: true };
    } catch {
      // no answer in time: the bytes may have reached the paper
      return { ok: false, error: { code: 'TIMEOUT', message: 'Thiết bị in không trả lời.' }, maybePrinted: true };
    }
  }
}
