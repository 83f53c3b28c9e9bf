// Scenario 1, office day: K kiosks issue tickets concurrently (closed loop, each waits for its
// ack), D desks call as fast as the queue allows, T TVs listen; N tickets. This process sets the
// office up (counters, clerks, devices: not measured), then runs the clients in worker processes
// (bench/office-day-worker.mjs: desks and kiosks; bench/listener-shard.mjs: the TVs) and
// gathers: call → all TVs, issue latency, sustained issue throughput.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ROOT, childMain, progress, startListeners } from './lib/children.mjs';
import { adminToken, api, connect, createDesks, createDevices, frameBytes, onEvent, serviceIds } from './lib/hub-client.mjs';
import { procSample, cpuPercent } from './lib/procstat.mjs';
import { round, sleep, summary } from './lib/stats.mjs';

const split = (list, n) => Array.from({ length: n }, (_, i) => list.filter((_, j) => j % n === i));

childMain(async (p) => {
  const { url, protocolVersion, hubPid, tickets, desks: nDesks, tvs: nTvs, kiosks: nKiosks, workers: nWorkers, timeoutS } = p;
  // Paced (`issueRate` tickets/s over all kiosks) or, by default, kiosks as fast as acks return.
  const kioskIntervalMs = p.issueRate ? (1000 * nKiosks) / p.issueRate : 0;
  const admin = await adminToken(url);
  const services = await serviceIds(url, admin);
  const kioskTokens = await createDevices(url, admin, 'kiosk', nKiosks, 'Kiosk bench');
  const tvTokens = await createDevices(url, admin, 'display', nTvs, 'TV bench');
  const t0Setup = performance.now();
  progress(`office day: creating ${nDesks} counters and clerks (scrypt hashing, not measured)`);
  const desks = await createDesks(url, admin, services, nDesks);
  progress(`office day: clerks ready in ${((performance.now() - t0Setup) / 1000).toFixed(1)} s; connecting`);

  // TVs in a process of their own; `onGot` fires when all of them have a ticket's call.
  const tvDoneAt = new Map();
  const hubAt = new Map();
  const tvs = await startListeners({
    url,
    tokens: tvTokens,
    count: nTvs,
    shards: 1,
    protocolVersion,
    key: 'ticket.id',
    onGot: (id, last, at) => {
      tvDoneAt.set(id, last);
      if (at !== null) hubAt.set(id, at);
    },
  });
  // Reads the size of a ticket:called frame (for the broadcast floors).
  const sizeProbe = (await connect(url, tvTokens[0], protocolVersion)).socket;
  const frameSizes = [];
  onEvent(sizeProbe, 'ticket:called', (c) => {
    if (frameSizes.length < 200) frameSizes.push(frameBytes('ticket:called', c));
  });

  const deskShares = split(desks, nWorkers);
  const kioskShares = split(kioskTokens, nWorkers);
  const calls = [];
  const callsById = new Map();
  const issuedBy = new Array(nWorkers).fill(0);
  const workers = deskShares.map((share, i) => {
    const child = fork(join(ROOT, 'bench/office-day-worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const w = { child, ready: null, issued: null, done: null };
    const on = (type) => new Promise((resolve, reject) => {
      child.on('message', (m) => {
        if (m.type === type) resolve(m);
        if (m.type === 'error') reject(new Error(`office-day worker: ${m.message}`));
      });
      child.once('exit', (c) => reject(new Error(`office-day worker exited ${c}`)));
    });
    w.ready = on('ready');
    w.issued = on('issued');
    w.done = on('done');
    w.issued.catch(() => {});
    w.done.catch(() => {});
    child.on('message', (m) => {
      if (m.type !== 'progress') return;
      issuedBy[i] = m.issued;
      for (const c of m.calls) {
        calls.push(c);
        callsById.set(c.id, (callsById.get(c.id) ?? 0) + 1);
      }
    });
    const quota = Math.floor(tickets / nWorkers) + (i < tickets % nWorkers ? 1 : 0);
    child.send({
      type: 'start',
      input: {
        url,
        protocolVersion,
        desks: share.map(({ counterId, token }) => ({ counterId, token })),
        kioskTokens: kioskShares[i],
        observerToken: tvTokens[0],
        tickets: quota,
        services,
        seed: 12345 + i,
        kioskIntervalMs,
        phase: i / (nWorkers * Math.max(1, kioskShares[i].length)),
      },
    });
    return w;
  });
  try {
    await Promise.all(workers.map((w) => w.ready));
    await sleep(500); // let the counter:changed broadcasts settle

    const before = procSample(hubPid);
    const healthBefore = await api(url, '/api/health', null);
    const tStart = performance.now();
    const deadline = tStart + timeoutS * 1000;
    for (const w of workers) w.child.send({ type: 'go' });
    let lastReport = tStart;
    const totalIssued = () => issuedBy.reduce((a, b) => a + b, 0);
    const allIssued = Promise.all(workers.map((w) => w.issued));
    let issuedDone = false;
    allIssued.then(() => (issuedDone = true));
    while (performance.now() < deadline && !(issuedDone && callsById.size >= totalIssued() && tvDoneAt.size >= callsById.size)) {
      await sleep(20);
      if (performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        progress(`office day: ${totalIssued()} issued, ${callsById.size} called, ${tvDoneAt.size} on every TV`);
      }
    }
    const tEnd = performance.now();
    const after = procSample(hubPid);
    const healthAfter = await api(url, '/api/health', null);
    for (const w of workers) w.child.send({ type: 'stop' });
    const done = await Promise.all(workers.map((w) => w.done));
    sizeProbe.close();
    const tvStats = await tvs.stop();

    const issueLat = done.flatMap((d) => d.issueLat);
    const ackTimes = done.flatMap((d) => d.ackTimes).sort((a, b) => a - b);
    const errors = {};
    for (const d of done) for (const [k, v] of Object.entries(d.errors)) errors[k] = (errors[k] ?? 0) + v;
    const callLat = [];
    // The same calls split at the moment the hub made the event (ms resolution, one clock):
    // desk's send → the hub applying the command; then COMMIT, frame and TVs reading it.
    const toHub = [];
    const hubToTvs = [];
    let incomplete = 0;
    for (const c of calls) {
      const last = tvDoneAt.get(c.id);
      if (last) callLat.push(last - c.t0);
      else incomplete++;
      const at = hubAt.get(c.id);
      if (last && at) {
        toHub.push(Math.max(0, at - c.t0));
        hubToTvs.push(last - at);
      }
    }
    // Sustained rate: the middle 80 % of acknowledgements (ramp-up and tail excluded).
    const i10 = Math.floor(ackTimes.length * 0.1);
    const i90 = Math.max(i10 + 1, Math.floor(ackTimes.length * 0.9) - 1);
    const sustained = ackTimes.length > 10 ? (i90 - i10) / ((ackTimes[i90] - ackTimes[i10]) / 1000) : null;
    const windowS = (ackTimes[ackTimes.length - 1] - ackTimes[0]) / 1000;
    const delta = (k, f) => healthAfter[k][f] - healthBefore[k][f];
    const commits = { transactions: delta('commits', 'transactions'), commands: delta('commits', 'commands') };
    const broadcast = { events: delta('broadcast', 'events'), frames: delta('broadcast', 'frames') };
    const clientCpuS = done.reduce((a, d) => a + d.cpuS, 0) + tvStats.cpuS;
    return {
      tickets,
      desks: nDesks,
      tvs: nTvs,
      kiosks: nKiosks,
      workers: nWorkers,
      // Every socket that receives every broadcast: TVs, the size probe, desks, kiosks, one observer per worker.
      clients: nTvs + 1 + nDesks + nKiosks + nWorkers,
      issued: ackTimes.length,
      called: callsById.size,
      callsMeasured: callLat.length,
      callsIncomplete: incomplete,
      callToTvMs: summary(callLat),
      callSplitMs: { sendToHubEvent: summary(toHub), hubEventToLastTv: summary(hubToTvs) },
      issueMs: summary(issueLat),
      issueTpsSustained: round(sustained, 1),
      issueTpsOverall: round(ackTimes.length / windowS, 1),
      durationS: round((tEnd - tStart) / 1000, 1),
      calledFrameBytes: frameSizes.length ? Math.round(frameSizes.reduce((a, b) => a + b, 0) / frameSizes.length) : null,
      doubleCalledByAck: [...callsById.values()].filter((n) => n > 1).length,
      errors,
      clientCpuS: { workers: round(done.reduce((a, d) => a + d.cpuS, 0), 2), tvs: round(tvStats.cpuS, 2) },
      // What the simulated clients (desks, kiosks, TVs: separate machines in an office) cost this
      // machine per ticket, and so the most tickets/s its cores could carry with no hub at all.
      clientCpuMsPerTicket: round((1000 * clientCpuS) / Math.max(1, ackTimes.length), 3),
      clientCeilingTps: round((ackTimes.length * availableParallelism()) / Math.max(1e-9, clientCpuS), 1),
      // Group commit and frames, from the hub's /api/health counters over the run.
      commits: {
        ...commits,
        commandsPerTransaction: round(commits.commands / Math.max(1, commits.transactions), 2),
        meanTransactionMs: round(
          (healthAfter.commits.transactionMs - healthBefore.commits.transactionMs) / Math.max(1, commits.transactions),
          3,
        ),
        maxTransactionMs: round(healthAfter.commits.maxTransactionMs, 2),
      },
      broadcast: {
        ...broadcast,
        eventsPerFrame: round(broadcast.events / Math.max(1, broadcast.frames), 2),
        framesPerTicket: round(broadcast.frames / Math.max(1, ackTimes.length), 3),
      },
      // The TVs' process busy this share of the window (connecting included): near 100 % means the
      // call → TV figure carries the TV clients' own backlog, not only the hub's.
      tvProcessBusyPercent: round((100 * tvStats.cpuS) / ((tEnd - tStart) / 1000), 0),
      hub: {
        rssMb: round(after.rssMb, 1),
        hwmMb: round(after.hwmMb, 1),
        cpuPercent: round(cpuPercent(before, after), 0),
        userS: round(after.userS - before.userS, 2),
        sysS: round(after.sysS - before.sysS, 2),
        voluntarySwitches: after.voluntarySwitches - before.voluntarySwitches,
        involuntarySwitches: after.involuntarySwitches - before.involuntarySwitches,
      },
    };
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
  }
});
