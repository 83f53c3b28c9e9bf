// Scenario 2, fan-out: N TV clients, one desk calling at a fixed rate (open loop, finish +
// call-next); for each call, the time until all N TVs have its ticket:called. Samples the hub's
// RSS and CPU from /proc over the calling window.
import { childMain, progress } from './lib/children.mjs';
import { adminToken, closeAll, command, connect, connectMany, createDesks, createDevices, serviceIds } from './lib/hub-client.mjs';
import { cpuPercent, procSample } from './lib/procstat.mjs';
import { round, sleep, summary } from './lib/stats.mjs';

childMain(async ({ url, protocolVersion, hubPid, tvs: nTvs, calls: nCalls, rate, warmup }) => {
  const admin = await adminToken(url);
  const services = await serviceIds(url, admin);
  const idle = procSample(hubPid);
  const [desk] = await createDesks(url, admin, services, 1, { firstNumber: 901 });
  const [kioskToken] = await createDevices(url, admin, 'kiosk', 1, 'Kiosk fan-out');
  const tvTokens = await createDevices(url, admin, 'display', nTvs, 'TV fan-out');
  const kiosk = (await connect(url, kioskToken, protocolVersion)).socket;
  const total = nCalls + warmup;
  for (let i = 0; i < total + 1; i++) {
    const a = await command(kiosk, 'ticket:issue', { serviceId: services[i % services.length], priority: null });
    if (!a.ok) throw new Error(`issue: ${a.error.code}`);
  }
  const beforeClients = procSample(hubPid);
  const tConnect = performance.now();
  const tvs = await connectMany(url, tvTokens, protocolVersion, 20);
  progress(`fan-out: ${nTvs} TVs connected in ${((performance.now() - tConnect) / 1000).toFixed(1)} s`);
  const deskSocket = (await connect(url, desk.token, protocolVersion)).socket;
  const open = await command(deskSocket, 'counter:open', { counterId: desk.counterId });
  if (!open.ok) throw new Error(`counter:open: ${open.error.code}`);
  await sleep(500);

  const arrivals = new Map();
  let done = 0;
  for (const tv of tvs) {
    tv.on('ticket:called', (c) => {
      const now = performance.now();
      let a = arrivals.get(c.ticket.id);
      if (!a) arrivals.set(c.ticket.id, (a = { n: 0, last: 0 }));
      a.n++;
      a.last = now;
      if (a.n === nTvs) done++;
    });
  }
  const sends = []; // { t0, id }
  const errors = {};
  const interval = 1000 / rate;
  const before = procSample(hubPid);
  let peakRss = before.rssMb;
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const s = { t0: performance.now(), id: null, warm: i < warmup };
    sends.push(s);
    const name = i === 0 ? 'ticket:callNext' : 'ticket:finish';
    const payload = i === 0 ? { counterId: desk.counterId } : { counterId: desk.counterId, callNext: true };
    command(deskSocket, name, payload).then((a) => {
      if (!a.ok) errors[a.error.code] = (errors[a.error.code] ?? 0) + 1;
      else s.id = (i === 0 ? a.data.ticket : a.data.next)?.id ?? null;
    });
    if (i % rate === 0) peakRss = Math.max(peakRss, procSample(hubPid).rssMb);
  }
  const deadline = performance.now() + 20_000;
  while (done < total && performance.now() < deadline) await sleep(20);
  const after = procSample(hubPid);
  closeAll([...tvs, deskSocket, kiosk]);

  const lat = [];
  let incomplete = 0;
  for (const s of sends) {
    if (s.warm) continue;
    const a = s.id && arrivals.get(s.id);
    if (a && a.n >= nTvs) lat.push(a.last - s.t0);
    else incomplete++;
  }
  return {
    tvs: nTvs,
    rate,
    calls: nCalls,
    complete: lat.length,
    incomplete,
    errors,
    latencyMs: summary(lat),
    hub: {
      rssIdleMb: round(idle.rssMb, 1),
      rssBeforeClientsMb: round(beforeClients.rssMb, 1),
      rssMb: round(after.rssMb, 1),
      rssPeakMb: round(Math.max(peakRss, after.rssMb), 1),
      hwmMb: round(after.hwmMb, 1),
      cpuPercent: round(cpuPercent(before, after), 0),
    },
  };
});
