import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Ticket } from '@motcua/protocol';
import { chromiumPath } from '../support/chromium.js';
import { command, connect, login, type HubSocket } from '../support/clients.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { assertAppsBuilt, launch, openPage, pageErrors, screenshot } from './browser.js';

// A TV runs for weeks without a reload: thousands of calls stream through a real hub while the
// page is open with sound on, and its DOM, listeners and JS heap stay flat (bounded lists, no
// leaking listeners or timers). Bounds are generous: they catch growth per call, not noise.

const COUNTERS: Array<{ counterId: string; serviceId: string }> = [
  { counterId: 'quay-1', serviceId: 'ho-tich' },
  { counterId: 'quay-3', serviceId: 'dat-dai' },
  { counterId: 'quay-4', serviceId: 'ho-kinh-doanh' },
  { counterId: 'quay-5', serviceId: 'linh-vuc-khac' },
];

interface Sample {
  heap: number;
  nodes: number;
  listeners: number;
  dom: number;
}

async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
  return {
    heap: m('JSHeapUsedSize'),
    nodes: m('Nodes'),
    listeners: m('JSEventListeners'),
    dom: await page.evaluate(() => document.getElementsByTagName('*').length),
  };
}

describe.skipIf(!chromiumPath())('TV memory over thousands of calls', () => {
  let hub: TestHub;
  let browser: Browser;
  const sockets: HubSocket[] = [];

  beforeAll(async () => {
    assertAppsBuilt();
    hub = await startTestHub({ printer: false });
    browser = await launch();
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await hub?.close();
  }, 120_000);

  it('keeps DOM, listeners and heap flat while 2,000 calls stream through', async () => {
    const kiosk = (await connect(hub.url, hub.deviceTokens.kiosk)).socket;
    sockets.push(kiosk);
    const desks = await Promise.all(
      COUNTERS.map(async (c) => {
        const clerk = hub.users.clerks.find((x) => x.counterId === c.counterId)!;
        const { token } = await login(hub.url, clerk.username, clerk.password);
        const { socket } = await connect(hub.url, token);
        sockets.push(socket);
        const opened = await command(socket, 'counter:open', { counterId: c.counterId });
        expect(opened.ok).toBe(true);
        return { ...c, socket, busy: false };
      }),
    );
    let lastLabel = '';
    let calls = 0;
    /** Each counter: a citizen takes a ticket for its service, the counter finishes and calls it. */
    const stream = async (total: number) => {
      const target = calls + total;
      await Promise.all(
        desks.map(async (d) => {
          while (calls < target) {
            const issued = await command(kiosk, 'ticket:issue', { serviceId: d.serviceId });
            if (!issued.ok) throw new Error(`issue: ${issued.error.code}`);
            let ticket: Ticket | null;
            if (d.busy) {
              const r = await command(d.socket, 'ticket:finish', { counterId: d.counterId, callNext: true });
              if (!r.ok) throw new Error(`finish at ${d.counterId}: ${r.error.code}`);
              ticket = r.data.next;
            } else {
              const r = await command(d.socket, 'ticket:callNext', { counterId: d.counterId });
              if (!r.ok) throw new Error(`call at ${d.counterId}: ${r.error.code}`);
              ticket = r.data.ticket;
            }
            d.busy = ticket !== null;
            if (ticket) {
              calls++;
              lastLabel = ticket.label;
            }
          }
        }),
      );
    };

    const tv = await openPage(browser, `${hub.url}/tv/?token=${hub.deviceTokens.display}`, { width: 1920, height: 1080 });
    await tv.locator('.tv').waitFor();
    await tv.getByTestId('tv-sound').click();
    await expect.poll(() => tv.getByTestId('tv-sound').getAttribute('data-state'), { timeout: 15_000 }).toBe('on');
    const cdp = await tv.context().newCDPSession(tv);
    await cdp.send('Performance.enable');

    // Warm up: lists fill to their bounds, the clip set is decoded, code paths are compiled.
    await stream(200);
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 30_000 }).toBe(lastLabel);
    const before = await sample(tv, cdp);

    await stream(2_000);
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 60_000 }).toBe(lastLabel);
    const after = await sample(tv, cdp);
    await screenshot(tv, 'tv-after-2000-calls');

    const growth = { heapMB: (after.heap - before.heap) / 1e6, nodes: after.nodes - before.nodes, dom: after.dom - before.dom };
    expect(calls).toBeGreaterThanOrEqual(2_200);
    expect(after.dom, `DOM elements ${before.dom} → ${after.dom}`).toBeLessThanOrEqual(before.dom + 20);
    expect(after.nodes, `DOM nodes (incl. detached) ${before.nodes} → ${after.nodes}`).toBeLessThanOrEqual(before.nodes + 200);
    expect(after.listeners, `JS event listeners ${before.listeners} → ${after.listeners}`).toBeLessThanOrEqual(before.listeners + 20);
    expect(growth.heapMB, `JS heap ${(before.heap / 1e6).toFixed(1)} → ${(after.heap / 1e6).toFixed(1)} MB`).toBeLessThan(3);
    // the voice queue stays bounded too (V18: at most 200 waiting)
    const pending = await tv.evaluate(() => (window as unknown as { __motcuaVoice?: { pending(): unknown[] } }).__motcuaVoice?.pending().length ?? -1);
    expect(pending).toBeGreaterThanOrEqual(0);
    expect(pending).toBeLessThanOrEqual(200);
    expect(await tv.locator('.tv-recent-list li').count()).toBeLessThanOrEqual(6);
    expect(pageErrors(tv)).toEqual([]);
    console.info(`TV memory over ${calls} calls: ${JSON.stringify({ before, after, growth })}`);
  }, 180_000);
});
