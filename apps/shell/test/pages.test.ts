import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../tests/support/chromium.js';

const pages = join(new URL('..', import.meta.url).pathname, 'static/pages');
const exe = chromiumPath();

/** The local pages in real Chromium, with `window.motcua` stubbed as the preload would expose it. */
describe.runIf(exe)('shell pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: exe!, args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser?.close());

  it('the pairing page sends hub and code to the bridge and shows its answer in Vietnamese', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      (window as unknown as { calls: unknown[] }).calls = calls;
      (window as unknown as { motcua: unknown }).motcua = {
        getConfig: async () => null,
        onScan: () => () => {},
        printerStatus: async () => ({}),
        pair: async (hubUrl: string, code: string) => {
          calls.push([hubUrl, code]);
          return code === 'KIOSK-1'
            ? { ok: true, info: {} }
            : { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Mã ghép nối không đúng hoặc đã hết hạn.' } };
        },
      };
    });
    await page.goto(pathToFileURL(join(pages, 'pairing.html')).toString());
    await page.fill('#hub', ' 192.0.2.10:8080 ');
    await page.fill('#code', 'WRONG');
    await page.click('#submit');
    await expect.poll(() => page.textContent('#status'), { timeout: 20_000 }).toBe('Mã ghép nối không đúng hoặc đã hết hạn.');
    expect(await page.isEnabled('#submit')).toBe(true);
    await page.fill('#code', 'KIOSK-1');
    await page.click('#submit');
    await expect.poll(() => page.textContent('#status'), { timeout: 20_000 }).toBe('Đã ghép nối. Đang mở trang…');
    expect(await page.evaluate(() => (window as unknown as { calls: unknown[] }).calls)).toEqual([
      ['192.0.2.10:8080', 'WRONG'],
      ['192.0.2.10:8080', 'KIOSK-1'],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('outside the shell the pairing page says so instead of failing', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(pages, 'pairing.html')).toString());
    expect(await page.textContent('#status')).toBe('Trang này chỉ chạy trong ứng dụng Một cửa.');
    expect(await page.isDisabled('#submit')).toBe(true);
    await page.close();
  });

  it('the offline page names the hub and counts down to the retry', async () => {
    const page = await browser.newPage();
    const url = new URL(pathToFileURL(join(pages, 'offline.html')).toString());
    url.searchParams.set('hub', 'http://192.0.2.10:8080');
    url.searchParams.set('retry', '4');
    await page.goto(url.toString());
    expect(await page.textContent('h1')).toBe('Mất kết nối máy chủ');
    expect(await page.textContent('#hub')).toBe('http://192.0.2.10:8080');
    expect(await page.textContent('#retry')).toMatch(/thử lại sau \d giây/);
    await page.close();
  });
});
