// The shell's use of the agent (apps/shell/src/agent.ts): printers.json next to the shell's
// config, and the printer id given at pairing. Kept here, with the agent's printing tests,
// because it runs the real agent against a real hub; it never loads Electron.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PrintJobInfo } from '@motcua/protocol';
import { parseEscPos } from '@motcua/virtual-printer';
import { loadShellPrinters, PRINTERS_FILE, shellPrinterStatus, startShellAgent } from '../../../apps/shell/src/agent.js';
import { pairWithHub } from '../../../apps/shell/src/pairing.js';
import { login, rest } from '../../../tests/support/clients.js';
import { startTestHub, type TestHub } from '../../../tests/support/hub.js';
import type { Agent, AgentLog, AgentOptions, AgentStatus, PrinterState } from '../src/index.js';

function recordingLog() {
  const lines: Array<{ level: string; obj: object; msg: string | undefined }> = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj, msg });
  const log: AgentLog = { debug() {}, info() {}, warn: at('warn'), error: at('error') };
  return { log, lines };
}

const usbNoId = (path: string) => ({ name: 'Máy in vé kiosk', transport: { kind: 'usb-file', path }, widthDots: 576, dpi: 203, statusTimeoutMs: 200 });
const config = { hubUrl: 'http://192.0.2.10:8080', role: 'kiosk', deviceToken: 'dev_0123456789abcdef' } as const;

let dir: string;
const agents: Agent[] = [];
afterEach(async () => {
  for (const a of agents.splice(0)) await a.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('[shell] printers.json', () => {
  const setup = (content: string | null): string => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-shell-printers-'));
    const file = join(dir, PRINTERS_FILE);
    if (content !== null) writeFileSync(file, content);
    return file;
  };

  it('a profile without an id takes the printer id given at pairing', () => {
    const file = setup(JSON.stringify([usbNoId('/dev/usb/lp0')]));
    const { log, lines } = recordingLog();
    const printers = loadShellPrinters({ ...config, printerProfileId: 'kiosk-2-usb' }, { log, printersFile: file });
    expect(printers.map((p) => p.id)).toEqual(['kiosk-2-usb']);
    expect(lines).toEqual([]);
  });

  it('bad profiles are logged and left out; the good ones stay; the agent still starts', () => {
    const file = setup(JSON.stringify([{ ...usbNoId('/dev/usb/lp0'), id: 'ok-1' }, { ...usbNoId(''), id: 'bad-1' }]));
    const { log, lines } = recordingLog();
    let given: AgentOptions | null = null;
    const agent = startShellAgent(config, {
      log,
      printersFile: file,
      createAgent: (o) => {
        given = o;
        return { start() {}, stop: async () => {}, status: () => ({ connection: 'stopped', lastError: null, connects: 0, scanners: [] }), onScan: () => () => {}, onStatus: () => () => {}, onPrintJob: () => () => {} };
      },
    });
    expect(agent).not.toBeNull();
    expect(given!.printers?.map((p) => p.id)).toEqual(['ok-1']);
    expect(lines).toEqual([
      { level: 'error', obj: { file, problems: [expect.stringMatching(/^printers\.json\[1\]\.transport\.path: /)] }, msg: 'printer settings ignored' },
    ]);
  });

  it('no printers.json: no printer, and a warning when pairing assigned one', () => {
    const file = setup(null);
    const { log, lines } = recordingLog();
    expect(loadShellPrinters(config, { log, printersFile: file })).toEqual([]);
    expect(lines).toEqual([]);
    expect(loadShellPrinters({ ...config, printerProfileId: 'kiosk-2-usb' }, { log, printersFile: file })).toEqual([]);
    expect(lines).toMatchObject([{ level: 'warn', msg: 'the hub assigned a printer to this machine, but there is no printers.json' }]);
    writeFileSync(file, '{"printers": []}');
    expect(loadShellPrinters(config, { log, printersFile: file })).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ level: 'error', msg: 'printers.json must be a JSON array of printer profiles: no local printer' });
  });
});

