// Scenario 3, TV page memory: headless Chromium renders /tv/?token=… while the hub streams
// `calls` ticket calls (kiosks issue, desks finish + call next). JS heap and DOM nodes are read
// over CDP after a forced GC, before and after the stream.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { childMain, progress } from './lib/children.mjs';
import { adminToken, closeAll, command, connectMany, createDesks, createDevices, serviceIds } from './lib/hub-client.mjs';
import { round, sleep } from './lib/stats.mjs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'];

async function measure(page, cdp) {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => globalThis.gc?.());
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    heapMb: m.JSHeapUsedSize / 1048576,
    nodes: m.Nodes,
    elements,
    listeners: m.JSEventListeners,
    documents: m.Documents,
  };
}

childMain(async ({ url, protocolVersion, calls: nCalls, desks: nDesks, kiosks: nKiosks, settleMs = 3000 }) => {
  if (!CHROMIUM) return { available: false, note: 'no Chromium at /usr/bin/chromium' };
  const tvPage = await fetch(`${url}/tv/`);
  const html = await tvPage.text();
  if (!tvPage.ok || !/<script/i.test(html)) return { available: false, note: `the hub serves no TV page at /tv/ (HTTP ${tvPage.status})` };

  const admin = await adminToken(url);
  const services = await serviceIds(url, admin);
  const [display] = await createDevices(url, admin, 'display', 1, 'TV Chromium');
  const kioskTokens = await createDevices(url, admin, 'kiosk', nKiosks, 'Kiosk TV memory');
  const desks = await createDesks(url, admin, services, nDesks, { firstNumber: 701 });

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const pid = browser.process?.()?.pid;
  if (pid) process.send({ type: 'pid', pid });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e).slice(0, 200)));
    await page.goto(`${url}/tv/?token=${encodeURIComponent(display)}`, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await sleep(settleMs);
    const before = await measure(page, cdp);
    progress(`TV page: heap ${before.heapMb.toFixed(1)} MB, ${before.nodes} nodes; streaming ${nCalls} calls`);

    const deskSockets = await connectMany(url, desks.map((d) => d.token), protocolVersion);
    const kiosks = await connectMany(url, kioskTokens, protocolVersion);
    desks.forEach((d, i) => (d.socket = deskSockets[i]));
    for (const d of desks) {
      const a = await command(d.socket, 'counter:open', { counterId: d.counterId });
      if (!a.ok) throw new Error(`counter:open: ${a.error.code}`);
    }
    let issued = 0;
    let called = 0;
    let lastLabel = null;
    const t0 = performance.now();
    const deadline = t0 + 600_000;
    const kioskLoop = async (k) => {
      let i = 0;
      while (issued < nCalls && performance.now() < deadline) {
        issued++;
        const a = await command(k, 'ticket:issue', { serviceId: services[i++ % services.length], priority: null });
        if (!a.ok) issued--;
      }
    };
    const deskLoop = async (d) => {
      let holding = false;
      while (called < nCalls && performance.now() < deadline) {
        const a = holding
          ? await command(d.socket, 'ticket:finish', { counterId: d.counterId, callNext: true })
          : await command(d.socket, 'ticket:callNext', { counterId: d.counterId });
        const t = a.ok ? (holding ? a.data.next : a.data.ticket) : null;
        if (t) {
          called++;
          lastLabel = t.label;
          holding = true;
        } else {
          holding = false;
          await sleep(5);
        }
      }
    };
    let lastReport = t0;
    const reporter = setInterval(() => {
      if (performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        progress(`TV page: ${called} calls streamed`);
      }
    }, 1000);
    await Promise.all([...kiosks.map(kioskLoop), ...desks.map(deskLoop)]);
    clearInterval(reporter);
    const streamS = (performance.now() - t0) / 1000;
    closeAll([...deskSockets, ...kiosks]);
    await sleep(settleMs);
    const shows = lastLabel ? await page.evaluate((l) => document.body.innerText.includes(l), lastLabel) : false;
    const after = await measure(page, cdp);
    return {
      available: true,
      calls: called,
      streamS: round(streamS, 1),
      before: { heapMb: round(before.heapMb), nodes: before.nodes, elements: before.elements, listeners: before.listeners },
      after: { heapMb: round(after.heapMb), nodes: after.nodes, elements: after.elements, listeners: after.listeners },
      heapGrowthMb: round(after.heapMb - before.heapMb),
      lastCallShown: shows,
      pageErrors: pageErrors.slice(0, 5),
    };
  } finally {
    await browser.close().catch(() => {});
  }
});
