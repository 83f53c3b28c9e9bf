import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { announcementPhrases, sentencePhrases } from '@motcua/core';
import type { CommandResults, DisplaySettings, Snapshot } from '@motcua/protocol';
import { chromiumPath } from '../support/chromium.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { apiOk } from '../support/clients.js';
import { announcements, assertAppsBuilt, launch, openPage, pageErrors, screenshot } from './browser.js';

// The waiting-room TV and the counter display in Chromium against a real hub: what a call
// looks like and what the voice is given to say, profiles, the admin's notice, portrait.

interface Scheduled {
  label: string;
  counterNumber: number;
  recall: boolean;
  repeat: number;
  startMs: number;
  endMs: number;
  clips: { id: string; atMs: number; durationMs: number }[];
}

const api = <T>(hub: TestHub, method: string, path: string, token: string, body?: unknown): Promise<T> =>
  apiOk<T>(hub.url, method, path, token, body);

/** Clerks at their demo counters, driven over REST. */
function office(hub: TestHub) {
  const sessions = new Map<string, string>();
  const clerkToken = async (counterId: string): Promise<string> => {
    let token = sessions.get(counterId);
    if (!token) {
      const clerk = hub.users.clerks.find((c) => c.counterId === counterId)!;
      token = (await api<{ token: string }>(hub, 'POST', '/api/auth/login', '', { username: clerk.username, password: clerk.password }))
        .token;
      sessions.set(counterId, token);
    }
    return token;
  };
  const snapshot = () => api<Snapshot>(hub, 'GET', '/api/snapshot', hub.deviceTokens.display);
  const cmd = async <N extends keyof CommandResults>(counterId: string, name: N, body: unknown) =>
    (await api<{ data: CommandResults[N] }>(hub, 'POST', `/api/commands/${name}`, await clerkToken(counterId), body)).data;
  return {
    snapshot,
    cmd,
    async open(counterId: string) {
      const c = (await snapshot()).counters.find((x) => x.id === counterId)!;
      if (c.status === 'closed') await cmd(counterId, 'counter:open', { counterId });
      if (c.status === 'paused') await cmd(counterId, 'counter:resume', { counterId });
    },
    /** A citizen takes a ticket for `serviceId` and the counter calls its next one. */
    async call(counterId: string, serviceId: string): Promise<{ label: string; number: number }> {
      await this.open(counterId);
      await api(hub, 'POST', '/api/commands/ticket:issue', hub.deviceTokens.kiosk, { serviceId });
      const c = (await snapshot()).counters.find((x) => x.id === counterId)!;
      const ticket = c.currentTicketId
        ? (await cmd(counterId, 'ticket:finish', { counterId, callNext: true })).next!
        : (await cmd(counterId, 'ticket:callNext', { counterId })).ticket;
      return { label: ticket.label, number: c.number };
    },
    async setDisplay(settings: DisplaySettings) {
      const admin = await api<{ token: string }>(hub, 'POST', '/api/auth/login', '', hub.users.admin);
      await api(hub, 'PUT', '/api/admin/display', admin.token, settings);
    },
  };
}

const scheduledLog = (page: Page): Promise<Scheduled[]> =>
  page.evaluate(
    () => ((window as unknown as { __motcuaVoice?: { scheduledLog(): unknown[] } }).__motcuaVoice?.scheduledLog() ?? []) as never,
  );


/** Sound on with a click (a gesture), then the announcement queue is on the page. */
async function soundOn(page: Page): Promise<void> {
  await page.getByTestId('tv-sound').click();
  await expect.poll(() => page.getByTestId('tv-sound').getAttribute('data-state'), { timeout: 15_000 }).toBe('on');
  await expect.poll(() => page.evaluate(() => Boolean((window as { __motcuaVoice?: unknown }).__motcuaVoice))).toBe(true);
}

/** Height of an element as a share of the viewport's. */
const heightShare = (page: Page, testId: string) =>
  page.evaluate((id) => {
    const r = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
    return r.height / window.innerHeight;
  }, testId);

