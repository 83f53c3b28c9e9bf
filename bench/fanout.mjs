// Scenario 2, fan-out: N TV clients (in listener shard processes), one desk calling at a fixed
// rate (open loop); for each call, the time from the desk's send until all N TVs have its
// ticket:called. Two phases: the clerk finishes half a period before calling next (the headline
// figure: each call is its own broadcast, as in the floor, with the finishes in between), then
// "finish + call next" as one command (each call follows a ticket:finished to every client in
// the same burst). Samples the hub's RSS and CPU from /proc during the first phase.
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
  for (let i = 0; i < 2 * total + 1; i++) {
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

  const errors = {};
  const interval = 1000 / rate;
  const before = procSample(hubPid);
  let peakRss = before.rssMb;
  let holding = false;
  const send = (name, payload) =>
    command(deskSocket, name, payload).then((a) => {
      if (!a.ok) errors[`${name}:${a.error.code}`] = (errors[`${name}:${a.error.code}`] ?? 0) + 1;
      return a;
    });
  /**
   * `separate`: the clerk finishes, and half a period later calls next — the measured call is a
   * burst of one event. `combined`: "finish + call next" in one command — the call's burst is
   * two events (ticket:finished, then ticket:called) to every client.
   */
  const phase = async (mode) => {
    const sends = [];
    const t0 = performance.now();
    for (let i = 0; i < total; i++) {
      const wait = t0 + i * interval - performance.now();
      if (wait > 0) await sleep(wait);
      const s = { t0: epochNow(), id: null, warm: i < warmup };
      sends.push(s);
      if (mode === 'combined' && holding) {
        send('ticket:finish', { counterId: desk.counterId, callNext: true }).then((a) => (s.id = a.ok ? (a.data.next?.id ?? null) : null));
      } else {
        send('ticket:callNext', { counterId: desk.counterId }).then((a) => (s.id = a.ok ? a.data.ticket.id : null));
        holding = true;
        if (mode === 'separate') {
          await sleep(Math.max(0, t0 + (i + 0.5) * interval - performance.now()));
          send('ticket:finish', { counterId: desk.counterId });
          holding = false;
        }
      }
      if (i % rate === 0) peakRss = Math.max(peakRss, procSample(hubPid).rssMb);
    }
    const deadline = performance.now() + 20_000;
    while (sends.some((s) => s.id === null || !got.has(s.id)) && performance.now() < deadline) await sleep(20);
    const lat = [];
    let incomplete = 0;
    for (const s of sends) {
      if (s.warm) continue;
      const last = s.id && got.get(s.id);
      if (last) lat.push(last - s.t0);
      else incomplete++;
    }
    return { complete: lat.length, incomplete, latencyMs: summary(lat) };
  };
  const separate = await phase('separate');
  const after = procSample(hubPid);
  const combined = await phase('combined');
  deskSocket.close();
  const st = await L.stop();

  return {
    tvs: nTvs,
    shards: L.shards,
    // Broadcasts of the measured (first) phase: a ticket:called and a ticket:finished per call,
    // each to the TVs and the desk.
    framesFirstPhase: 2 * total * (nTvs + 1),
    rate,
    calls: nCalls,
    errors,
    latencyMs: separate.latencyMs,
    complete: separate.complete,
    incomplete: separate.incomplete,
    finishAndCall: combined,
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
