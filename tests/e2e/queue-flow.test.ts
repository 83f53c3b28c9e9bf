import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Snapshot } from '@motcua/protocol';
import { chromiumPath } from '../support/chromium.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { assertAppsBuilt, launch, openPage, pageErrors, screenshot } from './browser.js';

// Browser end to end: a citizen takes a ticket on the kiosk page, a clerk calls it from the
// desk page, and the TV page (opened before) shows it live, without a reload.
describe.skipIf(!chromiumPath())('queue flow in Chromium: kiosk → desk → TV', () => {
  let hub: TestHub;
  let browser: Browser;
  const pages: Page[] = [];

  beforeAll(async () => {
    assertAppsBuilt();
    hub = await startTestHub();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('takes a ticket on the kiosk, calls it at the desk and shows it on the TV live', async () => {
    const clerk = hub.users.clerks[0]!;
    const snap = (await (
      await fetch(`${hub.url}/api/snapshot`, { headers: { authorization: `Bearer ${hub.deviceTokens.display}` } })
    ).json()) as Snapshot;
    const counter = snap.counters.find((c) => c.id === clerk.counterId)!;
    const service = snap.services.find((s) => s.active && counter.services.some((cs) => cs.serviceId === s.id))!;

    // TV first: the call must arrive live.
    const tv = await openPage(browser, `${hub.url}/tv/?token=${hub.deviceTokens.display}`, { width: 1920, height: 1080 });
    pages.push(tv);
    await tv.locator('.tv').waitFor();
    expect(new URL(tv.url()).search, 'the device token leaves the address bar').toBe('');
    await tv.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await expect.poll(() => tv.locator('.tv-office-name').textContent()).toBe(snap.office.name);

    // Kiosk (portrait): the office, the services as big buttons, then a ticket.
    const kiosk = await openPage(browser, `${hub.url}/kiosk/?token=${hub.deviceTokens.kiosk}`, { width: 1080, height: 1920 });
    pages.push(kiosk);
    const button = kiosk.locator(`.kiosk-service[data-service="${service.id}"]`);
    await button.waitFor();
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await button.textContent()).toContain(service.name);
    const box = await button.boundingBox();
    expect(box!.height, 'kiosk targets are at least 64 px tall').toBeGreaterThanOrEqual(64);
    await screenshot(kiosk, 'kiosk-start');
    await button.click();
    const labelEl = kiosk.getByTestId('ticket-label');
    await labelEl.waitFor();
    const label = (await labelEl.textContent())!.trim();
    expect(label).toMatch(new RegExp(`^${service.prefix}\\d{3,}$`));
    expect(await kiosk.getByTestId('kiosk-ticket').textContent()).toContain('Vui lòng giữ phiếu và chờ gọi số');
    await screenshot(kiosk, 'kiosk-ticket');

    // Desk: log in as the clerk, open the counter, see the ticket waiting, call next.
    const desk = await openPage(browser, `${hub.url}/desk/`, { width: 1366, height: 768 });
    pages.push(desk);
    await desk.locator('input[name="username"]').fill(clerk.username);
    await desk.locator('input[name="password"]').fill(clerk.password);
    await desk.locator('button[type="submit"]').click();
    await desk.locator(`.desk-counter-card[data-counter="${clerk.counterId}"] button`).click();
    await desk.locator(`.desk[data-counter="${clerk.counterId}"]`).waitFor();
    await expect.poll(() => desk.getByTestId('counter-status').textContent()).toBe('Đang mở');
    await desk.locator(`.desk-queue-list li[data-label="${label}"]`).waitFor();
    await desk.locator('[data-action="callNext"]').click();
    await expect.poll(() => desk.getByTestId('desk-current-label').textContent()).toBe(label);
    await screenshot(desk, 'desk');

    // TV: the same number, live, to this counter.
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(label);
    expect(await tv.getByTestId('tv-counter').textContent()).toBe(String(counter.number));
    expect(await tv.getByTestId('tv-headline').getAttribute('aria-label')).toBe(
      `MỜI CÔNG DÂN CÓ SỐ ${label} ĐẾN QUẦY ${counter.number}`,
    );
    const numberHeight = (await tv.getByTestId('tv-label').boundingBox())!.height;
    expect(numberHeight, 'the called number is at least a tenth of the screen height').toBeGreaterThanOrEqual(108);
    expect(await tv.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await screenshot(tv, 'tv-after-call');

    // The desk's keyboard shortcut starts service.
    await desk.keyboard.press('b');
    await expect.poll(() => desk.locator('.desk-current').getAttribute('class')).toContain('is-serving');

    for (const p of pages) expect(pageErrors(p), 'no uncaught page errors').toEqual([]);
  });
});
