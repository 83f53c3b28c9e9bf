import { HUB_PRODUCTION_ENV } from '../../scripts/hub-env.mjs';
// Child processes of the benchmark: the hub, the drivers, the floor servers, Chromium.
// Every child is tracked and killed when the benchmark ends, also on an error or a signal.
import { fork, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setPriority } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const HUB_BUNDLE = join(ROOT, 'apps/hub/dist/main.js');

const live = new Set();

/**
 * The servers under test (the hub, the bare floors) run in a session of their own at a raised
 * priority, so that the load generators of the same run and the machine's other tenants preempt
 * them as little as possible — in an office the hub has its machine to itself and the clients are
 * elsewhere. With the kernel's autogroup scheduling (the default), `nice` only ranks processes of
 * one session, so each server is started in a new session (detached) and its session's group gets
 * the nice value (/proc/<pid>/autogroup); its own nice is set too for kernels without autogroup.
 * Needs root or CAP_SYS_NICE; without it the run goes on at normal priority and says so.
 */
export const serverPriority = { nice: -10, applied: null, autogroup: null, error: null };
export function setServerPriorityEnabled(on) {
  if (!on) serverPriority.nice = 0;
}
const ownAutogroup = (() => {
  try {
    return readFileSync('/proc/self/autogroup', 'utf8').split(' ')[0];
  } catch {
    return null;
  }
})();
export const detachServers = () => serverPriority.nice !== 0;

async function prioritize(pid) {
  if (!serverPriority.nice) return;
  try {
    setPriority(pid, serverPriority.nice);
    serverPriority.applied = true;
  } catch (err) {
    serverPriority.applied = false;
    serverPriority.error = err?.code ?? String(err);
    return;
  }
  if (!ownAutogroup) return;
  // Wait until the child's setsid() gave it its own group, never renice ours.
  for (let i = 0; i < 100; i++) {
    let group;
    try {
      group = readFileSync(`/proc/${pid}/autogroup`, 'utf8').split(' ')[0];
    } catch {
      return;
    }
    if (group !== ownAutogroup) {
      try {
        writeFileSync(`/proc/${pid}/autogroup`, String(serverPriority.nice));
        serverPriority.autogroup = true;
      } catch (err) {
        serverPriority.autogroup = false;
        serverPriority.error = err?.code ?? String(err);
      }
      return;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  serverPriority.autogroup = false;
}

const foreignPids = new Set();

function track(child) {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** A pid started by one of our children (Chromium) that must die with the benchmark. */
export function trackPid(pid) {
  foreignPids.add(pid);
}

export function killAll() {
  for (const c of live) {
    try {
      c.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  for (const pid of foreignPids) {
    // Chromium is launched as a process-group leader: take its helpers (zygote, renderers) too.
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        /* already gone, or not a group leader */
      }
    }
  }
  foreignPids.clear();
}

process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    process.stderr.write(`\nbench: ${sig}, stopping children\n`);
    killAll();
    process.exit(130);
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function exited(child) {
  return new Promise((r) => {
    if (child.exitCode !== null || child.signalCode !== null) r();
    else child.once('exit', () => r());
  });
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the child is gone. */
export async function stopChild(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(t);
}

/**
 * Starts the production hub bundle on a loopback port with a fresh data folder and the
 * production pragmas (synchronous=FULL), and waits until /api/health answers and the demo
 * tokens are printed. `nodeArgs` e.g. ['--cpu-prof', '--cpu-prof-dir=…'].
 */
export async function startHub({ dataDir, nodeArgs = [], logLevel = 'info', bundle = HUB_BUNDLE, env = {} }) {
  const port = await freePort();
  const child = track(
    spawn(process.execPath, [...nodeArgs, bundle], {
      // the production environment of scripts/hub-env.mjs, as npm start and the systemd unit run it
      env: {
        ...HUB_PRODUCTION_ENV,
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        MOTCUA_DATA_DIR: dataDir,
        MOTCUA_SYNCHRONOUS: 'FULL',
        MOTCUA_SEED: 'demo',
        LOG_LEVEL: logLevel,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: detachServers(),
    }),
  );
  await prioritize(child.pid);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    if (out.length < 100_000) out += d.toString();
  });
  child.stderr.on('data', (d) => {
    if (err.length < 100_000) err += d.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hub exited ${child.exitCode}: ${out}${err}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok && /tv\/\?token=/.test(out)) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`hub did not start within 30 s: ${out}${err}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const health = await (await fetch(`${url}/api/health`)).json();
  const token = (page) => new RegExp(`${page}/\\?token=(\\S+)`).exec(out)?.[1] ?? null;
  return {
    child,
    pid: child.pid,
    url,
    dbPath: join(dataDir, 'motcua.sqlite'),
    protocolVersion: health.protocolVersion,
    kiosk: token('kiosk'),
    display: token('tv'),
    stderr: () => err,
    stop: () => stopChild(child),
  };
}

/**
 * Runs a benchmark module in its own Node process: sends it `input` over IPC and resolves with
 * the `{ result }` it sends back. Killed after `timeoutMs`.
 */
export function runChild(script, input, { timeoutMs = 600_000, execArgv = [], server = false } = {}) {
  const child = track(
    fork(join(ROOT, 'bench', script), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv,
      detached: server && detachServers(),
    }),
  );
  const ready = server ? prioritize(child.pid) : Promise.resolve();
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (fn, v) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopChild(child, 3000).then(() => fn(v));
    };
    const timer = setTimeout(() => done(reject, new Error(`${script}: no result within ${timeoutMs / 1000} s`)), timeoutMs);
    child.on('message', (m) => {
      if (m?.type === 'pid') trackPid(m.pid);
      else if (m?.type === 'result') done(resolve, m.result);
      else if (m?.type === 'error') done(reject, new Error(`${script}: ${m.message}`));
    });
    child.once('exit', (code, signal) => done(reject, new Error(`${script} exited (${code ?? signal}) without a result`)));
    ready.then(() => child.send({ type: 'start', input }));
  });
}

/**
 * The child side of `runChild`: waits for the input, runs `main(input)`, sends the result and
 * exits. Exits as well when the parent goes away.
 */
export function childMain(main) {
  process.on('disconnect', () => process.exit(1));
  process.once('message', async (m) => {
    if (m?.type !== 'start') return;
    try {
      const result = await main(m.input);
      process.send({ type: 'result', result }, () => process.exit(0));
    } catch (err) {
      process.send({ type: 'error', message: err?.stack ?? String(err) }, () => process.exit(1));
    }
  });
}

/** Progress lines go to stderr so stdout stays the table. */
export function progress(msg) {
  process.stderr.write(`  · ${msg}\n`);
}

/** Starts a long-running helper (a floor server) that reports `{ type: 'ready', … }` over IPC. */
export async function startService(script, input, timeoutMs = 30_000) {
  const child = track(
    fork(join(ROOT, 'bench', script), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: detachServers() }),
  );
  await prioritize(child.pid);
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} not ready within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.once('message', (m) => {
      clearTimeout(t);
      resolve({ ...m, pid: child.pid, stop: () => stopChild(child, 2000) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited ${code}`)));
    child.send({ type: 'start', input });
  });
}

