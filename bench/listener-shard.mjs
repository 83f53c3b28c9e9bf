// A shard of listening clients (TVs, or the bare floor's listeners) in its own process, so that
// receiving the broadcasts is not limited to one event loop. For each key (ticket id, or the
// floor's message id) it reports over IPC the epoch time at which the last of its clients got the
// event. Same code for the hub scenarios and the floors.
import { io } from 'socket.io-client';
import { mapLimit } from './lib/stats.mjs';

const epochNow = () => performance.timeOrigin + performance.now();

function open(url, token, protocolVersion) {
  const s = io(url, {
    ...(token ? { auth: { token, protocolVersion } } : {}),
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('connect timeout')), 60_000);
    // A hub client is ready once its snapshot arrived; a bare one once connected.
    s.once(token ? 'state:snapshot' : 'connect', () => {
      clearTimeout(t);
      resolve(s);
    });
    s.once('connect_error', (e) => {
      clearTimeout(t);
      reject(e);
    });
  });
}

process.on('disconnect', () => process.exit(1));
process.on('message', async (m) => {
  if (m.type !== 'start') return;
  const { url, tokens, count, protocolVersion, event, key } = m.input;
  const keyOf = key === 'ticket.id' ? (p) => p.ticket.id : (p) => p.id;
  let sockets = [];
  try {
    sockets = await mapLimit(Array.from({ length: count }, (_, i) => tokens?.[i % tokens.length] ?? null), 20, (t) =>
      open(url, t, protocolVersion),
    );
  } catch (err) {
    process.send({ type: 'error', message: String(err?.message ?? err) });
    return;
  }
  const arrivals = new Map();
  let frameBytes = null;
  const got = (p, now) => {
    const k = keyOf(p);
    const n = (arrivals.get(k) ?? 0) + 1;
    if (n === count) {
      arrivals.delete(k);
      // `at`: when the hub made the event (its clock, ms), to split a latency at the hub
      const at = typeof p.at === 'string' ? Date.parse(p.at) : null;
      process.send({ type: 'got', key: k, last: now, at });
    } else arrivals.set(k, n);
  };
  const hub = Boolean(tokens?.length);
  for (const s of sockets) {
    if (hub) {
      // A hub client: the events of a commit arrive together in one `events` frame.
      s.on('events', (events) => {
        const now = epochNow();
        if (frameBytes === null) frameBytes = Buffer.byteLength(`42${JSON.stringify(['events', events])}`);
        for (const e of events) if (e.name === event) got(e.change, now);
      });
    } else {
      s.on(event, (p) => {
        const now = epochNow();
        if (frameBytes === null) frameBytes = Buffer.byteLength(`42${JSON.stringify([event, p])}`);
        got(p, now);
      });
    }
  }
  process.on('message', (x) => {
    if (x.type !== 'stop') return;
    for (const s of sockets) s.close();
    const cpu = process.cpuUsage();
    process.send({ type: 'stopped', incomplete: arrivals.size, frameBytes, cpuS: (cpu.user + cpu.system) / 1e6 }, () =>
      process.exit(0),
    );
  });
  process.send({ type: 'ready' });
});
