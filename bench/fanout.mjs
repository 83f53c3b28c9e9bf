// Scenario 2, fan-out: N TV clients (in listener shard processes), one desk calling at a fixed
// rate (open loop, finish + call-next, the desk's usual button); for each call, the time from the
// desk's send until all N TVs have its ticket:called. Samples the hub's RSS and CPU from /proc.
import { childMain, epochNow, progress, startListeners } from './lib/children.mjs';
import { adminToken, command, connect, createDesks, createDevices, serviceIds } from './lib/hub-client.mjs';
import { cpuPercent, procSample } from './lib/procstat.mjs';
import { round, sleep, summary } from './lib/stats.mjs';

childMain(async ({ url, protocolVersion, hubPid, tvs: nTvs, shards, calls: nCalls, rate, warmup }) => {
  const idle = procSample(hubPid);
  const admin = await adminToken(url);
  const services = await serviceIds(url, admin);
  const [desk] = await createDesks(url, admin, services, 1, { firstNumber: 901 });
  const [kioskToken] = await createDevices(url, admin, 'kiosk', 1, 'Kiosk fan-out');
  const tvTokens = await createDevices(url, admin, 'display', Math.min(nTvs, 100), 'TV fan-out');
  const kiosk = (await connect(url, kioskToken, protocolVersion)).socket;
  const total = nCalls + warmup;
  for (let i = 0; i < total + 1; i++) {
    const a = await command(kiosk, 'ticket:issue', { serviceId: services[i % services.length], priority: null });
    if (!a.ok) throw new Error(`issue: ${a.error.code}`);
  }
  kiosk.close();
  const beforeClients = procSample(hubPid);
  const tConnect = performance.now();
  const got = new Map();
  const L = await startListeners({
    url,
    tokens: tvTokens,
    count: nTvs,
    shards,
    protocolVersion,
    key: 'ticket.id',
    onGot: (id, last) => got.set(id, last),
  });
  progress(`fan-out: ${nTvs} TVs in ${L.shards} process(es) connected in ${((performance.now() - tConnect) / 1000).toFixed(1)} s`);
  const deskSocket = (await connect(url, desk.token, protocolVersion)).socket;
  const open = await command(deskSocket, 'counter:open', { counterId: desk.counterId });
  if (!open.ok) throw new Error(`counter:open: ${open.error.code}`);
  await sleep(1000);

  const sends = [];
  const errors = {};
  const interval = 1000 / rate;
  const before = procSample(hubPid);
  let peakRss = before.rssMb;
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = t0 + i * interval - performance.now();
    if (wait > 0) await sleep(wait);
    const s = { t0: epochNow(), id: null, warm: i < warmup };
    sends.push(s);
    const first = i === 0;
    command(deskSocket, first ? 'ticket:callNext' : 'ticket:finish', first ? { counterId: desk.counterId } : { counterId: desk.counterId, callNext: true }).then(
      (a) => {
        if (!a.ok) errors[a.error.code] = (errors[a.error.code] ?? 0) + 1;
        else s.id = (first ? a.data.ticket : a.data.next)?.id ?? null;
      },
    );
    if (i % rate === 0) peakRss = Math.max(peakRss, procSample(hubPid).rssMb);
  }
  const deadline = performance.now() + 20_000;
  while (got.size < total && performance.now() < deadline) await sleep(20);
  const after = procSample(hubPid);
  deskSocket.close();
  const st = await L.stop();

  const lat = [];
  let incomplete = 0;
  for (const s of sends) {
    if (s.warm) continue;
    const last = s.id && got.get(s.id);
    if (last) lat.push(last - s.t0);
    else incomplete++;
  }
  return {
    tvs: nTvs,
    shards: L.shards,
    rate,
    calls: nCalls,
    complete: lat.length,
    incomplete,
    errors,
    latencyMs: summary(lat),
    listenerCpuS: round(st.cpuS, 2),
    hub: {
      rssIdleMb: round(idle.rssMb, 1),
      rssBeforeClientsMb: round(beforeClients.rssMb, 1),
      rssMb: round(after.rssMb, 1),
      rssPeakMb: round(Math.max(peakRss, after.rssMb), 1),
      hwmMb: round(after.hwmMb, 1),
      cpuPercent: round(cpuPercent(before, after), 0),
      userS: round(after.userS - before.userS, 2),
      sysS: round(after.sysS - before.sysS, 2),
    },
  };
});