/**
 * Starts `shards` listener processes holding `count` clients between them (bench/listener-shard.mjs)
 * and resolves once all are connected. `onGot(key, lastEpochMs, hubAtMs)` fires when every client of every
 * shard has the event for that key.
 */
export async function startListeners({ url, tokens = null, count, shards = 1, protocolVersion, event = 'ticket:called', key, onGot }) {
  const per = Array.from({ length: shards }, (_, i) => Math.floor(count / shards) + (i < count % shards ? 1 : 0)).filter((n) => n > 0);
  const pending = new Map(); // key -> { shards: n, last }
  // The listeners are the measuring instrument: like the servers, they run in sessions of their
  // own at the raised priority, so a figure is not the listeners' own backlog (the floors' the same).
  const procs = per.map((n, i) => {
    const child = track(
      fork(join(ROOT, 'bench/listener-shard.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: detachServers() }),
    );
    const prioritized = prioritize(child.pid);
    const shardTokens = tokens ? tokens.filter((_, j) => j % per.length === i) : null;
    const ready = new Promise((resolve, reject) => {
      child.on('message', (m) => {
        if (m.type === 'ready') resolve();
        else if (m.type === 'error') reject(new Error(`listener shard: ${m.message}`));
        else if (m.type === 'got') {
          const p = pending.get(m.key) ?? { shards: 0, last: 0 };
          p.shards++;
          p.last = Math.max(p.last, m.last);
          if (p.shards === per.length) {
            pending.delete(m.key);
            onGot(m.key, p.last, m.at ?? null);
          } else pending.set(m.key, p);
        }
      });
      child.once('exit', (c) => reject(new Error(`listener shard exited ${c}`)));
    });
    prioritized.then(() => child.send({ type: 'start', input: { url, tokens: shardTokens, count: n, protocolVersion, event, key } }));
    return { child, ready };
  });
  try {
    await Promise.all(procs.map((p) => p.ready));
  } catch (err) {
    for (const p of procs) p.child.kill('SIGKILL');
    throw err;
  }
  return {
    shards: per.length,
    async stop() {
      const out = await Promise.all(
        procs.map(
          ({ child }) =>
            new Promise((resolve) => {
              const t = setTimeout(() => {
                child.kill('SIGKILL');
                resolve(null);
              }, 5000);
              child.on('message', (m) => {
                if (m.type === 'stopped') {
                  clearTimeout(t);
                  resolve(m);
                }
              });
              child.send({ type: 'stop' });
            }),
        ),
      );
      return {
        incomplete: out.reduce((a, m) => a + (m?.incomplete ?? 0), 0),
        frameBytes: out.find((m) => m?.frameBytes)?.frameBytes ?? null,
        cpuS: out.reduce((a, m) => a + (m?.cpuS ?? 0), 0),
      };
    },
  };
}

/** Epoch milliseconds with sub-millisecond precision, comparable between processes. */
export const epochNow = () => performance.timeOrigin + performance.now();
