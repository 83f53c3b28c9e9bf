// Floor driver: K listening socket.io clients and one sender, in their own process like the hub
// scenarios' driver. Sends `messages` calls at `rate` per second (open loop) and measures, for
// each, the time from the send until all K listeners have the broadcast.
import { io } from 'socket.io-client';
import { childMain, progress } from './lib/children.mjs';
import { mapLimit, sleep, summary } from './lib/stats.mjs';

function connect(url) {
  const s = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

childMain(async ({ url, listeners, messages, rate, warmup }) => {
  const socks = await mapLimit(Array.from({ length: listeners }), 25, () => connect(url));
  const sender = await connect(url);
  const sentAt = new Map();
  const got = new Map();
  const lat = [];
  let bytes = 0;
  for (const s of socks) {
    s.on('ticket:called', (m) => {
      const n = (got.get(m.id) ?? 0) + 1;
      got.set(m.id, n);
      if (n === 1 && bytes === 0) bytes = Buffer.byteLength(`42${JSON.stringify(['ticket:called', m])}`);
      if (n === listeners) {
        if (m.id >= warmup) lat.push(performance.now() - sentAt.get(m.id));
        got.delete(m.id);
      }
    });
  }
  progress(`floor: ${listeners} listeners connected, ${messages} messages at ${rate}/s`);
  const interval = 1000 / rate;
  const t0 = performance.now();
  for (let id = 0; id < messages + warmup; id++) {
    const due = t0 + id * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    sentAt.set(id, performance.now());
    sender.emit('call', { id });
  }
  const deadline = performance.now() + 15_000;
  while (lat.length < messages && performance.now() < deadline) await sleep(20);
  for (const s of [...socks, sender]) s.close();
  return { listeners, rate, sent: messages, complete: lat.length, frameBytes: bytes, latencyMs: summary(lat) };
});
