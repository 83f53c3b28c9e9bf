import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentPrintRequest, AgentPrintResult, PairResult, PrintJobInfo } from '@motcua/protocol';
import { parseEscPos } from '@motcua/virtual-printer';
import { startTestHub, type TestHub } from '../support/hub.js';
import { command, connect, login, rest, type HubSocket } from '../support/clients.js';

const usbProfile = { id: 'usb-kiosk-2', name: 'Máy in USB kiosk 2', transport: { kind: 'usb-file', path: '/dev/usb/lp0' }, widthDots: 576, dpi: 203 };

describe('pairing a machine, and printing through its device agent', () => {
  let t: TestHub;
  let admin: string;
  beforeAll(async () => {
    t = await startTestHub();
    admin = (await login(t.url, 'admin', t.users.admin.password)).token;
  });
  afterAll(async () => t?.close());

  async function pair(body: Record<string, unknown>): Promise<PairResult> {
    const issued = await rest(t.url, '/api/admin/pairing-codes', admin, body);
    expect(issued.status).toBe(201);
    const { code } = issued.json as { code: string };
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    const paired = await rest(t.url, '/api/devices/pair', null, { code: code.toLowerCase() });
    expect(paired.status).toBe(200);
    // single use
    expect((await rest(t.url, '/api/devices/pair', null, { code })).status).toBe(401);
    return paired.json as PairResult;
  }

  it('an admin issues a one-time code; the machine pairs and gets a working device token of the right role', async () => {
    const tv = await pair({ name: 'TV tầng 2', role: 'display' });
    expect(tv.role).toBe('display');
    const { socket } = await connect(t.url, tv.deviceToken);
    // a display cannot issue tickets
    const refused = await command(socket, 'ticket:issue', { serviceId: 'ho-tich' });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    socket.disconnect();
    expect((await rest(t.url, '/api/devices/pair', null, { code: 'ZZZZZZZZ' })).status).toBe(401);
    expect((await rest(t.url, '/api/admin/pairing-codes', t.deviceTokens.kiosk, { name: 'x', role: 'kiosk' })).status).toBe(403);
    expect((await rest(t.url, '/api/admin/pairing-codes', admin, { name: 'x', role: 'counter-display' })).status).toBe(400);
  });

  it('tickets of a kiosk whose printer hangs on its agent are sent to the agent; while it is away they wait, then print', async () => {
    const kiosk = await pair({ name: 'Kiosk 2', role: 'kiosk' });
    const page = (await connect(t.url, kiosk.deviceToken)).socket;
    // the agent of that machine registers its USB printer; the admin assigns it to the kiosk
    const received: AgentPrintRequest[] = [];
    const startAgent = async (): Promise<HubSocket> => {
      const agent = (await connect(t.url, kiosk.deviceToken)).socket;
      agent.on('agent:print', (job: AgentPrintRequest, ack: (r: AgentPrintResult) => void) => {
        received.push(job);
        ack({ ok: true, warnings: [] });
      });
      const reg = await new Promise<{ ok: boolean }>((resolve) =>
        (agent.emit as unknown as (...a: unknown[]) => void).call(agent, 'agent:register', { printers: [usbProfile] }, resolve),
      );
      expect(reg.ok).toBe(true);
      return agent;
    };
    let agent = await startAgent();
    // the registered agent is off the broadcast stream: its machine's page already has it
    const agentFrames: unknown[] = [];
    agent.on('events', (e) => void agentFrames.push(e));
    const pageFrames: unknown[] = [];
    page.on('events', (e) => void pageFrames.push(e));
    const devices = (await rest(t.url, '/api/admin/devices', admin)).json as { devices: Array<{ id: string; name: string }> };
    const deviceId = devices.devices.find((d) => d.name === 'Kiosk 2')!.id;
    expect((await rest(t.url, `/api/admin/devices/${deviceId}/printer`, admin, { printerId: usbProfile.id }, 'PUT')).status).toBe(200);

    const first = await command(page, 'ticket:issue', { serviceId: 'dat-dai' });
    if (!first.ok) throw new Error(first.error.message);
    await t.hub.print.idle();
    expect(received).toHaveLength(1);
    expect(received[0]!.jobId).toBe(first.data.printJobId);
    const commands = parseEscPos(Buffer.from(received[0]!.bytes, 'base64'));
    expect(commands.some((c) => c.type === 'raster')).toBe(true);
    expect(t.hub.print.job(first.data.printJobId!)?.state).toBe('printed');
    await expect.poll(() => pageFrames.length).toBeGreaterThan(0);
    expect(agentFrames).toEqual([]);

    // the agent goes away (machine restarting): the next ticket's job waits, queued
    agent.disconnect();
    const second = await command(page, 'ticket:issue', { serviceId: 'dat-dai' });
    if (!second.ok) throw new Error(second.error.message);
    await t.hub.print.idle();
    const waiting = t.hub.print.job(second.data.printJobId!) as PrintJobInfo;
    expect(waiting.state).toBe('queued');
    expect(waiting.error?.code).toBe('AGENT_OFFLINE');
    expect(received).toHaveLength(1);
    // it comes back: the waiting job goes out by itself, once
    agent = await startAgent();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(2);
    await t.hub.print.idle();
    expect(received[1]!.jobId).toBe(second.data.printJobId);
    expect(t.hub.print.job(second.data.printJobId!)?.state).toBe('printed');
    agent.disconnect();
    page.disconnect();
  });

  it('an agent cannot take over a printer id another machine registered', async () => {
    const other = await pair({ name: 'Kiosk 3', role: 'kiosk' });
    const agent = (await connect(t.url, other.deviceToken)).socket;
    const reg = await new Promise<{ ok: boolean; error?: { code: string } }>((resolve) =>
      (agent.emit as unknown as (...a: unknown[]) => void).call(agent, 'agent:register', { printers: [usbProfile] }, resolve),
    );
    expect(reg.ok).toBe(false);
    expect(reg.error?.code).toBe('CONFLICT');
    agent.disconnect();
  });
});
