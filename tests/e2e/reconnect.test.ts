import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CommandResults } from '@motcua/protocol';
import { chromiumPath } from '../support/chromium.js';
import { bundleHubForTest, freePort, startHubProcess, type HubProcess } from '../support/hub-process.js';
import { assertAppsBuilt, launch, openPage, pageErrors, screenshot } from './browser.js';

async function post<T>(url: string, path: string, token: string, body: unknown): Promise<T> {
  const r = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await r.json()) as T;
  if (!r.ok) throw new Error(`${path}: ${r.status} ${JSON.stringify(json)}`);
  return json;
}

// The TV page stays open while the hub process is killed (kill -9) and started again on the
// same port and database: it shows the offline indicator, keeps the last call on screen,
// reconnects by itself and shows the next call, all without a reload.
describe.skipIf(!chromiumPath())('TV page across a hub restart', () => {
  let bundle: string;
  let dataDir: string;
  let browser: Browser;
  const procs: HubProcess[] = [];

  beforeAll(async () => {
    assertAppsBuilt();
    bundle = await bundleHubForTest();
    dataDir = mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    for (const p of procs) await p.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    if (bundle) rmSync(bundle, { force: true });
  }, 120_000);

  it('recovers after kill -9 and shows the next call live', async () => {
    const port = await freePort();
    const first = await startHubProcess(bundle, dataDir, port);
    procs.push(first);
    const m = /quầy (\d+): (\S+) \/ (\S+)/.exec(first.stdout());
    expect(m, 'the banner prints the demo clerks').not.toBeNull();
    const [, , username, password] = m!;

    const clerkCall = async (url: string) => {
      const session = await post<{ token: string }>(url, '/api/auth/login', '', { username, password });
      const me = (await (await fetch(`${url}/api/auth/me`, { headers: { authorization: `Bearer ${session.token}` } })).json()) as {
        actor: { id: string };
      };
      const snap = (await (await fetch(`${url}/api/snapshot`, { headers: { authorization: `Bearer ${session.token}` } })).json()) as {
        counters: { id: string; number: number; clerkId: string | null; status: string }[];
      };
      // the clerk's demo counter: the one with their number in the banner
      const counter = snap.counters.find((c) => c.number === Number(m![1]))!;
      if (counter.status === 'closed' || counter.clerkId !== me.actor.id) {
        await post(url, '/api/commands/counter:open', session.token, { counterId: counter.id });
      }
      const issued = await post<{ data: CommandResults['ticket:issue'] }>(url, '/api/commands/ticket:issue', first.kiosk, {
        serviceId: 'ho-tich',
      });
      const cur = await post<{ data: CommandResults['ticket:callNext'] }>(url, '/api/commands/ticket:callNext', session.token, {
        counterId: counter.id,
      }).catch(async () => {
        // a ticket is still at the counter: finish it and call the next
        const r = await post<{ data: CommandResults['ticket:finish'] }>(url, '/api/commands/ticket:finish', session.token, {
          counterId: counter.id,
          callNext: true,
        });
        return { data: { ticket: r.data.next!, counter: r.data.counter } };
      });
      return { label: cur.data.ticket.label, issued: issued.data.ticket.label, number: counter.number };
    };

    const tv = await openPage(browser, `${first.url}/tv/?token=${first.display}`, { width: 1920, height: 1080 });
    await tv.locator('.tv').waitFor();
    await tv.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const before = await clerkCall(first.url);
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(before.label);

    const kiosk = await openPage(browser, `${first.url}/kiosk/?token=${first.kiosk}`, { width: 1920, height: 1080 });
    const firstService = kiosk.locator('.kiosk-service').first();
    await expect.poll(() => firstService.isEnabled(), { timeout: 15_000 }).toBe(true);

    await first.kill9();
    const indicator = tv.locator('.mc-conn');
    await expect.poll(() => indicator.textContent(), { timeout: 20_000 }).toContain('Mất kết nối — đang kết nối lại…');
    expect(await tv.getByTestId('tv-label').textContent(), 'the last call stays on screen').toBe(before.label);
    await screenshot(tv, 'tv-offline');
    // the kiosk says so in plain Vietnamese and takes no tap it cannot honour
    await expect.poll(() => kiosk.locator('.kiosk-title').textContent(), { timeout: 20_000 }).toContain(
      'Tạm thời chưa lấy được số',
    );
    expect(await firstService.isEnabled()).toBe(false);
    await screenshot(kiosk, 'kiosk-offline');

    const second = await startHubProcess(bundle, dataDir, port);
    procs.push(second);
    await expect.poll(() => indicator.count(), { timeout: 30_000 }).toBe(0);
    const after = await clerkCall(second.url);
    expect(after.label).not.toBe(before.label);
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(after.label);
    expect(await tv.getByTestId('tv-counter').textContent()).toBe(String(after.number));
    expect(await tv.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expect.poll(() => firstService.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(pageErrors(tv)).toEqual([]);
    expect(pageErrors(kiosk)).toEqual([]);
  }, 120_000);
});
