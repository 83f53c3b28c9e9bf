import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintJobInfo } from '@motcua/protocol';
import { parseEscPos } from '@motcua/virtual-printer';
import { buildAgent } from '../../../scripts/shell/build.mjs';
import { login, rest } from '../../../tests/support/clients.js';
import { startTestHub, type TestHub } from '../../../tests/support/hub.js';

const bin = join(new URL('..', import.meta.url).pathname, 'bin/motcua-agent.mjs');

function runBin(env: Record<string, string>) {
  const child = spawn(process.execPath, [bin], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

describe('standalone agent (bin/motcua-agent.mjs)', { timeout: 120_000 }, () => {
  let t: TestHub;
  beforeAll(async () => {
    await buildAgent();
    t = await startTestHub();
  });
  afterAll(async () => t?.close());

  it('configured by env, connects to the hub with its device token, masks the token, stops on SIGTERM', async () => {
    const run = runBin({ MOTCUA_HUB_URL: t.url, MOTCUA_DEVICE_TOKEN: t.deviceTokens.kiosk, LOG_LEVEL: 'info' });
    try {
      await expect.poll(run.output, { timeout: 30_000 }).toContain('agent connected to the hub');
      expect(run.output()).not.toContain(t.deviceTokens.kiosk);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  it("prints the kiosk's tickets on the printers of MOTCUA_PRINTERS (a JSON file)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-agent-bin-'));
    const lp0 = join(dir, 'lp0');
    writeFileSync(lp0, '');
    const printers = join(dir, 'printers.json');
    const profile = { id: 'bin-usb', name: 'Máy in USB', transport: { kind: 'usb-file', path: lp0 }, widthDots: 576, dpi: 203, statusTimeoutMs: 200 };
    writeFileSync(printers, JSON.stringify([profile]));
    const run = runBin({ MOTCUA_HUB_URL: t.url, MOTCUA_DEVICE_TOKEN: t.deviceTokens.kiosk, MOTCUA_PRINTERS: printers, LOG_LEVEL: 'info' });
    try {
      await expect.poll(run.output, { timeout: 30_000 }).toContain('agent registered with the hub');
      const admin = (await login(t.url, t.users.admin.username, t.users.admin.password)).token;
      const devices = (await rest(t.url, '/api/admin/devices', admin)).json as { devices: Array<{ id: string; role: string }> };
      const kiosk = devices.devices.find((d) => d.role === 'kiosk')!.id;
      expect((await rest(t.url, `/api/admin/devices/${kiosk}/printer`, admin, { printerId: 'bin-usb' }, 'PUT')).status).toBe(200);
      const issued = await rest(t.url, '/api/commands/ticket:issue', t.deviceTokens.kiosk, { serviceId: 'ho-tich' });
      const jobId = (issued.json as { data: { printJobId: string } }).data.printJobId;
      const state = async (): Promise<string | undefined> =>
        ((await rest(t.url, `/api/print/jobs/${jobId}`, admin)).json as { job?: PrintJobInfo }).job?.state;
      await expect.poll(state, { timeout: 30_000 }).toBe('printed');
      const commands = parseEscPos(readFileSync(lp0));
      expect(commands.some((c) => c.type === 'raster')).toBe(true);
      expect(commands.filter((c) => c.type === 'cut')).toHaveLength(1);
      expect(run.output()).toContain('"msg":"printed"');
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    } finally {
      run.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start with bad settings, listing each one', async () => {
    const run = runBin({ MOTCUA_SCANNERS: 'usb:/dev/lp0', MOTCUA_PRINTERS: '[{"id":"x","transport":{"kind":"usb-file","path":"/dev/usb/lp0"}}]' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/MOTCUA_HUB_URL[\s\S]*MOTCUA_DEVICE_TOKEN[\s\S]*usb:\/dev\/lp0[\s\S]*MOTCUA_PRINTERS\[0\]\.name/);
  });
});
