// Scenario 4, print: a kiosk whose printer is the virtual printer (its own process, TCP on
// loopback) issues tickets one after another; for each, the time from sending ticket:issue to the
// last byte of its job accepted by the printer. Both sides read the same clock
// (performance.timeOrigin + performance.now(), epoch ms).
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, childMain, progress } from './lib/children.mjs';
import { adminToken, api, command, connect, serviceIds } from './lib/hub-client.mjs';
import { sleep, summary } from './lib/stats.mjs';

const epochNow = () => performance.timeOrigin + performance.now();

childMain(async ({ url, protocolVersion, tickets, outDir }) => {
  const printer = fork(join(ROOT, 'bench/virtual-printer.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  process.send({ type: 'pid', pid: printer.pid });
  try {
    const jobs = [];
    let wakeJob = null;
    const ready = new Promise((resolve, reject) => {
      printer.on('message', (m) => {
        if (m.type === 'ready') resolve(m.port);
        if (m.type === 'job') {
          jobs.push(m.job);
          wakeJob?.();
        }
      });
      printer.once('exit', (c) => reject(new Error(`virtual printer exited ${c}`)));
    });
    printer.send({ type: 'start', input: { outDir } });
    const port = await ready;

    const admin = await adminToken(url);
    const services = await serviceIds(url, admin);
    const probe = await fetch(`${url}/api/admin/printers`, { headers: { authorization: `Bearer ${admin}` } });
    if (probe.status === 404) return { available: false, note: 'the hub has no printer configuration API (/api/admin/printers)' };
    await api(url, '/api/admin/printers/bench-printer', admin, {
      name: 'Máy in ảo (bench)',
      transport: { kind: 'tcp', host: '127.0.0.1', port },
      widthDots: 576,
      dpi: 203,
    }, 'PUT');
    const dev = await api(url, '/api/admin/devices', admin, { name: 'Kiosk in (bench)', role: 'kiosk' });
    await api(url, `/api/admin/devices/${dev.device.id}/printer`, admin, { printerId: 'bench-printer' }, 'PUT');
    const { socket } = await connect(url, dev.token, protocolVersion);

    const lat = [];
    const errors = {};
    let bytes = 0;
    let lastReport = performance.now();
    for (let i = 0; i < tickets; i++) {
      const before = jobs.length;
      const t0 = epochNow();
      const a = await command(socket, 'ticket:issue', { serviceId: services[i % services.length], priority: null });
      if (!a.ok || !a.data.printJobId) {
        const code = a.ok ? 'NO_PRINT_JOB' : a.error.code;
        errors[code] = (errors[code] ?? 0) + 1;
        if (code === 'NO_PRINT_JOB' && i === 0) {
          socket.close();
          return { available: false, note: 'ticket:issue answers printJobId = null for a kiosk with a printer' };
        }
        continue;
      }
      const deadline = performance.now() + 15_000;
      while (jobs.length === before && performance.now() < deadline) {
        await new Promise((r) => {
          wakeJob = r;
          setTimeout(r, 100);
        });
      }
      const job = jobs[before];
      if (!job || job.outcome !== 'printed') {
        errors[job ? `job:${job.outcome}` : 'job:timeout'] = (errors[job ? `job:${job.outcome}` : 'job:timeout'] ?? 0) + 1;
        continue;
      }
      lat.push(job.lastByteAt - t0);
      bytes = job.receivedBytes;
      if (performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        progress(`print: ${lat.length} tickets printed`);
      }
      await sleep(20);
    }
    socket.close();
    return { available: true, tickets, printed: lat.length, jobBytes: bytes, errors, latencyMs: summary(lat) };
  } finally {
    printer.kill('SIGKILL');
  }
});
