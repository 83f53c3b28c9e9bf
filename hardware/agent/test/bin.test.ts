import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgent } from '../../../scripts/shell/build.mjs';
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

describe('standalone agent (bin/motcua-agent.mjs)', () => {
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

  it('refuses to start with bad settings, listing each one', async () => {
    const run = runBin({ MOTCUA_SCANNERS: 'usb:/dev/lp0' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/MOTCUA_HUB_URL[\s\S]*MOTCUA_DEVICE_TOKEN[\s\S]*usb:\/dev\/lp0/);
  });
});
