import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSerialTransport, statusByte, transportFactory, type PrinterProfileInput, type StatusRequest, type TransportFactory } from '@motcua/printer';
import type { PrintJobInfo, PrinterInfo } from '@motcua/protocol';
import { parseEscPos, type Command } from '@motcua/virtual-printer';
import { SerialPortMock } from 'serialport';
import { login, rest } from '../../../tests/support/clients.js';
import { startTestHub, type TestHub } from '../../../tests/support/hub.js';
import { AgentConfigError, createAgent, type Agent, type AgentOptions } from '../src/index.js';

const POLL = { timeout: 30_000, interval: 50 };

let t: TestHub;
let admin: string;
let kioskId: string;
let dir: string;
const agents: Agent[] = [];

beforeEach(async () => {
  t = await startTestHub();
  admin = (await login(t.url, t.users.admin.username, t.users.admin.password)).token;
  const devices = (await rest(t.url, '/api/admin/devices', admin)).json as { devices: Array<{ id: string; role: string }> };
  kioskId = devices.devices.find((d) => d.role === 'kiosk')!.id;
  dir = mkdtempSync(join(tmpdir(), 'motcua-agent-print-'));
});
afterEach(async () => {
  for (const a of agents.splice(0)) await a.stop();
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

function startAgent(options: Partial<AgentOptions> & Pick<AgentOptions, 'printers'>, token = t.deviceTokens.kiosk): Agent {
  const agent = createAgent({ hubUrl: t.url, deviceToken: token, reconnectDelayMs: 200, reconnectDelayMaxMs: 1_000, ...options });
  agents.push(agent);
  agent.start();
  return agent;
}

async function registered(agent: Agent, printers: string[]): Promise<void> {
  await expect.poll(() => agent.status().registration?.state, POLL).toBe('registered');
  expect(agent.status().registration?.printers).toEqual(printers);
}

/** The admin assigns the kiosk's ticket printer (the hub knows the printer once the agent registered it). */
async function assignKioskPrinter(printerId: string): Promise<void> {
  const r = await rest(t.url, `/api/admin/devices/${kioskId}/printer`, admin, { printerId }, 'PUT');
  expect(r.status).toBe(200);
}

/** A citizen takes a number at the kiosk: `POST /api/commands/ticket:issue` with the kiosk's device token. */
async function issueTicket(): Promise<string> {
  const r = await rest(t.url, '/api/commands/ticket:issue', t.deviceTokens.kiosk, { serviceId: 'dat-dai' });
  expect(r.status).toBe(200);
  const jobId = (r.json as { data: { printJobId: string | null } }).data.printJobId;
  expect(jobId).toMatch(/^pj-/);
  return jobId!;
}

async function job(id: string): Promise<PrintJobInfo> {
  const r = await rest(t.url, `/api/print/jobs/${id}`, admin);
  expect(r.status).toBe(200);
  return (r.json as { job: PrintJobInfo }).job;
}

async function printerInfo(id: string): Promise<PrinterInfo | undefined> {
  const r = (await rest(t.url, '/api/admin/printers', admin)).json as { printers: PrinterInfo[] };
  return r.printers.find((p) => p.id === id);
}

/** The hub no longer has an agent socket for the kiosk (it saw the agent go). */
async function hubSeesNoAgent(): Promise<void> {
  await expect
    .poll(async () => (await t.hub.io.in(`device:${kioskId}`).fetchSockets()).filter((s) => s.data.agent === true).length, POLL)
    .toBe(0);
}

const types = (commands: Command[]): string[] => commands.map((c) => c.type);
const count = (commands: Command[], type: Command['type']): number => commands.filter((c) => c.type === type).length;

function usbProfile(id: string, path: string): PrinterProfileInput {
  // a temp file never answers DLE EOT: keep the status rounds short
  return { id, name: `Máy in USB ${id}`, transport: { kind: 'usb-file', path }, widthDots: 576, dpi: 203, statusTimeoutMs: 200 };
}

describe('[agent printing] a USB printer (a temp file stands in for /dev/usb/lp0)', { timeout: 120_000 }, () => {
  it('registers its printer; the admin assigns it to the kiosk; a ticket prints into the device file and the hub marks the job printed', async () => {
    const lp0 = join(dir, 'lp0');
    writeFileSync(lp0, '');
    const agent = startAgent({ printers: [usbProfile('kiosk-usb', lp0)] });
    await registered(agent, ['kiosk-usb']);
    expect(agent.status().printers).toMatchObject([{ id: 'kiosk-usb', transport: 'usb-file', path: lp0, registered: true, state: 'ready', printed: 0 }]);
    await assignKioskPrinter('kiosk-usb');

    const jobId = await issueTicket();
    await expect.poll(async () => (await job(jobId)).state, POLL).toBe('printed');
    const done = await job(jobId);
    // a device file that never answers DLE EOT: printed, and the status is UNKNOWN (not OK)
    expect(done.warnings).toEqual(['STATUS_UNKNOWN']);
    expect(done.attempts).toBe(1);
    expect((await printerInfo('kiosk-usb'))?.health).toBe('unknown');

    const commands = parseEscPos(readFileSync(lp0));
    // status asked before and after the job (DLE EOT 1 — unanswered, so no further questions)
    expect(commands[0]).toEqual({ type: 'status-query', n: 1 });
    expect(commands.at(-1)).toEqual({ type: 'status-query', n: 1 });
    expect(types(commands)).toContain('init');
    expect(count(commands, 'raster')).toBeGreaterThan(0);
    for (const c of commands) if (c.type === 'raster') expect(c.widthBytes).toBe(576 / 8);
    expect(count(commands, 'cut')).toBe(1);
    expect(commands.filter((c) => c.type === 'unknown' || c.type === 'truncated')).toEqual([]);

    expect(agent.status().printers?.[0]).toMatchObject({
      state: 'ready',
      printed: 1,
      failed: 0,
      lastJob: { id: jobId, ok: true },
      warnings: ['STATUS_UNKNOWN'],
      error: null,
    });
  });
});

/** serialport's mock binding playing a serial printer that answers DLE EOT "ready" and records the rest. */
function serialPrinter(path: string) {
  const MockBinding = SerialPortMock.binding;
  MockBinding.createPort(path, { echo: false, record: false });
  const received: number[] = [];
  let opens = 0;
  const transports: TransportFactory = (profile) => {
    if (profile.transport.kind !== 'serial') return transportFactory()(profile);
    return createSerialTransport({
      path: profile.transport.path,
      baudRate: profile.transport.baudRate,
      sendTimeoutMs: profile.sendTimeoutMs,
      createPort: (o) => {
        const port = new SerialPortMock({ ...o, autoOpen: false });
        port.on('open', () => {
          opens++;
          const binding = port.port;
          if (!binding) return;
          const write = binding.write.bind(binding);
          binding.write = async (buffer: Buffer): Promise<void> => {
            await write(buffer);
            // the transport writes each status question on its own
            if (buffer.length === 3 && buffer[0] === 0x10 && buffer[1] === 0x04) {
              binding.emitData(Buffer.of(statusByte(buffer[2] as StatusRequest, {})));
            } else received.push(...buffer);
          };
        });
        return port;
      },
    });
  };
  return { transports, received: () => Uint8Array.from(received), opens: () => opens, close: () => MockBinding.reset() };
}

describe('[agent printing] a serial printer (serialport mock binding)', { timeout: 120_000 }, () => {
  it('prints the job over the serial line, asks the status before and after, and the hub sees the printer healthy', async () => {
    const printer = serialPrinter('/dev/ttyMOTCUA-PRN0');
    try {
      const profile: PrinterProfileInput = {
        id: 'kiosk-serial',
        name: 'Máy in nối tiếp kiosk',
        transport: { kind: 'serial', path: '/dev/ttyMOTCUA-PRN0', baudRate: 115200 },
        widthDots: 512,
        dpi: 180,
      };
      const agent = startAgent({ printers: [profile], printerTransports: printer.transports });
      await registered(agent, ['kiosk-serial']);
      await assignKioskPrinter('kiosk-serial');

      const jobId = await issueTicket();
      await expect.poll(async () => (await job(jobId)).state, POLL).toBe('printed');
      expect((await job(jobId)).warnings).toEqual([]);
      await expect.poll(async () => (await printerInfo('kiosk-serial'))?.health, POLL).toBe('ok');
      // one job: one port opened (status before, bytes, status after)
      expect(printer.opens()).toBe(1);

      const commands = parseEscPos(printer.received());
      expect(count(commands, 'raster')).toBeGreaterThan(0);
      // encoded by the hub for this printer's paper: 512 dots (Epson TM-T88)
      for (const c of commands) if (c.type === 'raster') expect(c.widthBytes).toBe(512 / 8);
      expect(count(commands, 'cut')).toBe(1);
      expect(agent.status().printers?.[0]).toMatchObject({ transport: 'serial', state: 'ready', printed: 1, warnings: [], error: null });
    } finally {
      printer.close();
    }
  });
});

describe('[agent printing] jobs survive an agent restart', { timeout: 120_000 }, () => {
  it('a ticket issued while the agent is stopped waits on the hub, and prints once when the agent starts again', async () => {
    const lp0 = join(dir, 'lp0');
    writeFileSync(lp0, '');
    const profiles = [usbProfile('kiosk-usb', lp0)];
    const first = startAgent({ printers: profiles });
    await registered(first, ['kiosk-usb']);
    await assignKioskPrinter('kiosk-usb');
    await first.stop();
    await hubSeesNoAgent();

    const jobId = await issueTicket();
    await t.hub.print.idle();
    const waiting = await job(jobId);
    expect(waiting.state).toBe('queued');
    expect(waiting.error?.code).toBe('AGENT_OFFLINE');
    expect(readFileSync(lp0).length).toBe(0);

    // the machine comes back: a new agent process with the same settings
    const second = startAgent({ printers: profiles });
    await expect.poll(async () => (await job(jobId)).state, POLL).toBe('printed');
    await t.hub.print.idle();
    const commands = parseEscPos(readFileSync(lp0));
    expect(count(commands, 'cut')).toBe(1);
    // once: the restarted agent handled exactly one job (each job opens the device anew and
    // writes from its start, so the file alone could not tell one print from two)
    expect(second.status().printers?.[0]).toMatchObject({ printed: 1, failed: 0, lastJob: { id: jobId, ok: true } });
    expect(first.status().printers?.[0]).toMatchObject({ printed: 0, failed: 0 });

    // a restart of the same agent object re-registers too, and the next ticket prints at once
    await second.stop();
    await hubSeesNoAgent();
    second.start();
    await registered(second, ['kiosk-usb']);
    writeFileSync(lp0, '');
    const next = await issueTicket();
    await expect.poll(async () => (await job(next)).state, POLL).toBe('printed');
    expect(count(parseEscPos(readFileSync(lp0)), 'cut')).toBe(1);
    expect(second.status().printers?.[0]).toMatchObject({ printed: 2, lastJob: { id: next, ok: true } });
    expect(await job(jobId)).toMatchObject({ state: 'printed' });
  });
});

describe('[agent printing] printer failures come back typed and are never retried', { timeout: 120_000 }, () => {
  const cases = [
    { what: 'a device path that cannot be opened', path: () => join(dir, 'no-such-lp9'), code: 'CONNECT_FAILED' },
    { what: '/dev/full (every write fails, like a printer unplugged)', path: () => '/dev/full', code: 'CONNECTION_LOST' },
  ];
  for (const c of cases) {
    it(`${c.what} → the job fails with ${c.code}; the next ticket's job is tried once too`, async () => {
      const agent = startAgent({ printers: [usbProfile('kiosk-usb', c.path())] });
      await registered(agent, ['kiosk-usb']);
      await assignKioskPrinter('kiosk-usb');

      const first = await issueTicket();
      await expect.poll(async () => (await job(first)).state, POLL).toBe('failed');
      const failed = await job(first);
      expect(failed.error).toEqual({ code: c.code, message: expect.stringMatching(/^(Không kết nối được máy in|Mất kết nối với máy in khi đang in)$/) });
      expect(failed.attempts).toBe(1);
      expect(await printerInfo('kiosk-usb')).toMatchObject({ health: 'error', code: c.code });
      expect(agent.status().printers?.[0]).toMatchObject({ state: 'error', printed: 0, failed: 1, error: { code: c.code } });

      // a second job through the same hub and agent: had anything retried the first, the agent would have seen 3 jobs
      const second = await issueTicket();
      await expect.poll(async () => (await job(second)).state, POLL).toBe('failed');
      await t.hub.print.idle();
      expect(agent.status().printers?.[0]).toMatchObject({ printed: 0, failed: 2 });
      expect(await job(first)).toMatchObject({ state: 'failed', attempts: 1 });
      expect((await job(second)).attempts).toBe(1);
    });
  }

  it('a job for a printer this machine no longer has fails with PRINTER_ERROR, nothing printed', async () => {
    const lp0 = join(dir, 'lp0');
    writeFileSync(lp0, '');
    const before = startAgent({ printers: [usbProfile('kiosk-usb', lp0)] });
    await registered(before, ['kiosk-usb']);
    await assignKioskPrinter('kiosk-usb');
    await before.stop();
    await hubSeesNoAgent();
    // reinstalled without that printer: the hub still routes the kiosk's tickets to this machine
    const warnings: Array<{ obj: object; msg: string | undefined }> = [];
    const log = { debug() {}, info() {}, error() {}, warn: (obj: object, msg?: string) => void warnings.push({ obj, msg }) };
    const after = startAgent({ printers: [], log });
    await registered(after, []);
    const jobId = await issueTicket();
    await expect.poll(async () => (await job(jobId)).state, POLL).toBe('failed');
    // the hub shows its own message for the code (the agent's 'Không có máy in này trên thiết bị' is the detail)
    expect((await job(jobId)).error?.code).toBe('PRINTER_ERROR');
    expect((await job(jobId)).attempts).toBe(1);
    expect(warnings).toContainEqual({ obj: { jobId, printer: 'kiosk-usb' }, msg: 'print job for a printer this machine does not have' });
    expect(readFileSync(lp0).length).toBe(0);
  });
});

describe('[agent printing] the print-job seam and stopping', { timeout: 120_000 }, () => {
  it('onPrintJob replaces the default handler until restored; a handler that throws fails the job as maybe printed', async () => {
    const lp0 = join(dir, 'lp0');
    writeFileSync(lp0, '');
    const agent = startAgent({ printers: [usbProfile('kiosk-usb', lp0)] });
    await registered(agent, ['kiosk-usb']);
    await assignKioskPrinter('kiosk-usb');

    const seen: Array<{ id: string; printerId: string; bytes: number }> = [];
    const restore = agent.onPrintJob(async (j) => {
      seen.push({ id: j.id, printerId: j.printerId, bytes: j.bytes.length });
      return { ok: true, warnings: ['PAPER_NEAR_END'] };
    });
    const first = await issueTicket();
    await expect.poll(async () => (await job(first)).state, POLL).toBe('printed');
    expect((await job(first)).warnings).toEqual(['PAPER_NEAR_END']);
    expect(seen).toEqual([{ id: first, printerId: 'kiosk-usb', bytes: expect.any(Number) }]);
    expect(seen[0]!.bytes).toBeGreaterThan(1000);
    expect(readFileSync(lp0).length).toBe(0);

    const crash = agent.onPrintJob(async () => {
      throw new Error('boom');
    });
    const second = await issueTicket();
    await expect.poll(async () => (await job(second)).state, POLL).toBe('failed');
    expect((await job(second)).error?.code).toBe('PRINTER_ERROR');

    crash();
    restore(); // no longer the current handler: a no-op
    const third = await issueTicket();
    await expect.poll(async () => (await job(third)).state, POLL).toBe('printed');
    expect(count(parseEscPos(readFileSync(lp0)), 'cut')).toBe(1);
    expect(agent.status().printers?.[0]).toMatchObject({ printed: 1, lastJob: { id: third, ok: true } });
  });

  it('stop() lets a job already printing finish, so the hub learns it printed', async () => {
    const agent = startAgent({ printers: [usbProfile('kiosk-usb', join(dir, 'lp0'))] });
    await registered(agent, ['kiosk-usb']);
    await assignKioskPrinter('kiosk-usb');
    let release: () => void = () => undefined;
    let started = false;
    agent.onPrintJob(async () => {
      started = true;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return { ok: true, warnings: [] };
    });
    const jobId = await issueTicket();
    await expect.poll(() => started, POLL).toBe(true);
    const stopped = agent.stop();
    expect((await job(jobId)).state).toBe('printing');
    release();
    await stopped;
    expect(agent.status().connection).toBe('stopped');
    await expect.poll(async () => (await job(jobId)).state, POLL).toBe('printed');
  });
});

describe('[agent printing] registration', { timeout: 120_000 }, () => {
  it('a printer id another machine registered is refused (CONFLICT) and shown in the status', async () => {
    const lp0 = join(dir, 'lp0');
    writeFileSync(lp0, '');
    const kiosk = startAgent({ printers: [usbProfile('shared-id', lp0)] });
    await registered(kiosk, ['shared-id']);
    const other = startAgent({ printers: [usbProfile('shared-id', lp0)] }, t.deviceTokens.display);
    await expect.poll(() => other.status().registration?.state, POLL).toBe('refused');
    expect(other.status().registration?.error?.code).toBe('CONFLICT');
    expect(other.status().printers?.[0]?.registered).toBe(false);
    expect(other.status().connection).toBe('connected');
  });

  it('a printer device that is not there is said at start, and the agent still registers it', async () => {
    const warnings: Array<{ obj: object; msg: string | undefined }> = [];
    const log = { debug() {}, info() {}, error() {}, warn: (obj: object, msg?: string) => void warnings.push({ obj, msg }) };
    const missing = join(dir, 'lp7');
    const agent = startAgent({ printers: [usbProfile('kiosk-usb', missing)], log });
    await registered(agent, ['kiosk-usb']);
    await expect
      .poll(() => warnings, POLL)
      .toContainEqual({
        obj: { printer: 'kiosk-usb', path: missing, code: 'ENOENT' },
        msg: 'printer device not plugged in, switched off, or a wrong path: jobs for it will fail until it is there',
      });
  });

  it('bad printer profiles are refused at creation, each one named', () => {
    let err: unknown;
    try {
      createAgent({
        hubUrl: t.url,
        deviceToken: t.deviceTokens.kiosk,
        printers: [
          { id: 'a', name: 'A', transport: { kind: 'usb-file', path: '/dev/usb/lp0' }, widthDots: 576, dpi: 180 },
          { id: 'b', name: 'B', transport: { kind: 'tcp', host: '192.0.2.5', port: 9100 }, widthDots: 576, dpi: 203 },
          { id: 'c', name: 'C', transport: { kind: 'serial', path: '' }, widthDots: 512, dpi: 180 },
        ],
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AgentConfigError);
    const problems = (err as AgentConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^printers\[0\]\.dpi: /);
    expect(problems[1]).toMatch(/^printers\[1\]\.transport\.kind: "tcp" is not for an agent/);
    expect(problems[2]).toMatch(/^printers\[2\]\.transport\.path: /);
  });
});