describe("[shell] the bridge's printerStatus from the agent", () => {
  const printer = (over: Partial<PrinterState>): PrinterState => ({
    id: 'kiosk-2-usb', name: 'Máy in vé', transport: 'usb-file', path: '/dev/usb/lp0', registered: true, state: 'ready',
    pending: 0, printed: 0, failed: 0, lastJob: null, warnings: [], error: null, ...over,
  });
  const agentWith = (printers: PrinterState[]): Agent => ({
    start() {}, stop: async () => {}, onScan: () => () => {}, onStatus: () => () => {}, onPrintJob: () => () => {},
    status: (): AgentStatus => ({ connection: 'connected', lastError: null, connects: 1, scanners: [], printers, registration: { state: 'registered', printers: printers.map((p) => p.id), error: null } }),
  });
  const paired = { ...config, printerProfileId: 'kiosk-2-usb' };
  const lastJob = { id: 'pj-1', ok: true, at: '2026-11-28T01:00:00.000Z' };

  it("maps the assigned printer's last job to health, code and message", () => {
    expect(shellPrinterStatus(null, null)).toEqual({ local: false, health: 'unknown', code: null, message: null, agent: 'stopped' });
    expect(shellPrinterStatus(agentWith([]), paired)).toMatchObject({ local: true, health: 'unknown', agent: 'connected' });
    expect(shellPrinterStatus(agentWith([printer({})]), paired)).toMatchObject({ local: true, health: 'unknown' });
    expect(shellPrinterStatus(agentWith([printer({ lastJob })]), paired)).toMatchObject({ health: 'ok', code: null });
    expect(shellPrinterStatus(agentWith([printer({ lastJob, warnings: ['STATUS_UNKNOWN'] })]), paired)).toMatchObject({ health: 'unknown' });
    expect(shellPrinterStatus(agentWith([printer({ lastJob, warnings: ['PAPER_NEAR_END'] })]), paired)).toMatchObject({ health: 'warning', code: 'PAPER_NEAR_END' });
    const out = printer({ state: 'error', lastJob: { ...lastJob, ok: false }, error: { code: 'PAPER_OUT', message: 'Máy in hết giấy' } });
    expect(shellPrinterStatus(agentWith([out]), paired)).toEqual({ local: true, health: 'error', code: 'PAPER_OUT', message: 'Máy in hết giấy', agent: 'connected' });
    // the only local printer counts even without an id from pairing; with two, only the assigned one does
    expect(shellPrinterStatus(agentWith([out]), config)).toMatchObject({ health: 'error' });
    expect(shellPrinterStatus(agentWith([out, printer({ id: 'other' })]), config)).toMatchObject({ local: false, health: 'unknown' });
  });
});

describe('[shell] a kiosk paired with a printer id prints its tickets through the in-process agent', { timeout: 120_000 }, () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(async () => t?.close());

  it('pairing code with printerId → printers.json without id → the agent registers it → the kiosk’s ticket lands in the device file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-shell-printers-'));
    const lp0 = join(dir, 'lp0');
    writeFileSync(lp0, '');
    // written at install time, before the machine is paired
    const printersFile = join(dir, PRINTERS_FILE);
    writeFileSync(printersFile, JSON.stringify([usbNoId(lp0)]));

    const admin = (await login(t.url, t.users.admin.username, t.users.admin.password)).token;
    const issued = await rest(t.url, '/api/admin/pairing-codes', admin, { name: 'Kiosk sảnh B', role: 'kiosk', printerId: 'kiosk-b-usb' });
    expect(issued.status).toBe(201);
    const paired = await pairWithHub(t.url, (issued.json as { code: string }).code);
    if (!paired.ok) throw new Error(paired.error.message);
    expect(paired.config.printerProfileId).toBe('kiosk-b-usb');

    const { log, lines } = recordingLog();
    const agent = startShellAgent(paired.config, { log, printersFile })!;
    agents.push(agent);
    await expect.poll(() => agent.status().registration?.state, { timeout: 30_000 }).toBe('registered');
    expect(agent.status().registration?.printers).toEqual(['kiosk-b-usb']);

    const ticket = await rest(t.url, '/api/commands/ticket:issue', paired.config.deviceToken!, { serviceId: 'ho-tich' });
    expect(ticket.status).toBe(200);
    const jobId = (ticket.json as { data: { printJobId: string } }).data.printJobId;
    expect(jobId).toMatch(/^pj-/);
    const state = async (): Promise<string | undefined> => ((await rest(t.url, `/api/print/jobs/${jobId}`, admin)).json as { job?: PrintJobInfo }).job?.state;
    await expect.poll(state, { timeout: 30_000 }).toBe('printed');
    expect(parseEscPos(readFileSync(lp0)).filter((c) => c.type === 'cut')).toHaveLength(1);
    expect(lines).toEqual([]);
    // a device file never answers DLE EOT: printed, status unknown
    expect(shellPrinterStatus(agent, paired.config)).toEqual({ local: true, health: 'unknown', code: null, message: null, agent: 'connected' });
  });
});