describe.skipIf(!chromiumPath())('display app in Chromium: TV and counter display', () => {
  let hub: TestHub;
  let browser: Browser;
  let o: ReturnType<typeof office>;
  const pages: Page[] = [];
  const open = async (path: string, viewport = { width: 1920, height: 1080 }) => {
    const page = await openPage(browser, `${hub.url}/tv/${path}${path.includes('?') ? '&' : '?'}token=${hub.deviceTokens.display}`, viewport);
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    assertAppsBuilt();
    hub = await startTestHub({ printer: false });
    browser = await launch();
    o = office(hub);
  });
  beforeEach(async () => {
    await o.setDisplay({ notice: null, profiles: [] });
  });
  afterAll(async () => {
    for (const p of pages) expect(pageErrors(p), 'no uncaught page errors').toEqual([]);
    await browser?.close();
    await hub?.close();
  }, 120_000);

  it('shows a call huge and hands the voice the chime and the sentence twice; recalls and simultaneous calls queue', async () => {
    const tv = await open('');
    await tv.locator('.tv').waitFor();
    await soundOn(tv);
    const first = await o.call('quay-1', 'ho-tich');
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(first.label);
    expect(await tv.getByTestId('tv-counter').textContent()).toBe('1');
    expect(await tv.getByTestId('tv-headline').getAttribute('aria-label')).toBe(`MỜI CÔNG DÂN CÓ SỐ ${first.label} ĐẾN QUẦY 1`);
    expect(await heightShare(tv, 'tv-label'), 'the called number is at least a tenth of the screen height').toBeGreaterThanOrEqual(0.1);
    // the clock and the date, in Vietnamese
    expect(await tv.getByTestId('tv-time').textContent()).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(await tv.getByTestId('tv-date').textContent()).toMatch(/^(Chủ nhật|Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)), ngày \d{2} tháng \d{2} năm \d{4}$/);

    // The voice: chime + "Xin mời công dân có số thứ tự … đến quầy số một", then the sentence again.
    await expect.poll(() => scheduledLog(tv).then((l) => l.length), { timeout: 15_000 }).toBe(1);
    const [said] = await scheduledLog(tv);
    const subject = { label: first.label, counterNumber: 1 };
    expect(said!.clips.map((c) => c.id)).toEqual([...announcementPhrases(subject), ...sentencePhrases(subject)]);
    expect(said!.clips[0]!.id).toBe('chime');
    expect(said!.repeat).toBe(2);

    // A recall is said again in full; two calls at the same instant are both said, one after the
    // other: the queue holds them in order and schedules each only when the previous one has ended.
    await o.cmd('quay-1', 'ticket:recall', { counterId: 'quay-1' });
    const [a, b] = await Promise.all([o.call('quay-2', 'chung-thuc'), o.call('quay-3', 'dat-dai')]);
    await expect.poll(() => announcements(tv), { timeout: 15_000 }).toHaveLength(4);
    const order = await announcements(tv);
    expect(order[0]).toBe(`${first.label}>1`);
    expect(order[1]).toBe(`${first.label}>1 recall`);
    expect(order.slice(2).sort()).toEqual([`${a.label}>${a.number}`, `${b.label}>${b.number}`].sort());
    // the recall is scheduled once the first call has been said (about 14 s of speech)
    await expect.poll(() => scheduledLog(tv).then((l) => l.length), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    const log = await scheduledLog(tv);
    expect(log[1]).toMatchObject({ label: first.label, recall: true, counterNumber: 1 });
    const clips = log.flatMap((x) => x.clips);
    for (let i = 1; i < clips.length; i++) {
      expect(clips[i]!.atMs, 'no clip starts before the previous one ends').toBeGreaterThanOrEqual(
        clips[i - 1]!.atMs + clips[i - 1]!.durationMs - 1,
      );
    }
    for (let i = 1; i < log.length; i++) expect(log[i]!.startMs).toBeGreaterThan(log[i - 1]!.endMs);

    // The recent list under the headline: each number → its counter, newest first.
    await expect.poll(() => tv.locator('.tv-recent-list li').count()).toBeGreaterThanOrEqual(2);
    await screenshot(tv, 'tv-landscape');

    // Volume per device: one step down is remembered across a reload, and sound comes back by
    // itself where autoplay is allowed (this browser runs with the kiosk autoplay policy).
    await tv.getByTestId('tv-volume-down').click();
    await expect.poll(() => tv.getByTestId('tv-volume').textContent()).toBe('90%');
    await tv.reload();
    await expect.poll(() => tv.getByTestId('tv-sound').getAttribute('data-state'), { timeout: 15_000 }).toBe('on');
    expect(await tv.getByTestId('tv-volume').textContent()).toBe('90%');
    // Mute: the queue keeps moving silently; remembered as off.
    await tv.keyboard.press('m');
    await expect.poll(() => tv.getByTestId('tv-sound').getAttribute('data-state')).toBe('muted');
    expect(await tv.evaluate(() => localStorage.getItem('motcua.tv.sound'))).toBe('off');
    const c = await o.call('quay-1', 'ho-tich');
    await expect.poll(() => scheduledLog(tv).then((l) => l.map((x) => x.label)), { timeout: 15_000 }).toContain(c.label);
    await tv.keyboard.press('m');
    await expect.poll(() => tv.getByTestId('tv-sound').getAttribute('data-state')).toBe('on');
  }, 120_000);

  it('fits a portrait 1080×1920 screen without overflow, number still a tenth of the height, notice along the bottom', async () => {
    await o.setDisplay({ notice: 'Bộ phận Một cửa nghỉ trưa từ 11 giờ 30 đến 13 giờ 30. Xin cảm ơn!', profiles: [] });
    const tv = await open('', { width: 1080, height: 1920 });
    await tv.locator('.tv').waitFor();
    await expect.poll(() => tv.getByTestId('tv-notice').count(), { timeout: 15_000 }).toBe(1);
    await o.call('quay-4', 'ho-kinh-doanh');
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toMatch(/^D\d+$/);
    expect(await tv.locator('.tv').getAttribute('data-orientation')).toBe('portrait');
    expect(await heightShare(tv, 'tv-label')).toBeGreaterThanOrEqual(0.1);
    const fit = await tv.evaluate(() => {
      const h = window.innerHeight;
      const w = window.innerWidth;
      const parts = ['.tv-header', '.tv-headline', '.tv-recent', '.tv-waiting', '.tv-notice'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { sel, top: r.top, bottom: r.bottom, right: r.right };
      });
      const label = document.querySelector('[data-testid="tv-label"]')!;
      const headline = document.querySelector('.tv-headline')!;
      return {
        page: { sh: document.documentElement.scrollHeight, sw: document.documentElement.scrollWidth, h, w },
        outside: parts.filter((p) => p.bottom > h + 0.5 || p.right > w + 0.5 || p.top < -0.5).map((p) => p.sel),
        labelFits: label.getBoundingClientRect().width <= headline.getBoundingClientRect().width,
        waitingClipped: Array.from(document.querySelectorAll('.tv-waiting-list li')).some(
          (li) => li.getBoundingClientRect().bottom > document.querySelector('.tv-notice')!.getBoundingClientRect().top + 0.5,
        ),
      };
    });
    expect(fit.page.sh).toBeLessThanOrEqual(fit.page.h);
    expect(fit.page.sw).toBeLessThanOrEqual(fit.page.w);
    expect(fit.outside).toEqual([]);
    expect(fit.labelFits).toBe(true);
    expect(fit.waitingClipped).toBe(false);
    await screenshot(tv, 'tv-portrait');

    // a landscape layout forced on a portrait screen still keeps the number a tenth of the height
    const forced = await open('?layout=landscape', { width: 1080, height: 1920 });
    await expect.poll(() => forced.locator('.tv').getAttribute('data-orientation'), { timeout: 15_000 }).toBe('landscape');
    await forced.getByTestId('tv-label').waitFor();
    expect(await heightShare(forced, 'tv-label')).toBeGreaterThanOrEqual(0.1);
    const overflow = await forced.evaluate(() => {
      const label = document.querySelector('[data-testid="tv-label"]')!.getBoundingClientRect();
      const box = document.querySelector('.tv-headline')!.getBoundingClientRect();
      return label.left < box.left - 0.5 || label.right > box.right + 0.5;
    });
    expect(overflow).toBe(false);
  }, 120_000);

  it('a profile whose clip set is missing says so on the sound button, stays silent and keeps showing calls', async () => {
    await o.setDisplay({
      notice: null,
      profiles: [
        {
          id: 'giong-rieng',
          name: 'Giọng riêng',
          serviceIds: null,
          counterIds: null,
          layout: 'auto',
          recentCount: 6,
          voice: { enabled: true, repeat: 2, volume: 1, clipSet: 'chua-thu-am' },
        },
        {
          id: 'im-lang',
          name: 'Không đọc',
          serviceIds: null,
          counterIds: null,
          layout: 'auto',
          recentCount: 6,
          voice: { enabled: false, repeat: 2, volume: 1, clipSet: 'default' },
        },
      ],
    });
    const tv = await open('?profile=giong-rieng');
    await tv.getByTestId('tv-sound').click();
    await expect.poll(() => tv.getByTestId('tv-sound').getAttribute('data-state'), { timeout: 15_000 }).toBe('error');
    expect(await tv.getByTestId('tv-sound').textContent()).toContain('Không tải được giọng đọc');
    const silent = await open('?profile=im-lang');
    await silent.locator('.tv').waitFor();
    expect(await silent.getByTestId('tv-sound').count(), 'no sound control on a profile without voice').toBe(0);
    const c = await o.call('quay-1', 'ho-tich');
    for (const p of [tv, silent]) await expect.poll(() => p.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(c.label);
    expect(await scheduledLog(silent)).toEqual([]);
  }, 120_000);

  it('shows only its profile’s services and counters, and says so plainly when the profile is unknown', async () => {
    await o.setDisplay({
      notice: null,
      profiles: [
        {
          id: 'dat-dai-phong-2',
          name: 'Phòng 2 — Đất đai',
          serviceIds: ['dat-dai'],
          counterIds: ['quay-3'],
          layout: 'landscape',
          recentCount: 3,
          voice: { enabled: true, repeat: 1, volume: 0.8, clipSet: 'default' },
        },
      ],
    });
    const tv = await open('?profile=dat-dai-phong-2');
    await tv.locator('.tv[data-profile="dat-dai-phong-2"]').waitFor();
    expect(await tv.locator('.tv-unit').textContent()).toContain('Phòng 2 — Đất đai');
    expect(await tv.locator('.tv-waiting-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-service')))).toEqual([
      'dat-dai',
    ]);
    await soundOn(tv);
    expect(await tv.getByTestId('tv-volume').textContent(), 'the profile’s default volume').toBe('80%');
    const mine = await o.call('quay-3', 'dat-dai');
    const other = await o.call('quay-1', 'ho-tich');
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(mine.label);
    // the other counter's call: not in the headline, not in the list, not said
    const everywhere = await tv.locator('.tv').textContent();
    expect(everywhere).not.toContain(other.label);
    await expect.poll(() => scheduledLog(tv).then((l) => l.map((x) => x.label)), { timeout: 15_000 }).toEqual([mine.label]);
    const [said] = await scheduledLog(tv);
    expect(said!.clips.map((c) => c.id), 'repeat 1: chime and the sentence once').toEqual(
      announcementPhrases({ label: mine.label, counterNumber: 3 }),
    );
    // a whole-office TV next to it shows the other call
    const all = await open('');
    await expect.poll(() => all.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(other.label);
    await screenshot(tv, 'tv-profile');

    const lost = await open('?profile=khong-co');
    await lost.getByTestId('tv-profile-unknown').waitFor();
    expect(await lost.getByTestId('tv-profile-unknown').textContent()).toBe(
      'Không tìm thấy cấu hình màn hình “khong-co” — đang hiển thị toàn bộ các quầy.',
    );
    await expect.poll(() => lost.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(other.label);
    await screenshot(lost, 'tv-profile-unknown');
  }, 120_000);

  it('shows the admin’s notice live as a scrolling line, and removes it live', async () => {
    const tv = await open('');
    await tv.locator('.tv').waitFor();
    expect(await tv.getByTestId('tv-notice').count()).toBe(0);
    const notice = 'Từ ngày 01/12, Bộ phận Một cửa tiếp nhận hồ sơ đất đai vào sáng thứ Bảy.';
    await o.setDisplay({ notice, profiles: [] });
    await expect.poll(() => tv.getByTestId('tv-notice').textContent(), { timeout: 15_000 }).toBe(notice);
    const anim = await tv.locator('.tv-notice-track').evaluate((el) => getComputedStyle(el).animationName);
    expect(anim).toBe('tv-marquee');
    // it moves (a CSS animation, no timer in the page)
    const x0 = await tv.locator('.tv-notice-text').evaluate((el) => el.getBoundingClientRect().left);
    await expect.poll(() => tv.locator('.tv-notice-text').evaluate((el) => el.getBoundingClientRect().left)).toBeLessThan(x0);
    // the call still shows above it
    const c = await o.call('quay-5', 'linh-vuc-khac');
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(c.label);
    await screenshot(tv, 'tv-notice');
    await o.setDisplay({ notice: null, profiles: [] });
    await expect.poll(() => tv.getByTestId('tv-notice').count(), { timeout: 15_000 }).toBe(0);
  }, 120_000);

  it('takes up a profile the admin creates while the TV is already open', async () => {
    const tv = await open('?profile=tang-2');
    await tv.getByTestId('tv-profile-unknown').waitFor();
    await o.setDisplay({
      notice: null,
      profiles: [
        {
          id: 'tang-2',
          name: 'Tầng 2',
          serviceIds: ['ho-kinh-doanh', 'xay-dung'],
          counterIds: ['quay-4'],
          layout: 'portrait',
          recentCount: 2,
          voice: { enabled: true, repeat: 2, volume: 1, clipSet: 'default' },
        },
      ],
    });
    await expect.poll(() => tv.getByTestId('tv-profile-unknown').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => tv.locator('.tv').getAttribute('data-orientation')).toBe('portrait');
    expect(await tv.locator('.tv-waiting-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-service')))).toEqual([
      'ho-kinh-doanh',
      'xay-dung',
    ]);
    const c = await o.call('quay-4', 'xay-dung');
    await expect.poll(() => tv.getByTestId('tv-label').textContent(), { timeout: 15_000 }).toBe(c.label);
    expect(await heightShare(tv, 'tv-label')).toBeGreaterThanOrEqual(0.1);
  }, 120_000);

  it('counter display: the counter’s own number very large, and its state', async () => {
    const cd = await open('?counter=quay-2', { width: 1280, height: 720 });
    const label = cd.getByTestId('cd-label');
    await cd.getByTestId('counter-display').waitFor();
    expect(await cd.getByTestId('cd-counter').textContent()).toBe('Quầy 2');
    const snap = await o.snapshot();
    if (snap.counters.find((c) => c.id === 'quay-2')!.status === 'closed') {
      expect(await label.textContent()).toBe('Quầy đóng');
    }
    const called = await o.call('quay-2', 'chung-thuc');
    await expect.poll(() => label.textContent(), { timeout: 15_000 }).toBe(called.label);
    expect(await cd.getByTestId('cd-state').textContent()).toBe('Đang gọi');
    expect(await heightShare(cd, 'cd-label'), 'the number fills a good part of the small screen').toBeGreaterThanOrEqual(0.3);
    await screenshot(cd, 'tv-counter-display');
    // another counter's call does not change it
    const other = await o.call('quay-1', 'ho-tich');
    await o.cmd('quay-2', 'ticket:start', { counterId: 'quay-2' });
    await expect.poll(() => cd.getByTestId('cd-state').textContent(), { timeout: 15_000 }).toBe('Đang phục vụ');
    expect(await label.textContent()).toBe(called.label);
    expect(await cd.locator('.cd').textContent()).not.toContain(other.label);
    await o.cmd('quay-2', 'ticket:finish', { counterId: 'quay-2' });
    await o.cmd('quay-2', 'counter:pause', { counterId: 'quay-2' });
    await expect.poll(() => label.textContent(), { timeout: 15_000 }).toBe('Tạm dừng');
    await screenshot(cd, 'tv-counter-display-paused');
    await o.cmd('quay-2', 'counter:close', { counterId: 'quay-2' });
    await expect.poll(() => label.textContent(), { timeout: 15_000 }).toBe('Quầy đóng');

    const missing = await open('?counter=quay-99', { width: 1280, height: 720 });
    await expect.poll(() => missing.getByTestId('counter-display').textContent()).toContain('Không tìm thấy quầy “quay-99”');
  }, 120_000);
});
