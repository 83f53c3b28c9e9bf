import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CommandResults } from '@motcua/protocol';
import { chromiumPath } from '../support/chromium.js';
import { clerkCallsNext, demoClerk, freePort, restartableHub, type RestartableHub } from '../support/hub-process.js';
import { apiOk } from '../support/clients.js';
import { startTestHub } from '../support/hub.js';
import { announcements, assertAppsBuilt, launch, openPage, pageErrors, screenshot } from './browser.js';


// A TV and a portrait TV with sound on and a counter display stay open while the hub process is
// killed (kill -9) and started again on the same port and database: a discreet "Mất kết nối"
// in the header, the last call still on screen, back by themselves, the next call shown and
// said — and the call from before the restart is not said again.
describe.skipIf(!chromiumPath())('display app across a hub restart', () => {
  let hub: RestartableHub;
  let browser: Browser;

  beforeAll(async () => {
    assertAppsBuilt();
    hub = await restartableHub('motcua-e2e-display-');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.cleanup();
  }, 120_000);

  it('shows "Mất kết nối" with the last call kept, recovers on its own, shows and says only the next call', async () => {
    const port = await freePort();
    const first = await hub.start(port);
    const clerk = demoClerk(first.stdout());
    const clerkCall = async (url: string) => {
      const c = await clerkCallsNext(url, clerk, first.kiosk);
      return { label: c.label, number: c.counterNumber, counterId: c.counterId };
    };

    const tv = await openPage(browser, `${first.url}/tv/?token=${first.display}`, { width: 1920, height: 1080 });
    const portrait = await openPage(browser, `${first.url}/tv/?token=${first.display}`, { width: 1080, height: 1920 });
    await tv.locator('.tv').waitFor();
    await portrait.locator('.tv').waitFor();
    await tv.getByTestId('tv-sound').click();
    await expect.poll(() => tv.getByTestId('tv-sound').getAttribute('data-state'), { timeout: 15_000 }).toBe('on');
    for (const p of [tv, portrait]) await p.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const before = await clerkCall(first.url);
    const cd = await openPage(browser, `${first.url}/tv/?counter=${before.counterId}&token=${first.display}`, { width: 1280, height: 720 });
    for (const p of [tv, portrait, cd]) {
      await expect.poll(() => p.getByTestId(p === cd ? 'cd-label' : 'tv-label').textContent(), { timeout: 15_000 }).toBe(before.label);
    }
    await expect.poll(() => announcements(tv), { timeout: 15_000 }).toEqual([`${before.label}>${before.number}`]);

    await first.kill9();
    for (const p of [tv, portrait, cd]) {
      await expect.poll(() => p.locator('.mc-conn').textContent(), { timeout: 30_000 }).toContain('Mất kết nối');
    }
    // never blank, never frozen: the last call stays, the clock keeps ticking
    expect(await tv.getByTestId('tv-label').textContent()).toBe(before.label);
    expect(await cd.getByTestId('cd-label').textContent()).toBe(before.label);
    const t0 = await tv.getByTestId('tv-time').textContent();
    await expect.poll(() => tv.getByTestId('tv-time').textContent(), { timeout: 10_000 }).not.toBe(t0);
    // discreet: the indicator sits in the header, clear of the number
    const box = await tv.locator('.mc-conn').boundingBox();
    const header = await tv.locator('.tv-header').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(header!.y + header!.height + 1);
    const pBox = await portrait.locator('.mc-conn').boundingBox();
    const pHeadline = await portrait.locator('.tv-headline').boundingBox();
    expect(pBox!.y + pBox!.height).toBeLessThanOrEqual(pHeadline!.y + 1);
    await screenshot(tv, 'tv-offline-header');
    await screenshot(portrait, 'tv-offline-portrait');

    const second = await hub.start(port);
    for (const p of [tv, portrait, cd]) await expect.poll(() => p.locator('.mc-conn').count(), { timeout: 40_000 }).toBe(0);
    const after = await clerkCall(second.url);
    expect(after.label).not.toBe(before.label);
    for (const p of [tv, portrait, cd]) {
      await expect.poll(() => p.getByTestId(p === cd ? 'cd-label' : 'tv-label').textContent(), { timeout: 15_000 }).toBe(after.label);
    }
    expect(await tv.getByTestId('tv-counter').textContent()).toBe(String(after.number));
    // the call from before the restart is not said again; the new one is
    await expect.poll(() => announcements(tv), { timeout: 15_000 }).toEqual([
      `${before.label}>${before.number}`,
      `${after.label}>${after.number}`,
    ]);
    for (const p of [tv, portrait]) {
      expect(await p.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    }
    await screenshot(tv, 'tv-after-restart');
    for (const p of [tv, portrait, cd]) expect(pageErrors(p)).toEqual([]);
  }, 150_000);
});

// A network loss (the page goes offline, the hub stays up): Socket.io recovers the session and
// replays what was missed. A call missed long ago is shown in the list but not said; a call
// made moments before the network came back is said.
describe.skipIf(!chromiumPath())('TV across a network loss', () => {
  it('replays missed calls on screen and says only the fresh one', async () => {
    assertAppsBuilt();
    const hub = await startTestHub({ printer: false });
    const browser = await launch();
    try {
      const clerk = hub.users.clerks.find((c) => c.counterId === 'quay-1')!;
      const { token } = await apiOk<{ token: string }>(hub.url, 'POST', '/api/auth/login', '', {
        username: clerk.username,
        password: clerk.password,
      });
      await apiOk(hub.url, 'POST', '/api/commands/counter:open', token, { counterId: 'quay-1' });
      let busy = false;
      const call = async () => {
        await apiOk(hub.url, 'POST', '/api/commands/ticket:issue', hub.deviceTokens.kiosk, { serviceId: 'ho-tich' });
        const label = busy
          ? (await apiOk<{ data: CommandResults['ticket:finish'] }>(hub.url, 'POST', '/api/commands/ticket:finish', token, { counterId: 'quay-1', callNext: true }))
              .data.next!.label
          : (await apiOk<{ data: CommandResults['ticket:callNext'] }>(hub.url, 'POST', '/api/commands/ticket:callNext', token, { counterId: 'quay-1' }))
              .data.ticket.label;
        busy = true;
        return label;
      };

      const tv = await openPage(browser, `${hub.url}/tv/?token=${hub.deviceTokens.display}`, { width: 1920, height: 1080 });
      await tv.locator('.tv').waitFor();
      await tv.getByTestId('tv-sound').click();
      await expect.poll(() => tv.getByTestId('tv-sound').getAttribute('data-state'), { timeout: 15_000 }).toBe('on');
      const x = await call();
      await expect.poll(() => announcements(tv), { timeout: 15_000 }).toEqual([`${x}>1`]);

      await tv.context().setOffline(true);
      await expect.poll(() => tv.locator('.mc-conn').textContent(), { timeout: 30_000 }).toContain('Mất kết nối');
      const old = await call();
      // older than the live window (20 s) by the time the network is back
      await new Promise((r) => setTimeout(r, 21_000));
      const fresh = await call();
      expect(await tv.getByTestId('tv-label').textContent(), 'the last call stays while offline').toBe(x);
      await tv.context().setOffline(false);

      await expect.poll(() => tv.locator('.mc-conn').count(), { timeout: 40_000 }).toBe(0);
      await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(fresh);
      await expect
        .poll(() => tv.locator('.tv-recent-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-label'))))
        .toEqual([old, x]);
      await expect.poll(() => announcements(tv), { timeout: 15_000 }).toEqual([`${x}>1`, `${fresh}>1`]);
      expect(pageErrors(tv)).toEqual([]);
    } finally {
      await browser.close();
      await hub.close();
    }
  }, 150_000);
});
