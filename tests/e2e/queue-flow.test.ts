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
  }, 120_000);

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
    // Sound on (a click: browsers need a gesture); calls then reach the announcement queue.
    await tv.getByTestId('tv-sound').click();
    await expect.poll(() => tv.getByTestId('tv-sound').getAttribute('class')).toContain('is-on');
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
    await desk.locator('input[name="password"]').fill('not-the-password');
    await desk.locator('button[type="submit"]').click();
    await expect.poll(() => desk.locator('.mc-login [role="alert"]').textContent()).toMatch(/mật khẩu/i);
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
    await expect
      .poll(() =>
        tv.evaluate(() =>
          (window as unknown as { __motcuaVoice?: { scheduledLog(): { label: string; counterNumber: number }[] } }).__motcuaVoice
            ?.scheduledLog()
            .map((a) => `${a.label}>${a.counterNumber}`),
        ),
      )
      .toEqual([`${label}>${counter.number}`]);

    // The desk's keyboard shortcut starts service.
    await desk.keyboard.press('b');
    await expect.poll(() => desk.locator('.desk-current').getAttribute('class')).toContain('is-serving');

    // A few more calls: the TV lists the previous ones under the headline.
    // A priority citizen on the kiosk: back to start, "Tôi thuộc diện ưu tiên", elderly, service.
    await kiosk.getByRole('button', { name: 'Xong' }).click();
    await kiosk.locator('.kiosk-prio-toggle').click();
    await kiosk.locator('[data-priority="elderly"]').click();
    expect(await kiosk.locator('.kiosk-prio-banner').textContent()).toContain('Người cao tuổi');
    await kiosk.locator(`.kiosk-service[data-service="${service.id}"]`).click();
    await kiosk.getByTestId('ticket-label').waitFor();
    const priorityLabel = (await kiosk.getByTestId('ticket-label').textContent())!;
    expect(await kiosk.locator('.kiosk-ticket-prio').textContent()).toContain('Người cao tuổi');
    expect(await kiosk.locator('.kiosk-ticket-ahead').textContent()).toBe('Không có ai chờ trước bạn');
    for (let i = 0; i < 2; i++) {
      const r = await fetch(`${hub.url}/api/commands/ticket:issue`, {
        method: 'POST',
        headers: { authorization: `Bearer ${hub.deviceTokens.kiosk}`, 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: service.id }),
      });
      expect(r.status).toBe(200);
    }
    await expect.poll(() => desk.getByTestId('queue-total').textContent()).toBe('3');
    // the priority citizen heads the clerk's list (strict policy), marked
    expect(await desk.locator('.desk-queue-list li').first().getAttribute('data-label')).toBe(priorityLabel);
    expect(await desk.locator('.desk-queue-list li').first().textContent()).toContain('Ưu tiên');
    await screenshot(desk, 'desk-queue');
    const called = [label];
    for (let i = 0; i < 3; i++) {
      await desk.locator('[data-action="finishNext"]').click();
      await expect.poll(() => desk.getByTestId('desk-current-label').textContent()).not.toBe(called.at(-1));
      called.push((await desk.getByTestId('desk-current-label').textContent())!);
      await expect.poll(() => tv.getByTestId('tv-label').textContent()).toBe(called.at(-1));
    }
    expect(await tv.locator('.tv-recent-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')))).toEqual(
      called.slice(0, -1).reverse(),
    );
    await screenshot(tv, 'tv-recent');

    for (const p of pages) expect(pageErrors(p), 'no uncaught page errors').toEqual([]);
  }, 120_000);

  it('lets an admin log in, rename a service (live on an open kiosk) and create a TV device with its URL', async () => {
    const admin = await openPage(browser, `${hub.url}/admin/`, { width: 1366, height: 768 });
    await admin.locator('input[name="username"]').fill(hub.users.admin.username);
    await admin.locator('input[name="password"]').fill(hub.users.admin.password);
    await admin.locator('button[type="submit"]').click();
    await admin.locator('.admin-table tbody tr').first().waitFor();
    expect(await admin.locator('tr[data-service="ho-tich"] input').nth(1).inputValue()).toBe('Hộ tịch');
    await screenshot(admin, 'admin-services');
    // a rename reaches an open kiosk live (config:changed), no reload
    const kiosk = await openPage(browser, `${hub.url}/kiosk/?token=${hub.deviceTokens.kiosk}`, { width: 1920, height: 1080 });
    const tile = kiosk.locator('.kiosk-service[data-service="ho-tich"] .kiosk-service-name');
    await expect.poll(() => tile.textContent()).toBe('Hộ tịch');
    const name = admin.locator('tr[data-service="ho-tich"] input').nth(1);
    await name.fill('Hộ tịch – khai sinh, kết hôn');
    await admin.locator('tr[data-service="ho-tich"]').getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => admin.locator('.mc-notice-ok').textContent()).toContain('Đã lưu');
    await expect.poll(() => tile.textContent()).toBe('Hộ tịch – khai sinh, kết hôn');
    await admin.getByRole('tab', { name: 'Thiết bị' }).click();
    await admin.locator('.admin-form-row input').first().fill('TV tầng 2');
    await admin.locator('.admin-form-row select').selectOption('display');
    await admin.locator('.admin-form-row button[type="submit"]').click();
    const url = (await admin.locator('.admin-url').textContent())!;
    expect(url).toMatch(new RegExp(`^${hub.url}/tv/\\?token=.+`));
    await screenshot(admin, 'admin-devices');
    // the new device's URL opens a working TV page
    const tv2 = await openPage(browser, url, { width: 1920, height: 1080 });
    await tv2.locator('.tv').waitFor();
    expect(pageErrors(admin)).toEqual([]);
  }, 120_000);
});
