// Scenario 1, office day: K kiosks issue tickets concurrently (closed loop, each waits for its
// ack), D desks call as fast as the queue allows (finish + call-next as soon as they hold a
// ticket; an idle desk is woken when a ticket is issued), T TVs listen. Runs in its own process.
import { childMain, epochNow, progress, startListeners } from './lib/children.mjs';
import {
  adminToken,
  closeAll,
  command,
  connect,
  connectMany,
  createDesks,
  createDevices,
  frameBytes,
  serviceIds,
} from './lib/hub-client.mjs';
import { procSample, cpuPercent } from './lib/procstat.mjs';
import { round, sleep, summary } from './lib/stats.mjs';

const PRIORITIES = ['elderly', 'disabled', 'pregnant', 'merit'];

childMain(async (p) => {
  const { url, protocolVersion, hubPid, tickets, desks: nDesks, tvs: nTvs, kiosks: nKiosks, timeoutS } = p;
  const admin = await adminToken(url);
  const services = await serviceIds(url, admin);
  const kioskTokens = await createDevices(url, admin, 'kiosk', nKiosks, 'Kiosk bench');
  const tvTokens = await createDevices(url, admin, 'display', nTvs, 'TV bench');
  const t0Setup = performance.now();
  progress(`office day: creating ${nDesks} counters and clerks (scrypt hashing, not measured)`);
  const desks = await createDesks(url, admin, services, nDesks);
  progress(`office day: clerks ready in ${((performance.now() - t0Setup) / 1000).toFixed(1)} s; connecting`);
  // TVs in a process of their own: their arrival times are not held up by the desks' and kiosks'
  // event processing in this one. `onGot` fires when all of them have a ticket's call.
  const tvDoneAt = new Map();
  const tvs = await startListeners({
    url,
    tokens: tvTokens,
    count: nTvs,
    shards: 1,
    protocolVersion,
    key: 'ticket.id',
    onGot: (id, last) => tvDoneAt.set(id, last),
  });
  // One more display client here is the desks' observer: it wakes an idle desk per issued ticket.
  const observer = (await connect(url, tvTokens[0], protocolVersion)).socket;
  const frameSizes = [];
  observer.on('ticket:called', (c) => {
    if (frameSizes.length < 500) frameSizes.push(frameBytes('ticket:called', c));
  });
  const deskSockets = await connectMany(url, desks.map((d) => d.token), protocolVersion);
  const kiosks = await connectMany(url, kioskTokens, protocolVersion);
  desks.forEach((d, i) => (d.socket = deskSockets[i]));
  for (const d of desks) {
    const a = await command(d.socket, 'counter:open', { counterId: d.counterId });
    if (!a.ok) throw new Error(`counter:open ${d.counterId}: ${a.error.code}`);
  }
  await sleep(300); // let the counter:changed broadcasts settle

  // Desks.
  const errors = {};
  const countError = (code) => (errors[code] = (errors[code] ?? 0) + 1);
  const calls = []; // { id, t0 }
  const callsById = new Map();
  const idle = [...desks];
  let issuedSeen = 0;
  let calledSeen = 0;
  let inFlight = 0; // call-next and finish+call-next commands not yet acked
  let stopping = false;
  observer.on('ticket:issued', () => {
    issuedSeen++;
    wake();
  });
  observer.on('ticket:called', () => calledSeen++);

  const took = (desk, ticket, t0Epoch) => {
    calls.push({ id: ticket.id, t0: t0Epoch });
    callsById.set(ticket.id, (callsById.get(ticket.id) ?? 0) + 1);
    finishAndCall(desk);
  };
  function callNext(desk) {
    inFlight++;
    const t0 = epochNow();
    command(desk.socket, 'ticket:callNext', { counterId: desk.counterId }).then((a) => {
      inFlight--;
      if (a.ok) took(desk, a.data.ticket, t0);
      else {
        if (a.error.code !== 'QUEUE_EMPTY') countError(`callNext:${a.error.code}`);
        idle.push(desk);
      }
    });
  }
  function finishAndCall(desk) {
    inFlight++;
    const t0 = epochNow();
    command(desk.socket, 'ticket:finish', { counterId: desk.counterId, callNext: true }).then((a) => {
      inFlight--;
      if (!a.ok) {
        countError(`finish:${a.error.code}`);
        idle.push(desk);
      } else if (a.data.next) took(desk, a.data.next, t0);
      else idle.push(desk);
    });
  }
  function wake() {
    while (!stopping && idle.length && inFlight < issuedSeen - calledSeen) callNext(idle.pop());
  }
  const sweep = setInterval(wake, 20);

  // Kiosks.
  const issueLat = [];
  const ackTimes = [];
  let sent = 0;
  let issued = 0;
  let rng = 12345;
  const rand = () => ((rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const before = procSample(hubPid);
  const cpu0 = process.cpuUsage();
  const tStart = performance.now();
  const deadline = tStart + timeoutS * 1000;
  let lastReport = tStart;
  const kioskLoop = async (k) => {
    while (sent < tickets && performance.now() < deadline) {
      sent++;
      const serviceId = services[Math.floor(rand() * services.length)];
      const priority = rand() < 0.05 ? PRIORITIES[Math.floor(rand() * PRIORITIES.length)] : null;
      const t0 = performance.now();
      const a = await command(k, 'ticket:issue', { serviceId, priority });
      const t1 = performance.now();
      if (a.ok) {
        issued++;
        issueLat.push(t1 - t0);
        ackTimes.push(t1);
      } else countError(`issue:${a.error.code}`);
      if (t1 - lastReport > 5000) {
        lastReport = t1;
        progress(`office day: ${issued} issued, ${calls.length} called, ${tvDoneAt.size} on every TV`);
      }
    }
  };
  await Promise.all(kiosks.map(kioskLoop));
  const tIssued = performance.now();
  while (performance.now() < deadline && (callsById.size < issued || tvDoneAt.size < callsById.size)) await sleep(10);
  stopping = true;
  clearInterval(sweep);
  const tEnd = performance.now();
  const after = procSample(hubPid);
  const cpu = process.cpuUsage(cpu0);
  await sleep(200);
  closeAll([observer, ...deskSockets, ...kiosks]);
  const tvStats = await tvs.stop();

  const callLat = [];
  let incomplete = 0;
  for (const c of calls) {
    const last = tvDoneAt.get(c.id);
    if (last) callLat.push(last - c.t0);
    else incomplete++;
  }
  // Sustained rate: the middle 80 % of acknowledgements (ramp-up and tail excluded).
  const i10 = Math.floor(ackTimes.length * 0.1);
  const i90 = Math.max(i10 + 1, Math.floor(ackTimes.length * 0.9) - 1);
  const sustained = ackTimes.length > 10 ? (i90 - i10) / ((ackTimes[i90] - ackTimes[i10]) / 1000) : null;
  const doubleCalledByAck = [...callsById.values()].filter((n) => n > 1).length;
  return {
    tickets,
    desks: nDesks,
    tvs: nTvs,
    kiosks: nKiosks,
    issued,
    called: callsById.size,
    callsMeasured: callLat.length,
    callsIncomplete: incomplete,
    callToTvMs: summary(callLat),
    issueMs: summary(issueLat),
    issueTpsSustained: round(sustained, 1),
    issueTpsOverall: round(issued / ((tIssued - tStart) / 1000), 1),
    durationS: round((tEnd - tStart) / 1000, 1),
    calledFrameBytes: frameSizes.length ? Math.round(frameSizes.reduce((a, b) => a + b, 0) / frameSizes.length) : null,
    doubleCalledByAck,
    errors,
    tvProcessCpuS: round(tvStats.cpuS, 2),
    driverCpuPercent: round((100 * (cpu.user + cpu.system)) / 1000 / (tEnd - tStart), 0),
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
});
