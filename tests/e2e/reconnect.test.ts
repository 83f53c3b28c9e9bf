import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumPath } from '../support/chromium.js';
import { clerkCallsNext, demoClerk, freePort, restartableHub, type RestartableHub } from '../support/hub-process.js';
import { assertAppsBuilt, launch, openPage, pageErrors, screenshot } from './browser.js';

// The TV page stays open while the hub process is killed (kill -9) and started again on the
// same port and database: it shows the offline indicator, keeps the last call on screen,
// reconnects by itself and shows the next call, all without a reload.
describe.skipIf(!chromiumPath())('TV page across a hub restart', () => {
  let hub: RestartableHub;
  let browser: Browser;

  beforeAll(async () => {
    assertAppsBuilt();
    hub = await restartableHub('motcua-e2e-');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.cleanup();
  }, 120_000);

  it('recovers after kill -9 and shows the next call live', async () => {
    const port = await freePort();
    const first = await hub.start(port);
    const clerk = demoClerk(first.stdout());
    const clerkCall = (url: string) => clerkCallsNext(url, clerk, first.kiosk);

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

    const second = await hub.start(port);
    await expect.poll(() => indicator.count(), { timeout: 30_000 }).toBe(0);
    const after = await clerkCall(second.url);
    expect(after.label).not.toBe(before.label);
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(after.label);
    expect(await tv.getByTestId('tv-counter').textContent()).toBe(String(after.counterNumber));
    expect(await tv.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expect.poll(() => firstService.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(pageErrors(tv)).toEqual([]);
    expect(pageErrors(kiosk)).toEqual([]);
  }, 120_000);
});
