// Floor driver: K listening socket.io clients (in listener shard processes, like the hub
// scenarios' TVs) and one sender. Sends `messages` calls at `rate` per second (open loop) and
// measures, for each, the time from the send until all K listeners have the broadcast.
import { io } from 'socket.io-client';
import { childMain, epochNow, progress, startListeners } from './lib/children.mjs';
import { cpuPercent, procSample } from './lib/procstat.mjs';
import { round, sleep, summary } from './lib/stats.mjs';

childMain(async ({ url, serverPid, listeners, shards, messages, rate, warmup }) => {
  const sentAt = new Map();
  const lat = [];
  const L = await startListeners({
    url,
    count: listeners,
    shards,
    key: 'id',
    onGot: (id, last) => {
      if (id >= warmup) lat.push(last - sentAt.get(id));
    },
  });
  const sender = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise((resolve, reject) => {
    sender.once('connect', resolve);
    sender.once('connect_error', reject);
  });
  progress(`floor: ${listeners} listeners in ${L.shards} process(es), ${messages} messages at ${rate}/s`);
  const interval = 1000 / rate;
  const before = procSample(serverPid);
  const t0 = performance.now();
  for (let id = 0; id < messages + warmup; id++) {
    const wait = t0 + id * interval - performance.now();
    if (wait > 0) await sleep(wait);
    sentAt.set(id, epochNow());
    sender.emit('call', { id });
  }
  const deadline = performance.now() + 15_000;
  while (lat.length < messages && performance.now() < deadline) await sleep(20);
  const after = procSample(serverPid);
  sender.close();
  const st = await L.stop();
  return {
    listeners,
    shards: L.shards,
    rate,
    sent: messages,
    complete: lat.length,
    frameBytes: st.frameBytes,
    listenerCpuS: Math.round(st.cpuS * 100) / 100,
    latencyMs: summary(lat),
    server: { rssMb: round(after.rssMb, 1), cpuPercent: round(cpuPercent(before, after), 0), userS: round(after.userS - before.userS, 2), sysS: round(after.sysS - before.sysS, 2) },
  };
});
