import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { CommandResults, Snapshot } from '@motcua/protocol';
import { apiOk } from './clients.js';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Bundles the hub's real entry point (same options as scripts/build.mjs) to a private file
 * two levels below apps/, so it finds the seed data like the production bundle does.
 */
export async function bundleHubForTest(): Promise<string> {
  const outfile = join(root, 'apps/hub/dist', `test-main-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'apps/hub/src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [
      {
        name: 'external-deps',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) =>
            a.path.startsWith('@motcua/') || a.path.startsWith('node:') ? undefined : { path: a.path, external: true },
          );
        },
      },
    ],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface HubProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  kiosk: string;
  display: string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the bundled hub as a child process and waits until it answers /api/health. */
export async function startHubProcess(bundle: string, dataDir: string, port: number): Promise<HubProcess> {
  const child = spawn(process.execPath, [bundle], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      MOTCUA_DATA_DIR: dataDir,
      MOTCUA_SYNCHRONOUS: 'FULL',
      LOG_LEVEL: 'warn',
      MOTCUA_VIRTUAL_PRINTER: '127.0.0.1:0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hub exited ${child.exitCode}: ${out}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok && /tv\/\?token=/.test(out)) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`hub did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const token = (page: string): string => new RegExp(`${page}/\\?token=(\\S+)`).exec(out)![1]!;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    child,
    url,
    stdout: () => out,
    kiosk: token('kiosk'),
    display: token('tv'),
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The first demo clerk the hub's start-up banner prints ("quầy 1: clerk1 / …"). */
export function demoClerk(stdout: string): { counterNumber: number; username: string; password: string } {
  const m = /quầy (\d+): (\S+) \/ (\S+)/.exec(stdout);
  if (!m) throw new Error('the banner prints no demo clerk');
  return { counterNumber: Number(m[1]), username: m[2]!, password: m[3]! };
}

/**
 * One call from a demo clerk's counter, over REST against whichever hub process is up: log in,
 * open the counter if needed, issue a ticket of a service it serves, and call (finishing the
 * ticket still at the counter first). Works the same before and after a restart.
 */
export async function clerkCallsNext(
  url: string,
  clerk: { counterNumber: number; username: string; password: string },
  kioskToken: string,
): Promise<{ label: string; issued: string; counterNumber: number; counterId: string }> {
  const { token } = await apiOk<{ token: string }>(url, 'POST', '/api/auth/login', '', { username: clerk.username, password: clerk.password });
  const me = await apiOk<{ actor: { id: string } }>(url, 'GET', '/api/auth/me', token);
  const snap = await apiOk<Snapshot>(url, 'GET', '/api/snapshot', token);
  const counter = snap.counters.find((c) => c.number === clerk.counterNumber)!;
  if (counter.status === 'closed' || counter.clerkId !== me.actor.id) {
    await apiOk(url, 'POST', '/api/commands/counter:open', token, { counterId: counter.id });
  }
  const serviceId = counter.services.find((s) => s.weight > 0)!.serviceId;
  const issued = await apiOk<{ data: CommandResults['ticket:issue'] }>(url, 'POST', '/api/commands/ticket:issue', kioskToken, { serviceId });
  const busy = counter.currentTicketId !== null;
  const ticket = busy
    ? (await apiOk<{ data: CommandResults['ticket:finish'] }>(url, 'POST', '/api/commands/ticket:finish', token, { counterId: counter.id, callNext: true }))
        .data.next!
    : (await apiOk<{ data: CommandResults['ticket:callNext'] }>(url, 'POST', '/api/commands/ticket:callNext', token, { counterId: counter.id }))
        .data.ticket;
  return { label: ticket.label, issued: issued.data.ticket.label, counterNumber: counter.number, counterId: counter.id };
}

/**
 * A hub that a test kills and starts again on the same data folder: the bundle is built once,
 * every process started is stopped by `cleanup`, and the folder and bundle are removed.
 */
export interface RestartableHub {
  start(port: number): Promise<HubProcess>;
  cleanup(): Promise<void>;
}

export async function restartableHub(prefix: string): Promise<RestartableHub> {
  const bundle = await bundleHubForTest();
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const procs: HubProcess[] = [];
  return {
    async start(port) {
      const p = await startHubProcess(bundle, dataDir, port);
      procs.push(p);
      return p;
    },
    async cleanup() {
      for (const p of procs) await p.stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(bundle, { force: true });
    },
  };
}
