import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Dossier } from '@motcua/protocol';
import { chromiumPath } from '../support/chromium.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { command, connect, login, rest, type HubSocket } from '../support/clients.js';
import { assertAppsBuilt, launch, openPage, pageErrors, screenshot } from './browser.js';

/** US-layout `code` of a character a scanner sends. */
function keyCode(ch: string): string {
  if (/[A-Za-z]/.test(ch)) return `Key${ch.toUpperCase()}`;
  if (/\d/.test(ch)) return `Digit${ch}`;
  if (ch === '.') return 'Period';
  if (ch === '-') return 'Minus';
  throw new Error(`no key for ${ch}`);
}

/**
 * A keyboard-wedge scanner: real (trusted) key events through Chromium's input pipeline, 5 ms
 * apart by their event timestamps (CDP `timestamp`), whatever the speed of this machine; then Enter.
 * A page under Playwright's fake clock stamps events with its own clock instead: that clock is
 * paused during the burst (every key at the same instant), then resumed.
 */
async function scan(page: Page, code: string, listener: 'start' | 'dossier-lookup', fakeClock = false): Promise<void> {
  // the screen's scanner listener is attached (after React's effects ran), as a person would find it
  await page.locator(`body[data-scanner="${listener}"]`).waitFor({ state: 'attached' });
  if (fakeClock) await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5000);
  try {
    await wedgeKeys(page, code);
  } finally {
    if (fakeClock) await page.clock.resume();
  }
}

async function wedgeKeys(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  let i = 0;
  for (const ch of code) {
    const at = start + i++ * 0.005;
    const upper = /[A-Z]/.test(ch);
    const key = { key: ch, code: keyCode(ch), modifiers: upper ? 8 : 0 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: ch, timestamp: at });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key, timestamp: at + 0.002 });
  }
  const at = start + i * 0.005;
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...enter, text: '\r', timestamp: at });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter, timestamp: at + 0.002 });
  await cdp.detach();
}

/** Taps the on-screen keys of `text` (space included) in order. */
async function tapKeys(page: Page, text: string): Promise<void> {
  for (const ch of text) await page.locator(`.kiosk-keyboard [data-key="${ch}"]`).click();
}

