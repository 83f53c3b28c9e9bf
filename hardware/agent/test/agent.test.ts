import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ScannerError, type ScannerSource, type ScanRead } from '@motcua/scanner';
import { startTestHub, type TestHub } from '../../../tests/support/hub.js';
import { bundleHubForTest, freePort, startHubProcess, type HubProcess } from '../../../tests/support/hub-process.js';
import { createAgent, type Agent, type AgentStatus } from '../src/index.js';

/** A scanner double: the test pushes reads; it can fail to open the first `failOpens` times. */
function fakeScanner(id: string, failOpens = 0) {
  let onRead: ((r: ScanRead) => void) | null = null;
  let opens = 0;
  const source: ScannerSource = {
    id,
    kind: 'serial',
    async start(read) {
      opens++;
      if (opens <= failOpens) throw new ScannerError('NOT_FOUND', `${id}: not plugged in`);
      onRead = read;
    },
    async stop() {
      onRead = null;
    },
  };
  return {
    source,
    opens: () => opens,
    scan: (code: string) => onRead?.({ code, symbology: null, source: id }),
  };
}

const agents: Agent[] = [];
function track(agent: Agent): Agent {
  agents.push(agent);
  return agent;
}
afterEach(async () => {
  for (const a of agents.splice(0)) await a.stop();
});

describe('device agent against a real hub', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(async () => t?.close());

  it('connects with its device token and forwards scanner reads to its listeners', async () => {
    const scanner = fakeScanner('serial:/dev/ttyTEST');
    const agent = track(createAgent({ hubUrl: t.url, deviceToken: t.deviceTokens.kiosk, scanners: [scanner.source] }));
    const statuses: AgentStatus['connection'][] = [];
    agent.onStatus((s) => statuses.push(s.connection));
    const scans: ScanRead[] = [];
    const unsubscribe = agent.onScan((s) => scans.push(s));
    agent.start();
    await expect.poll(() => agent.status().connection, { timeout: 20_000 }).toBe('connected');
    expect(statuses[0]).toBe('connecting');
    expect(agent.status().scanners).toEqual([{ id: 'serial:/dev/ttyTEST', kind: 'serial', state: 'open', error: null }]);
    scanner.scan('H15.50.05.13-261008-0975');
    expect(scans).toEqual([{ code: 'H15.50.05.13-261008-0975', symbology: null, source: 'serial:/dev/ttyTEST' }]);
    unsubscribe();
    scanner.scan('A025');
    expect(scans).toHaveLength(1);
    await agent.stop();
    expect(agent.status().connection).toBe('stopped');
    expect(agent.status().scanners[0]?.state).toBe('stopped');
  });

  it('a wrong token is refused with UNAUTHENTICATED, and the agent keeps retrying slowly', async () => {
    const agent = track(createAgent({ hubUrl: t.url, deviceToken: 'dev_not_a_real_token_000', refusedRetryMs: 200 }));
    const refusals: string[] = [];
    agent.onStatus((s) => s.connection === 'refused' && refusals.push(s.lastError?.code ?? '?'));
    agent.start();
    await expect.poll(() => refusals.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    expect(new Set(refusals)).toEqual(new Set(['UNAUTHENTICATED']));
    expect(agent.status().connects).toBe(0);
  });

  it('an agent of another protocol version is refused with PROTOCOL_MISMATCH', async () => {
    const agent = track(createAgent({ hubUrl: t.url, deviceToken: t.deviceTokens.kiosk, protocolVersion: 999, refusedRetryMs: 60_000 }));
    agent.start();
    await expect.poll(() => agent.status().connection, { timeout: 20_000 }).toBe('refused');
    expect(agent.status().lastError?.code).toBe('PROTOCOL_MISMATCH');
  });

  it('reopens a scanner that was not plugged in at start', async () => {
    const scanner = fakeScanner('hid:0c2e:0b61', 2);
    const agent = track(
      createAgent({ hubUrl: t.url, deviceToken: t.deviceTokens.display, scanners: [scanner.source], scannerRetryMs: 50 }),
    );
    const errors: string[] = [];
    agent.onStatus((s) => s.scanners[0]?.error && errors.push(s.scanners[0].error.code));
    agent.start();
    await expect.poll(() => agent.status().scanners[0]?.state, { timeout: 20_000 }).toBe('open');
    expect(scanner.opens()).toBe(3);
    expect(errors).toContain('NOT_FOUND');
    const scans: string[] = [];
    agent.onScan((s) => scans.push(s.code));
    scanner.scan('B107');
    expect(scans).toEqual(['B107']);
  });
});

describe('device agent when the hub is killed and restarted', () => {
  let bundle: string;
  let dataDir: string;
  const procs: HubProcess[] = [];
  beforeAll(async () => {
    bundle = await bundleHubForTest();
    dataDir = mkdtempSync(join(tmpdir(), 'motcua-agent-'));
  });
  afterAll(async () => {
    for (const p of procs) await p.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(bundle, { force: true });
  });

  it('reconnects by itself after kill -9 and a restart on the same address', async () => {
    const port = await freePort();
    const first = await startHubProcess(bundle, dataDir, port);
    procs.push(first);
    const agent = track(
      createAgent({ hubUrl: first.url, deviceToken: first.kiosk, reconnectDelayMs: 200, reconnectDelayMaxMs: 1_000 }),
    );
    agent.start();
    await expect.poll(() => agent.status().connection, { timeout: 20_000 }).toBe('connected');
    expect(agent.status().connects).toBe(1);

    await first.kill9();
    await expect.poll(() => agent.status().connection, { timeout: 20_000 }).toBe('disconnected');

    const second = await startHubProcess(bundle, dataDir, port);
    procs.push(second);
    expect(second.kiosk).toBe(first.kiosk);
    await expect.poll(() => agent.status().connection, { timeout: 30_000 }).toBe('connected');
    expect(agent.status().connects).toBe(2);
    expect(agent.status().lastError).toBeNull();
  });
});
