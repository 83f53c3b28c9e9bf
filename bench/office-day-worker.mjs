// One worker of the office day (bench/office-day.mjs): a share of the desks and kiosks in a
// process of its own, so that the clients' own event processing is spread over the cores.
// Kiosks issue in a closed loop (each waits for its ack) until the worker's share is issued;
// desks call as fast as the queue allows: finish + call next as soon as they hold a ticket, and
// an idle desk is woken when this worker's observer sees a ticket issued.
import { closeAll, command, connect, connectMany, onEvent } from './lib/hub-client.mjs';
import { epochNow } from './lib/children.mjs';
import { sleep } from './lib/stats.mjs';

const PRIORITIES = ['elderly', 'disabled', 'pregnant', 'merit'];

process.on('disconnect', () => process.exit(1));
process.once('message', async (m) => {
  if (m.type !== 'start') return;
  const { url, protocolVersion, desks, kioskTokens, observerToken, tickets, services, seed, kioskIntervalMs = 0, phase = 0 } = m.input;
  const observer = (await connect(url, observerToken, protocolVersion)).socket;
  const deskSockets = await connectMany(url, desks.map((d) => d.token), protocolVersion);
  const kiosks = await connectMany(url, kioskTokens, protocolVersion);
  desks.forEach((d, i) => (d.socket = deskSockets[i]));
  for (const d of desks) {
    const a = await command(d.socket, 'counter:open', { counterId: d.counterId });
    if (!a.ok) {
      process.send({ type: 'error', message: `counter:open ${d.counterId}: ${a.error.code}` });
      return;
    }
  }

  const errors = {};
  const countError = (code) => (errors[code] = (errors[code] ?? 0) + 1);
  let newCalls = []; // { id, t0 } not yet reported
  const idle = [...desks];
  let issuedSeen = 0;
  let calledSeen = 0;
  let inFlight = 0; // call-next and finish + call-next commands not yet answered
  let stopping = false;
  onEvent(observer, 'ticket:issued', () => {
    issuedSeen++;
    wake();
  });
  onEvent(observer, 'ticket:called', () => calledSeen++);

  const took = (desk, ticket, t0) => {
    newCalls.push({ id: ticket.id, t0 });
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

  const issueLat = [];
  const ackTimes = [];
  let sent = 0;
  let issued = 0;
  let rng = seed;
  const rand = () => (rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  // Closed loop as fast as acks come back, or (paced) each kiosk at most once per interval,
  // the kiosks spread evenly over it.
  const kioskLoop = async (k, j) => {
    const start = performance.now() + ((j / kiosks.length + phase) % 1) * kioskIntervalMs;
    for (let round = 0; sent < tickets && !stopping; round++) {
      if (kioskIntervalMs > 0) {
        const wait = start + round * kioskIntervalMs - performance.now();
        if (wait > 0) await sleep(wait);
        if (sent >= tickets || stopping) break;
      }
      sent++;
      const serviceId = services[Math.floor(rand() * services.length)];
      const priority = rand() < 0.05 ? PRIORITIES[Math.floor(rand() * PRIORITIES.length)] : null;
      const t0 = epochNow();
      const a = await command(k, 'ticket:issue', { serviceId, priority });
      const t1 = epochNow();
      if (a.ok) {
        issued++;
        issueLat.push(t1 - t0);
        ackTimes.push(t1);
      } else countError(`issue:${a.error.code}`);
    }
  };

  const report = () => {
    process.send({ type: 'progress', issued, calls: newCalls });
    newCalls = [];
  };
  let timer = null;
  process.on('message', async (x) => {
    if (x.type === 'go') {
      timer = setInterval(report, 100);
      const sweep = setInterval(wake, 20);
      const cpu0 = process.cpuUsage();
      await Promise.all(kiosks.map(kioskLoop));
      report();
      process.once('message', async (y) => {
        if (y.type !== 'stop') return;
        stopping = true;
        clearInterval(timer);
        clearInterval(sweep);
        report();
        const cpu = process.cpuUsage(cpu0);
        await sleep(100);
        closeAll([observer, ...deskSockets, ...kiosks]);
        process.send({ type: 'done', issueLat, ackTimes, errors, cpuS: (cpu.user + cpu.system) / 1e6 }, () => process.exit(0));
      });
      process.send({ type: 'issued' });
    }
  });
  process.send({ type: 'ready' });
});