describe.skipIf(!chromiumPath())('kiosk look-ups in Chromium: procedure catalog, dossier by barcode', () => {
  let t: TestHub;
  let browser: Browser;
  let desk: HubSocket;
  let clerk: string;

  beforeAll(async () => {
    assertAppsBuilt();
    t = await startTestHub();
    browser = await launch();
    clerk = (await login(t.url, 'clerk1', t.users.clerks[0]!.password)).token;
    desk = (await connect(t.url, clerk)).socket;
    const opened = await command(desk, 'counter:open', { counterId: 'quay-1' });
    expect(opened.ok).toBe(true);
  });
  afterAll(async () => {
    desk?.disconnect();
    await browser?.close();
    await t?.close();
  }, 120_000);

  const kioskUrl = () => `${t.url}/kiosk/?token=${t.deviceTokens.kiosk}`;

  it('catalog: "dang ky khai sinh" typed on the on-screen keyboard finds the procedure; its detail; "Lấy số" issues a Hộ tịch ticket', async () => {
    const kiosk = await openPage(browser, kioskUrl(), { width: 1080, height: 1920 });
    const entry = kiosk.getByTestId('open-catalog');
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Tra cứu thủ tục hành chính');
    expect(await kiosk.getByTestId('open-dossier').textContent()).toContain('Tra cứu hồ sơ');
    // taking a number stays the first action: the service buttons come before the look-ups
    const serviceBox = (await kiosk.locator('.kiosk-service').first().boundingBox())!;
    const entryBox = (await entry.boundingBox())!;
    expect(serviceBox.y).toBeLessThan(entryBox.y);
    expect(entryBox.height, 'kiosk targets are at least 64 px tall').toBeGreaterThanOrEqual(64);
    await screenshot(kiosk, 'kiosk-home-lookups');

    await entry.click();
    // fields with their counts
    const hoTich = kiosk.locator('.kiosk-field[data-field="Hộ tịch"]');
    await hoTich.waitFor();
    expect(await hoTich.textContent()).toMatch(/Hộ tịch\d+ thủ tục/);
    await screenshot(kiosk, 'kiosk-catalog-fields');

    await kiosk.getByTestId('catalog-search').click();
    await tapKeys(kiosk, 'DANG KY KHAI SINH');
    expect(await kiosk.getByTestId('catalog-search').inputValue()).toBe('DANG KY KHAI SINH');
    const hit = kiosk.locator('.kiosk-procedure[data-code="1.001193"]');
    await hit.waitFor();
    expect(await hit.textContent()).toContain('Thủ tục đăng ký khai sinh');
    await screenshot(kiosk, 'kiosk-catalog-typing');
    await kiosk.getByTestId('catalog-search-go').click();
    await expect.poll(() => kiosk.locator('.kiosk-keyboard').count()).toBe(0);
    await screenshot(kiosk, 'kiosk-catalog-results');

    await hit.click();
    const detail = kiosk.getByTestId('procedure-detail');
    await detail.waitFor();
    expect(await kiosk.locator('.kiosk-detail-name').textContent()).toBe('Thủ tục đăng ký khai sinh');
    expect(await kiosk.getByTestId('procedure-time').textContent()).toBe('1 ngày làm việc');
    const components = await kiosk.locator('[data-testid="procedure-components"] li').allTextContents();
    expect(components.length).toBeGreaterThanOrEqual(3);
    expect(components[0]).toContain('Tờ khai đăng ký khai sinh');
    expect(components.some((c) => c.includes('Giấy chứng sinh'))).toBe(true);
    await screenshot(kiosk, 'kiosk-catalog-detail');

    const take = kiosk.getByTestId('procedure-take');
    expect(await take.getAttribute('data-service')).toBe('ho-tich');
    await take.click();
    const label = kiosk.getByTestId('ticket-label');
    await label.waitFor();
    expect(await label.textContent()).toMatch(/^A\d{3,}$/);
    expect(await kiosk.locator('.kiosk-ticket-service').textContent()).toBe('Hộ tịch');
    await screenshot(kiosk, 'kiosk-catalog-ticket');

    // a field with no service of its own takes a number of "Lĩnh vực khác"
    await kiosk.getByRole('button', { name: 'Xong' }).click();
    await kiosk.getByTestId('open-catalog').click();
    await kiosk.locator('.kiosk-field[data-field="Hộ tịch"]').click();
    await expect.poll(() => kiosk.locator('.kiosk-procedure').count()).toBe(16);
    expect(await kiosk.locator('.kiosk-lookup-title').textContent()).toBe('Lĩnh vực: Hộ tịch');
    await screenshot(kiosk, 'kiosk-catalog-field');
    await kiosk.getByTestId('lookup-back').click();
    await kiosk.locator('.kiosk-field[data-field="Người có công"]').click();
    await kiosk.locator('.kiosk-procedure').first().click();
    expect(await kiosk.getByTestId('procedure-take').getAttribute('data-service')).toBe('linh-vuc-khac');
    await kiosk.getByTestId('lookup-home').click();
    await kiosk.locator('.kiosk-service').first().waitFor();

    // landscape: the ticket button of a long procedure stays on screen (sticky) while reading
    await kiosk.setViewportSize({ width: 1920, height: 1080 });
    await kiosk.getByTestId('open-catalog').click();
    await kiosk.getByTestId('catalog-search').click();
    await tapKeys(kiosk, 'KHAI SINH');
    await kiosk.locator('.kiosk-procedure[data-code="1.001193"]').waitFor();
    await screenshot(kiosk, 'kiosk-catalog-typing-landscape');
    await kiosk.locator('.kiosk-procedure[data-code="1.001193"]').click();
    await kiosk.getByTestId('procedure-detail').waitFor();
    const takeBox = (await kiosk.getByTestId('procedure-take').boundingBox())!;
    expect(takeBox.y + takeBox.height).toBeLessThanOrEqual(1080);
    expect(takeBox.height).toBeGreaterThanOrEqual(64);
    await screenshot(kiosk, 'kiosk-catalog-detail-landscape');
    expect(pageErrors(kiosk)).toEqual([]);
    await kiosk.context().close();
  }, 120_000);

  it('dossier: a scanned receipt shows status and due date, the last 4 phone digits show the timeline; no name anywhere', async () => {
    const applicant = {
      name: 'Nguyễn Văn Thử',
      idNumber: '079012345678',
      phone: '0901234567',
      address: '12 Lê Lợi, Phường Demo',
      email: null,
    };
    const res = await rest(t.url, '/api/dossiers', clerk, {
      counterId: 'quay-1',
      procedureCode: '1.001193',
      applicant,
      components: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 }],
      print: false,
    });
    expect(res.status).toBe(201);
    const dossier = (res.json as { dossier: Dossier }).dossier;

    // landscape this time; the start screen hears the scanner too
    const kiosk = await openPage(browser, kioskUrl(), { width: 1920, height: 1080 });
    await kiosk.getByTestId('open-dossier').waitFor();
    await screenshot(kiosk, 'kiosk-home-lookups-landscape');
    await kiosk.getByTestId('open-dossier').click();
    const input = kiosk.getByTestId('dossier-code');
    await input.waitFor();
    await screenshot(kiosk, 'kiosk-dossier-scan');

    // a wrong code typed on the on-screen keyboard: a Vietnamese message, nothing else
    await tapKeys(kiosk, 'H99.01.01.01-991231-9999');
    expect(await input.inputValue()).toBe('H99.01.01.01-991231-9999');
    await kiosk.getByTestId('dossier-search').click();
    const error = kiosk.getByTestId('dossier-error');
    await expect.poll(() => error.textContent()).toContain('Không tìm thấy hồ sơ có mã H99.01.01.01-991231-9999');
    await screenshot(kiosk, 'kiosk-dossier-notfound');
    // typed on a plain keyboard, at a person's pace: the keys reach the field, Enter searches
    await kiosk.locator('.kiosk-keyboard [data-key="clear"]').click();
    await input.focus();
    await kiosk.keyboard.type('h99.01.01.01-991231-9998', { delay: 80 });
    expect(await input.inputValue()).toBe('H99.01.01.01-991231-9998');
    await kiosk.keyboard.press('Enter');
    await expect.poll(() => error.textContent()).toContain('Không tìm thấy hồ sơ có mã H99.01.01.01-991231-9998');
    // a scanned code that is not a dossier code
    await scan(kiosk, 'ABC123', 'dossier-lookup');
    await expect.poll(() => error.textContent()).toContain('không đúng dạng');
    expect(await input.inputValue()).toBe('ABC123');

    // the receipt's barcode, at scanner speed
    await scan(kiosk, dossier.code, 'dossier-lookup');
    const status = kiosk.getByTestId('dossier-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Được tiếp nhận');
    expect(await kiosk.getByTestId('dossier-summary').textContent()).toContain(dossier.code);
    expect(await kiosk.getByTestId('dossier-summary').textContent()).toContain('Thủ tục đăng ký khai sinh');
    expect(await kiosk.getByTestId('dossier-ontime').textContent()).toContain('Đúng hạn');
    expect(await kiosk.getByTestId('dossier-due').textContent()).toMatch(/^17:00 — (Thứ \w+|Chủ nhật), ngày \d\d tháng \d\d năm \d{4}$/u);
    expect(await kiosk.getByTestId('dossier-timeline').count()).toBe(0);
    await screenshot(kiosk, 'kiosk-dossier-summary');

    await kiosk.getByTestId('dossier-details').click();
    await screenshot(kiosk, 'kiosk-dossier-factor');
    // a wrong factor first
    await tapKeys(kiosk, '1111');
    await kiosk.getByTestId('factor-go').click();
    await expect.poll(() => kiosk.getByTestId('dossier-error').textContent()).toContain('Số xác minh chưa đúng');
    await screenshot(kiosk, 'kiosk-dossier-factor-wrong');
    await tapKeys(kiosk, applicant.phone.slice(-4));
    await kiosk.getByTestId('factor-go').click();
    const timeline = kiosk.getByTestId('dossier-timeline');
    await timeline.waitFor();
    const steps = await timeline.locator('li').allTextContents();
    expect(steps).toHaveLength(1);
    expect(steps[0]).toContain('Được tiếp nhận');
    expect(steps[0]).toContain(dossier.receivedBy.unit);
    await screenshot(kiosk, 'kiosk-dossier-timeline');

    const text = (await kiosk.locator('body').textContent())!;
    for (const secret of [applicant.name, 'Nguyễn', applicant.idNumber, applicant.phone, applicant.address]) {
      expect(text, 'the owner is never shown').not.toContain(secret);
    }
    // back to start; a receipt scanned at the start screen opens its look-up directly
    await kiosk.getByTestId('lookup-home').click();
    await kiosk.locator('.kiosk-service').first().waitFor();
    await scan(kiosk, dossier.code.toLowerCase(), 'start');
    await expect.poll(() => kiosk.getByTestId('dossier-status').textContent(), { timeout: 15_000 }).toBe('Được tiếp nhận');
    expect(pageErrors(kiosk)).toEqual([]);
    await kiosk.context().close();
  }, 120_000);

  it('dossier: after 60 s without a touch the kiosk goes back to its start and forgets what it showed', async () => {
    const res = await rest(t.url, '/api/dossiers', clerk, {
      counterId: 'quay-1',
      procedureCode: '1.001193',
      applicant: { name: 'Lê Thị Cê', idNumber: '079011122233', phone: '0987654321', address: 'Phường Demo', email: null },
      components: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 }],
      print: false,
    });
    const code = (res.json as { dossier: Dossier }).dossier.code;
    // the page's clock is Playwright's: the idle wait is jumped over, not waited for
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await context.clock.install();
    const kiosk = await context.newPage();
    const errors: string[] = [];
    kiosk.on('pageerror', (e) => errors.push(e.message));
    await kiosk.goto(kioskUrl());
    await kiosk.locator('.kiosk-service').first().waitFor();
    await scan(kiosk, code, 'start', true);
    const summary = kiosk.getByTestId('dossier-summary');
    await expect.poll(() => kiosk.getByTestId('dossier-status').textContent(), { timeout: 15_000 }).toBe('Được tiếp nhận');
    await kiosk.clock.fastForward(40_000);
    expect(await summary.count(), 'still there 40 s later').toBe(1);
    // a touch starts the wait again
    await summary.click();
    await kiosk.clock.fastForward(40_000);
    expect(await summary.count(), 'a touch restarted the wait').toBe(1);
    // a scan counts as a touch too (the scanner listener stops its keys)
    await scan(kiosk, code, 'dossier-lookup', true);
    await expect.poll(() => kiosk.getByTestId('dossier-status').textContent(), { timeout: 15_000 }).toBe('Được tiếp nhận');
    await kiosk.clock.fastForward(40_000);
    expect(await summary.count(), 'a scan restarted the wait').toBe(1);
    await kiosk.clock.fastForward(25_000);
    await kiosk.locator('.kiosk-service').first().waitFor();
    expect(await kiosk.locator('body').textContent()).not.toContain(code);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('dossier: repeated wrong factors are refused with the rate-limit message', async () => {
    const res = await rest(t.url, '/api/dossiers', clerk, {
      counterId: 'quay-1',
      procedureCode: '1.001193',
      applicant: { name: 'Trần Thị Bê', idNumber: '079098765432', phone: '0912000111', address: 'Phường Demo', email: null },
      components: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 }],
      print: false,
    });
    const code = (res.json as { dossier: Dossier }).dossier.code;
    const kiosk = await openPage(browser, kioskUrl(), { width: 1080, height: 1920 });
    await kiosk.locator('.kiosk-service').first().waitFor();
    await scan(kiosk, code, 'start');
    await kiosk.getByTestId('dossier-details').click();
    const error = kiosk.getByTestId('dossier-error');
    for (let i = 0; i < 5; i++) {
      await tapKeys(kiosk, '0000');
      await kiosk.getByTestId('factor-go').click();
      await expect.poll(() => error.textContent()).toContain('Số xác minh chưa đúng');
      await kiosk.locator('.kiosk-keyboard [data-key="clear"]').click();
    }
    await tapKeys(kiosk, '0111');
    await kiosk.getByTestId('factor-go').click();
    await expect.poll(() => error.textContent()).toContain('Nhập sai quá nhiều lần');
    await screenshot(kiosk, 'kiosk-dossier-rate-limited');
    expect(await kiosk.getByTestId('dossier-timeline').count()).toBe(0);
    expect(pageErrors(kiosk)).toEqual([]);
    await kiosk.context().close();
  }, 120_000);
});
