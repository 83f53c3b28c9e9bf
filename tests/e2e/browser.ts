import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium.js';

const root = new URL('../..', import.meta.url).pathname;
export const ARTIFACTS = join(root, 'test-artifacts');

/** The web apps must be built (`npm test` builds them first when stale). */
export function assertAppsBuilt(): void {
  const missing = ['kiosk', 'desk', 'display', 'admin'].filter(
    (a) => !existsSync(join(root, 'apps', a, 'dist', 'index.html')),
  );
  if (missing.length) throw new Error(`web apps not built (${missing.join(', ')}): run \`npm run build\` first`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'],
  });
}

export async function openPage(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(url);
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/**
 * Every announcement the TV's voice queue has taken — said, being said, waiting — in order,
 * as `A001>1` (label > counter), recalls marked ` recall`.
 */
export function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type A = { seq: number; label: string; counterNumber: number; recall: boolean };
    const q = (window as unknown as { __motcuaVoice?: { scheduledLog(): A[]; playing(): A | undefined; pending(): A[] } })
      .__motcuaVoice;
    if (!q) return [];
    const all = new Map<number, A>();
    for (const a of [...q.scheduledLog(), ...(q.playing() ? [q.playing()!] : []), ...q.pending()]) all.set(a.seq, a);
    return [...all.values()].sort((x, y) => x.seq - y.seq).map((a) => `${a.label}>${a.counterNumber}${a.recall ? ' recall' : ''}`);
  });
}
