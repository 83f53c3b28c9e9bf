// Scenario 1b, issue only: the durable issue path alone, for the comparison with the bare
// one-row commit floor. The same K kiosks as the office day issue in a closed loop (each waits
// for its ack) with no desks and no TVs, in the office day's worker processes; every kiosk still
// receives every broadcast, as in an office. The office day's own issue rate is bounded by its
// 269 simulated clients sharing this machine's cores (see `clientCeilingTps` there).
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, childMain } from './lib/children.mjs';
import { adminToken, api, createDevices, serviceIds } from './lib/hub-client.mjs';
import { cpuPercent, procSample } from './lib/procstat.mjs';
import { round, summary } from './lib/stats.mjs';

childMain(async ({ url, protocolVersion, hubPid, tickets, kiosks: nKiosks, workers: nWorkers }) => {
  const admin = await adminToken(url);
  const services = await serviceIds(url, admin);
  const kioskTokens = await createDevices(url, admin, 'kiosk', nKiosks + nWorkers, 'Kiosk issue-only');
  const observers = kioskTokens.splice(nKiosks);
  const workers = Array.from({ length: nWorkers }, (_, i) => {
    const child = fork(join(ROOT, 'bench/office-day-worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const on = (type) =>
      new Promise((resolve, reject) => {
        child.on('message', (m) => {
          if (m.type === type) resolve(m);
          if (m.type === 'error') reject(new Error(`issue-only worker: ${m.message}`));
        });
        child.once('exit', (c) => reject(new Error(`issue-only worker exited ${c}`)));
      });
    const w = { child, ready: on('ready'), issued: on('issued'), done: on('done') };
    w.issued.catch(() => {});
    w.done.catch(() => {});
    child.send({
      type: 'start',
      input: {
        url,
        protocolVersion,
        desks: [],
        kioskTokens: kioskTokens.filter((_, j) => j % nWorkers === i),
        observerToken: observers[i],
        tickets: Math.floor(tickets / nWorkers) + (i < tickets % nWorkers ? 1 : 0),
        services,
        seed: 777 + i,
      },
    });
    return w;
  });
  try {
    await Promise.all(workers.map((w) => w.ready));
    const before = procSample(hubPid);
    const h0 = await api(url, '/api/health', null);
    const t0 = performance.now();
    for (const w of workers) w.child.send({ type: 'go' });
    await Promise.all(workers.map((w) => w.issued));
    const wallS = (performance.now() - t0) / 1000;
    const after = procSample(hubPid);
    const h1 = await api(url, '/api/health', null);
    for (const w of workers) w.child.send({ type: 'stop' });
    const done = await Promise.all(workers.map((w) => w.done));
    const ackTimes = done.flatMap((d) => d.ackTimes).sort((a, b) => a - b);
    const errors = {};
    for (const d of done) for (const [k, v] of Object.entries(d.errors)) errors[k] = (errors[k] ?? 0) + v;
    // Sustained: the middle 80 % of acknowledgements, as in the office day.
    const i10 = Math.floor(ackTimes.length * 0.1);
    const i90 = Math.max(i10 + 1, Math.floor(ackTimes.length * 0.9) - 1);
    const transactions = h1.commits.transactions - h0.commits.transactions;
    const commands = h1.commits.commands - h0.commits.commands;
    return {
      tickets,
      kiosks: nKiosks,
      issued: ackTimes.length,
      errors,
      wallS: round(wallS, 2),
      issueTpsSustained: ackTimes.length > 10 ? round((i90 - i10) / ((ackTimes[i90] - ackTimes[i10]) / 1000), 1) : null,
      issueMs: summary(done.flatMap((d) => d.issueLat)),
      commandsPerTransaction: round(commands / Math.max(1, transactions), 2),
      meanTransactionMs: round((h1.commits.transactionMs - h0.commits.transactionMs) / Math.max(1, transactions), 3),
      clientCpuS: round(done.reduce((a, d) => a + d.cpuS, 0), 2),
      hub: { cpuPercent: round(cpuPercent(before, after), 0), cpuS: round(after.userS - before.userS + after.sysS - before.sysS, 2) },
    };
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
  }
});
