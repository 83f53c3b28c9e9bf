#!/usr/bin/env node
// `npm run bench` (issue 8): measures the hub against the physical floor of this machine, in one
// run. A real hub child process (production bundle, temp SQLite file, synchronous=FULL) is
// driven over loopback by real socket.io clients in a separate driver process; the floors (bare
// better-sqlite3 one-row commits, bare socket.io broadcast to 50 and 1,000) run in the same run.
//
//   npm run bench                  full scenarios (several minutes)
//   npm run bench -- --quick       scaled down, within 60 s on 2 cores
//   npm run bench -- --cpu-prof    also write a V8 CPU profile of each hub process
//   npm run bench -- --only=office-day,fanout   a subset (development)
//   npm run bench -- --no-priority  servers under test at normal priority (default: nice -10)
//   npm run bench -- --out=FILE     write the results there instead of bench/results.json
//
// Writes bench/results.json: { metrics: { <name>: { value, unit, floor, ratio } }, targets, meta }.
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  HUB_BUNDLE,
  ROOT,
  killAll,
  runChild,
  serverPriority,
  setServerPriorityEnabled,
  startHub,
  startService,
} from './lib/children.mjs';
import { auditOfficeDay } from './lib/audit.mjs';
import { buildMetrics, checkTargets, table } from './lib/report.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const cpuProf = argv.includes('--cpu-prof');
setServerPriorityEnabled(!argv.includes('--no-priority'));
const only = argv.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? null;
/** Where the results go (default bench/results.json; the harness test writes to a temp file). */
const resultsPath = resolve(argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(ROOT, 'bench/results.json'));
/** Extra hub environment, e.g. --hub-env=GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4194304 (to try a fix). */
const hubEnv = Object.fromEntries(
  argv.filter((a) => a.startsWith('--hub-env=')).map((a) => {
    const kv = a.slice('--hub-env='.length);
    return [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)];
  }),
);
const wants = (step) => !only || only.includes(step);

/** Scenario sizes. Quick keeps the shapes (16 kiosks, 50 TVs, 1,000 TVs) and cuts the counts. */
const SIZES = quick
  ? {
      sqliteSeconds: 2,
      officeDay: { tickets: 600, desks: 10, tvs: 50, kiosks: 16, workers: 2, timeoutS: 30 },
      issueOnly: { tickets: 2000, kiosks: 16, workers: 2 },
      officePaced: { tickets: 150, desks: 10, tvs: 50, kiosks: 16, workers: 2, issueRate: 25, timeoutS: 30 },
      floor50: { listeners: 50, shards: 1, messages: 100, rate: 50, warmup: 10 },
      fanout: { tvs: 1000, shards: 2, calls: 40, rate: 20, warmup: 5 },
      floor1000: { listeners: 1000, shards: 2, messages: 40, rate: 20, warmup: 5 },
      tvMemory: { calls: 400, desks: 4, kiosks: 4, settleMs: 1500 },
      print: { tickets: 20 },
    }
  : {
      sqliteSeconds: 6,
      officeDay: { tickets: 10_000, desks: 200, tvs: 50, kiosks: 16, workers: 2, timeoutS: 600 },
      issueOnly: { tickets: 10_000, kiosks: 16, workers: 2 },
      officePaced: { tickets: 1000, desks: 200, tvs: 50, kiosks: 16, workers: 2, issueRate: 25, timeoutS: 120 },
      floor50: { listeners: 50, shards: 1, messages: 1000, rate: 50, warmup: 20 },
      fanout: { tvs: 1000, shards: 2, calls: 600, rate: 20, warmup: 20 },
      floor1000: { listeners: 1000, shards: 2, messages: 600, rate: 20, warmup: 20 },
      tvMemory: { calls: 10_000, desks: 8, kiosks: 8, settleMs: 3000 },
      print: { tickets: 200 },
    };

const t0 = Date.now();
const loadAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
const work = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
const profileDir = join(tmpdir(), 'motcua-bench-profiles');
const results = {};
const errors = {};
const notes = [];

function log(msg) {
  process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${msg}\n`);
}

/** Busy and total jiffies of the whole machine (/proc/stat), to tell what the neighbours took. */
function machineCpu() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + (f[4] ?? 0);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total, at: Date.now() };
}
const steps = [];

async function step(name, fn) {
  if (!wants(name)) return;
  log(name);
  const m0 = machineCpu();
  try {
    await fn();
  } catch (err) {
    errors[name] = err?.message ?? String(err);
    log(`${name} FAILED: ${errors[name].split('\n')[0]}`);
  }
  const m1 = machineCpu();
  const cores = cpus().length;
  steps.push({
    step: name,
    wallS: Math.round((m1.at - m0.at) / 100) / 10,
    machineBusyCores: Math.round(((m1.busy - m0.busy) / Math.max(1, m1.total - m0.total)) * cores * 100) / 100,
    load1: Math.round(loadavg()[0] * 100) / 100,
  });
}

async function withHub(label, fn) {
  const dataDir = join(work, label);
  mkdirSync(dataDir);
  const nodeArgs = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=hub-${label}-${process.pid}.cpuprofile`] : [];
  // The demo's in-process virtual printer is off: no scenario uses the demo kiosk, and the print
  // scenario runs its virtual printer in a process of its own.
  const hub = await startHub({ dataDir, nodeArgs, env: { MOTCUA_VIRTUAL_PRINTER: 'off', ...hubEnv } });
  try {
    return await fn(hub);
  } finally {
    await hub.stop();
    const err = hub.stderr().trim();
    if (err) log(`hub ${label} stderr: ${err.slice(0, 500)}`);
  }
}

/** A scenario script run against a hub of its own (scenario-local folder `work/<label>`). */
function hubScenario(label, script, sizes) {
  return withHub(label, (hub) => runChild(script, { url: hub.url, protocolVersion: hub.protocolVersion, hubPid: hub.pid, ...sizes }));
}

async function broadcastFloor(key, sizes) {
  const msgBytes = results.officeDay?.calledFrameBytes ?? 1262;
  if (!results.officeDay?.calledFrameBytes) notes.push(`${key}: ticket:called size not measured in this run; used ${msgBytes} bytes`);
  const server = await startService('floor-broadcast-server.mjs', { msgBytes });
  try {
    results[key] = await runChild('floor-broadcast-driver.mjs', {
      url: `http://127.0.0.1:${server.port}`,
      serverPid: server.pid,
      ...sizes,
    });
  } finally {
    await server.stop();
  }
}

function machine() {
  const cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  return { nproc: cpus().length, cpu: cpuModel, node: process.version, memGb: Math.round(totalmem() / 2 ** 30), tmpdir: tmpdir() };
}

try {
  if (!existsSync(HUB_BUNDLE)) throw new Error(`no hub bundle at ${HUB_BUNDLE}: run node scripts/build.mjs`);
  if (cpuProf) mkdirSync(profileDir, { recursive: true });
  log(`motcua bench (${quick ? 'quick' : 'full'}); temp folder ${work}`);

  // The disk's flush speed drifts, so the one-row commit floor is measured twice, bracketing the
  // office day, and the two runs are averaged.
  const sqliteRuns = [];
  const sqliteFloor = async () => {
    sqliteRuns.push(
      await runChild('floor-sqlite.mjs', { dir: work, seconds: SIZES.sqliteSeconds / 2, rowBytes: 600 }, { server: true }),
    );
    const n = sqliteRuns.length;
    const mean = (f) => sqliteRuns.reduce((a, r) => a + f(r), 0) / n;
    results.sqliteFloor = {
      tps: Math.round(mean((r) => r.tps) * 10) / 10,
      commitMs: { p50: mean((r) => r.commitMs.p50), p99: mean((r) => r.commitMs.p99) },
      runs: sqliteRuns,
    };
  };
  await step('sqlite-floor', sqliteFloor);

  await step('office-day', async () => {
    results.officeDay = await hubScenario('office-day', 'office-day.mjs', SIZES.officeDay);
    results.audit = auditOfficeDay(join(work, 'office-day', 'motcua.sqlite'));
  });

  // The same office at a steady 25 tickets/s: the call path when the hub is not saturated.
  await step('office-paced', async () => {
    results.officePaced = await hubScenario('office-paced', 'office-day.mjs', SIZES.officePaced);
  });

  await step('issue-only', async () => {
    results.issueOnly = await hubScenario('issue-only', 'issue-only.mjs', SIZES.issueOnly);
  });

  await step('sqlite-floor', sqliteFloor);

  await step('floor-50', () => broadcastFloor('floor50', SIZES.floor50));

  await step('fanout', async () => {
    results.fanout = await hubScenario('fanout', 'fanout.mjs', SIZES.fanout);
  });

  await step('floor-1000', () => broadcastFloor('floor1000', SIZES.floor1000));

  await step('tv-memory', () =>
    withHub('tv-memory', async (hub) => {
      results.tvMemory = await runChild('tv-memory.mjs', { url: hub.url, protocolVersion: hub.protocolVersion, ...SIZES.tvMemory });
      if (!results.tvMemory.available) notes.push(`tv-memory: ${results.tvMemory.note}`);
    }),
  );

  await step('print', () =>
    withHub('print', async (hub) => {
      results.print = await runChild('print.mjs', {
        url: hub.url,
        protocolVersion: hub.protocolVersion,
        tickets: SIZES.print.tickets,
        outDir: join(work, 'printed'),
      });
      if (!results.print.available) notes.push(`print: ${results.print.note}`);
    }),
  );
} catch (err) {
  errors.run = err?.message ?? String(err);
  log(`FAILED: ${errors.run}`);
} finally {
  killAll();
  rmSync(work, { recursive: true, force: true });
}

const metrics = buildMetrics({ ...results, floor50Warmup: SIZES.floor50.warmup, floor1000Warmup: SIZES.floor1000.warmup });
const targets = checkTargets(metrics);
const out = {
  metrics,
  targets,
  meta: {
    mode: quick ? 'quick' : 'full',
    finishedAt: new Date().toISOString(),
    durationS: Math.round((Date.now() - t0) / 100) / 10,
    machine: machine(),
    loadAverage: { atStart: loadAtStart, atEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
    hubEnv,
    serverPriority,
    steps,
    sizes: SIZES,
    notes,
    errors,
    details: results,
    cpuProfiles: cpuProf ? profileDir : null,
  },
};
writeFileSync(resultsPath, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`\n${table(metrics, targets)}\n\n`);
for (const n of notes) process.stdout.write(`note: ${n}\n`);
for (const [k, e] of Object.entries(errors)) process.stdout.write(`error in ${k}: ${e.split('\n')[0]}\n`);
process.stdout.write(`${relative(ROOT, resultsPath)} written (${out.meta.mode}, ${out.meta.durationS} s)\n`);
process.exit(Object.keys(errors).length ? 1 : 0);
