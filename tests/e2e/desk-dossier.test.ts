import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Dossier } from '@motcua/protocol';
import { chromiumPath } from '../support/chromium.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { rest } from '../support/clients.js';
import { assertAppsBuilt, launch, openPage, pageErrors, screenshot } from './browser.js';

// Browser end to end on the desk page (issues 4.3 and 5.1–5.3, staff side): a called ticket →
// reception form → Mẫu 01 on the (virtual) counter printer with the dossier code as a barcode;
// the hub's field messages next to the form, values kept; an officer starting and resolving a
// dossier handed off to them, live; the counter returning the result.

const CODE_RE = /^H99\.01\.01\.01-\d{6}-\d{4}$/;

async function loginDesk(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

const api = <T>(hub: TestHub, method: string, path: string, token: string, body?: unknown) =>
  rest(hub.url, path, token || null, body, method) as Promise<{ status: number; json: T }>;

async function token(hub: TestHub, username: string, password: string): Promise<string> {
  const r = await api<{ token: string }>(hub, 'POST', '/api/auth/login', '', { username, password });
  expect(r.status).toBe(200);
  return r.json.token;
}

/** Picks "Thủ tục đăng ký khai sinh" by typing without diacritics, ticks two components. */
async function pickBirthRegistration(desk: Page): Promise<void> {
  await desk.locator('input[name="procedureSearch"]').fill('dang ky khai sinh');
  const item = desk.locator('.dos-proc-item[data-code="1.001193"]');
  await item.waitFor();
  expect(await item.textContent()).toContain('Thủ tục đăng ký khai sinh');
  await item.click();
  await expect.poll(() => desk.getByTestId('procedure-chosen').textContent()).toContain('Thủ tục đăng ký khai sinh');
  await desk.locator('.dos-comp-list li[data-component="0"] input[type="checkbox"]').check();
  await desk.locator('.dos-comp-list li[data-component="1"] input[type="checkbox"]').check();
}

async function fillApplicant(desk: Page, phone: string): Promise<void> {
  await desk.locator('input[name="name"]').fill('Nguyễn Thị Hồng Nhung');
  await desk.locator('input[name="idNumber"]').fill('079190001234');
  await desk.locator('input[name="phone"]').fill(phone);
  await desk.locator('input[name="address"]').fill('12 Lê Lợi, Phường Bến Thành');
}

/** The first working day at least `days` calendar days after `date` (holidays and weekends skipped). */
async function workingDayAfter(hub: TestHub, tok: string, date: string, days: number): Promise<string> {
  let t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  for (let i = 0; i < 30; i++, t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const year = await api<{ days: Array<{ date: string; working: boolean }> }>(hub, 'GET', `/api/calendar/years/${day.slice(0, 4)}`, tok);
    if (year.json.days.find((d) => d.date === day)?.working) return day;
  }
  throw new Error(`no working day within 30 days after ${date}`);
}

describe.skipIf(!chromiumPath())('desk dossiers in Chromium: reception, counter return, officer page', () => {
  let hub: TestHub;
  let browser: Browser;
  let desk: Page;

  beforeAll(async () => {
    assertAppsBuilt();
    hub = await startTestHub();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  }, 120_000);

  it('receives a dossier from the called ticket and prints Mẫu 01 whose barcode carries the code', async () => {
    const clerk = hub.users.clerks[0]!;
    const issued = await api<{ data: { ticket: { label: string } } }>(hub, 'POST', '/api/commands/ticket:issue', hub.deviceTokens.kiosk, {
      serviceId: 'ho-tich',
    });
    expect(issued.status).toBe(200);
    const label = issued.json.data.ticket.label;

    desk = await openPage(browser, `${hub.url}/desk/`, { width: 1366, height: 768 });
    await loginDesk(desk, clerk.username, clerk.password);
    await desk.locator(`.desk-counter-card[data-counter="${clerk.counterId}"] button`).click();
    await desk.locator(`.desk[data-counter="${clerk.counterId}"]`).waitFor();
    // no ticket at the counter: no reception button yet
    expect(await desk.getByTestId('open-reception').count()).toBe(0);
    await desk.locator(`.desk-queue-list li[data-label="${label}"]`).waitFor();
    await desk.locator('[data-action="callNext"]').click();
    await expect.poll(() => desk.getByTestId('desk-current-label').textContent()).toBe(label);
    await screenshot(desk, 'desk-called-reception-button');
    await desk.getByTestId('open-reception').click();
    await desk.getByTestId('reception').waitFor();
    expect(await desk.locator('.dos-ticket').textContent()).toContain(label);

    await pickBirthRegistration(desk);
    await fillApplicant(desk, '0901234567');
    // the return-date preview from the hub's working-day calendar, with the processing time
    await expect.poll(() => desk.getByTestId('due-value').textContent(), { timeout: 15_000 }).toMatch(/^\d{2}:\d{2} · .+, \d{2}\/\d{2}\/\d{4}$/);
    expect(await desk.getByTestId('due-preview').textContent()).toContain('ngày làm việc');
    const preview = (await desk.getByTestId('due-value').textContent())!;
    await screenshot(desk, 'desk-reception-form');

    const before = hub.printer!.jobs().length;
    await desk.getByTestId('reception-submit').click();
    const codeEl = desk.getByTestId('dossier-code');
    await codeEl.waitFor({ timeout: 20_000 });
    const code = (await codeEl.textContent())!.trim();
    expect(code).toMatch(CODE_RE);
    // the due date shown is the one previewed (same minute, same rule)
    expect(await desk.getByTestId('dossier-due').textContent()).toContain(preview.slice(0, 5));

    const jobRows = desk.locator('[data-testid="print-jobs"] [data-job]');
    await expect.poll(() => jobRows.count()).toBeGreaterThanOrEqual(1);
    const n = await jobRows.count();
    await expect
      .poll(() => jobRows.evaluateAll((els) => els.map((e) => e.getAttribute('data-state'))), { timeout: 30_000 })
      .toEqual(Array(n).fill('printed'));
    const jobs = (await hub.printer!.waitForJobs(before + n, 30_000)).slice(before);
    const codes = jobs.flatMap((j) => [...j.decoded.map((d) => d.text), ...j.barcodes.map((b) => b.data)]);
    expect(codes).toContain(code);
    await screenshot(desk, 'desk-reception-result');

    // stored as received (status 2), held by the clerk, for the ticket that was called
    const clerkToken = await token(hub, clerk.username, clerk.password);
    const stored = await api<{ dossier: Dossier }>(hub, 'GET', `/api/dossiers/${code}`, clerkToken);
    expect(stored.json.dossier.status).toBe(2);
    expect(stored.json.dossier.applicant.name).toBe('Nguyễn Thị Hồng Nhung');
    expect(stored.json.dossier.components.map((c) => c.name)).toHaveLength(2);
    expect(stored.json.dossier.ticketId).not.toBeNull();
    expect(pageErrors(desk)).toEqual([]);
  }, 180_000);

  it("shows the hub's Vietnamese message for a bad phone number next to the field and keeps every value", async () => {
    await desk.getByRole('button', { name: 'Tiếp nhận hồ sơ khác' }).click();
    await desk.getByTestId('reception').waitFor();
    await pickBirthRegistration(desk);
    await fillApplicant(desk, 'abc-xyz');
    await desk.locator('input[name="email"]').fill('nhung@example.vn');
    await desk.getByTestId('reception-submit').click();
    const error = desk.getByTestId('reception-error');
    await expect.poll(() => error.textContent(), { timeout: 15_000 }).toContain('số điện thoại không hợp lệ');
    expect(await error.textContent()).toBe('Dữ liệu chưa hợp lệ — Số điện thoại: số điện thoại không hợp lệ');
    expect(await desk.locator('label:has(input[name="phone"]) .dos-field-error').textContent()).toBe('số điện thoại không hợp lệ');
    // nothing lost
    expect(await desk.locator('input[name="name"]').inputValue()).toBe('Nguyễn Thị Hồng Nhung');
    expect(await desk.locator('input[name="idNumber"]').inputValue()).toBe('079190001234');
    expect(await desk.locator('input[name="phone"]').inputValue()).toBe('abc-xyz');
    expect(await desk.locator('input[name="email"]').inputValue()).toBe('nhung@example.vn');
    expect(await desk.locator('.dos-comp-list input[type="checkbox"]:checked').count()).toBe(2);
    expect(await desk.getByTestId('procedure-chosen').textContent()).toContain('Thủ tục đăng ký khai sinh');
    await screenshot(desk, 'desk-reception-error');
    await desk.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(desk, 'desk-reception-error-1080p');
    await desk.setViewportSize({ width: 1366, height: 768 });
    expect(await desk.getByTestId('dossier-code').count()).toBe(0);

    // the same screen gives Mẫu 02: the unticked components are the list, printed at the counter
    const before = hub.printer!.jobs().length;
    await desk.getByRole('button', { name: 'Phiếu yêu cầu bổ sung (Mẫu 02)' }).click();
    const slip = desk.getByTestId('slip-supplement');
    await slip.waitFor();
    const items = await slip.locator('.dos-row input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.some((x) => x.startsWith('Giấy tờ tùy thân'))).toBe(true);
    expect(items.every((x) => !x.startsWith('Tờ khai đăng ký khai sinh'))).toBe(true);
    await slip.getByRole('button', { name: 'In phiếu' }).click();
    await desk.getByTestId('slip-printed').waitFor();
    await hub.printer!.waitForJobs(before + 1, 30_000);
    await desk.getByTestId('slip-printed').getByRole('button', { name: 'Xong' }).click();
    // the form is still there after the slip
    expect(await desk.locator('input[name="phone"]').inputValue()).toBe('abc-xyz');
    expect(pageErrors(desk)).toEqual([]);
  }, 120_000);

  it('an officer sees dossiers handed off to them live, resolves one, pauses the other for a supplement, and the counter returns the result', async () => {
    const clerk = hub.users.clerks[0]!;
    const clerkToken = await token(hub, clerk.username, clerk.password);
    const receive = async (name: string) => {
      const r = await api<{ dossier: Dossier }>(hub, 'POST', '/api/dossiers', clerkToken, {
        counterId: clerk.counterId,
        procedureCode: '1.001193',
        applicant: { name, idNumber: '079190005678', phone: '0912345678', address: '5 Trần Hưng Đạo', email: null },
        components: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 }],
        print: false,
      });
      expect(r.status).toBe(201);
      return r.json.dossier.code;
    };
    const officer = hub.hub.auth.listUsers().find((u) => u.username === 'tuphap')!;
    const code = await receive('Phạm Văn An');
    const h = await api(hub, 'POST', `/api/dossiers/${code}/actions`, clerkToken, { type: 'handoff', toUserId: officer.id, note: 'Chuyển xử lý' });
    expect(h.status).toBe(200);

    const page = await openPage(browser, `${hub.url}/desk/`, { width: 1366, height: 768 });
    await loginDesk(page, 'tuphap', 'motcua-demo');
    await page.getByTestId('dossiers-page').waitFor();
    const row = page.locator(`.dos-list-item[data-code="${code}"]`);
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain('Thủ tục đăng ký khai sinh');
    expect(await row.getByTestId('dossier-status').textContent()).toBe('Đang xử lý');

    // a second dossier handed off while the page is open arrives live (dossier:changed), no reload
    await expect.poll(() => page.getByTestId('dossiers-page').getAttribute('data-live')).toBe('on');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const code2 = await receive('Lê Thị Bình');
    await api(hub, 'POST', `/api/dossiers/${code2}/actions`, clerkToken, { type: 'handoff', toUserId: officer.id, note: null });
    await page.locator(`.dos-list-item[data-code="${code2}"]`).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await screenshot(page, 'desk-officer-list');

    await row.click();
    const detail = page.getByTestId('dossier-detail');
    await expect.poll(() => detail.getAttribute('data-code')).toBe(code);
    // the control sheet: the clerk gave it to the officer
    const handoffs = (await page.getByTestId('handoffs').textContent())!;
    expect(handoffs).toContain('Cán bộ quầy 1');
    expect(handoffs).toContain('Nguyễn Thị Lan');
    // a handed-off dossier is already in processing: "Có kết quả" is offered, "Nhận xử lý" is not
    expect(await detail.locator('[data-action="start"]').count()).toBe(0);
    await detail.locator('[data-action="resolve"]').click();
    await page.getByTestId('action-dialog').locator('textarea').fill('Đã cấp Giấy khai sinh');
    await page.getByTestId('action-confirm').click();
    await expect.poll(() => detail.locator('.dos-detail-head [data-testid="dossier-status"]').textContent()).toBe('Đã xử lý xong');
    expect(await page.getByTestId('history').textContent()).toContain('Đã cấp Giấy khai sinh');
    await screenshot(page, 'desk-officer-detail');

    // the second one: a supplement is requested (a reason is required), then recorded as received
    await page.locator(`.dos-list-item[data-code="${code2}"]`).click();
    await expect.poll(() => detail.getAttribute('data-code')).toBe(code2);
    await detail.locator('[data-action="request-supplement"]').click();
    await page.getByTestId('action-confirm').click();
    expect(await page.getByTestId('action-dialog').locator('[role="alert"]').textContent()).toBe('Nhập lý do.');
    await page.getByTestId('action-dialog').locator('textarea').fill('Thiếu giấy chứng sinh bản chính');
    await page.getByTestId('action-confirm').click();
    await expect.poll(() => detail.locator('.dos-detail-head [data-testid="dossier-status"]').textContent()).toBe('Yêu cầu bổ sung giấy tờ');
    await expect.poll(() => page.locator(`.dos-list-item[data-code="${code2}"]`).textContent()).toContain('Đang chờ bổ sung');
    await detail.locator('[data-action="supplement-received"]').click();
    await page.getByTestId('action-confirm').click();
    await expect.poll(() => detail.locator('.dos-detail-head [data-testid="dossier-status"]').textContent()).toBe('Đang xử lý');
    expect(await detail.textContent()).toContain('Tạm dừng tính thời hạn');

    // re-schedule (Mẫu 04) once: a week after the due date at 09:00, with a reason
    const officerToken = await token(hub, 'tuphap', 'motcua-demo');
    const due = (await api<{ dossier: Dossier }>(hub, 'GET', `/api/dossiers/${code2}`, officerToken)).json.dossier.dueAt;
    const later = await workingDayAfter(hub, officerToken, due.slice(0, 10), 7);
    const printedBefore = hub.printer!.jobs().length;
    await detail.locator('[data-action="reschedule"]').click();
    await page.getByTestId('action-dialog').locator('input[type="datetime-local"]').fill(`${later}T09:00`);
    await page.getByTestId('action-dialog').locator('textarea').fill('Cần xác minh thêm tại nơi sinh');
    await page.getByTestId('action-confirm').click();
    await expect.poll(() => detail.textContent()).toContain('Đã hẹn lại');
    expect(await page.getByTestId('detail-due').textContent()).toContain(`09:00 · `);
    expect(await detail.locator('[data-action="reschedule"]').count()).toBe(0);
    await hub.printer!.waitForJobs(printedBefore + 1, 30_000);

    // the counter returns the first one's result: scan (typed) the code, see "Đã xử lý xong", return
    await desk.getByRole('button', { name: 'Về màn hình gọi số' }).click();
    await desk.getByTestId('open-return').click();
    await desk.locator('input[name="dossierCode"]').fill(`  ${code.toLowerCase()} `);
    await desk.locator('input[name="dossierCode"]').press('Enter');
    const card = desk.locator(`.dos-return-card[data-code="${code}"]`);
    await card.waitFor();
    expect(await card.getByTestId('dossier-status').textContent()).toBe('Đã xử lý xong');
    await card.getByTestId('return-counter').click();
    await expect.poll(() => card.getByTestId('dossier-status').textContent()).toBe('Đã trả kết quả');
    await screenshot(desk, 'desk-return');
    // a malformed code gets a plain message
    await desk.locator('input[name="dossierCode"]').fill('ABC');
    await desk.locator('input[name="dossierCode"]').press('Enter');
    await expect.poll(() => desk.locator('.dos-return [role="alert"]').first().textContent()).toContain('Mã hồ sơ không đúng dạng');
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(desk)).toEqual([]);
  }, 180_000);

  it('a clerk opens "Hồ sơ của tôi", takes up the dossier received at the counter and hands it to the officer from a list', async () => {
    const officer = hub.hub.auth.listUsers().find((u) => u.username === 'tuphap')!;
    await desk.getByRole('button', { name: 'Về màn hình gọi số' }).click();
    await desk.getByTestId('open-mine').click();
    await desk.getByTestId('dossiers-page').waitFor();
    // the dossier received in the first test is still the clerk's, status 2
    const row = desk.locator('.dos-list-item').filter({ hasText: 'Nguyễn Thị Hồng Nhung' });
    await row.waitFor({ timeout: 20_000 });
    const code = (await row.getAttribute('data-code'))!;
    expect(await row.getByTestId('dossier-status').textContent()).toBe('Được tiếp nhận');
    await row.click();
    const detail = desk.getByTestId('dossier-detail');
    await expect.poll(() => detail.getAttribute('data-code')).toBe(code);
    await detail.locator('[data-action="start"]').click();
    await expect.poll(() => detail.locator('.dos-detail-head [data-testid="dossier-status"]').textContent()).toBe('Đang xử lý');
    // hand-off: the officer is offered by name (seen holding dossiers), no id typed
    await detail.locator('[data-action="handoff"]').click();
    const dialog = desk.getByTestId('action-dialog');
    await expect.poll(() => dialog.locator('select option').allTextContents()).toContain('Nguyễn Thị Lan — Công chức Tư pháp – Hộ tịch');
    await dialog.locator('select').selectOption(officer.id);
    await dialog.locator('textarea').fill('Chuyển bộ phận tư pháp');
    await screenshot(desk, 'desk-handoff-dialog');
    await desk.getByTestId('action-confirm').click();
    await expect.poll(() => desk.getByTestId('handoffs').textContent()).toContain('Nguyễn Thị Lan');
    // now the officer's: the clerk sees who holds it; of the actions only the counter's withdrawal is left
    await expect.poll(() => desk.getByTestId('held-by').textContent()).toContain('Nguyễn Thị Lan');
    expect(await detail.locator('[data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual(['withdraw']);
    // no longer the clerk's: it leaves "Hồ sơ đang giữ"
    await expect.poll(() => desk.locator(`.dos-list-item[data-code="${code}"]`).count()).toBe(0);
    await screenshot(desk, 'desk-clerk-mine');
    const officerToken = await token(hub, 'tuphap', 'motcua-demo');
    const theirs = await api<{ dossiers: Array<{ code: string }> }>(hub, 'GET', '/api/dossiers?holder=me', officerToken);
    expect(theirs.json.dossiers.map((d) => d.code)).toContain(code);
    expect(pageErrors(desk)).toEqual([]);
  }, 120_000);

  it('a procedure without a published time: the clerk chooses one; a receipt not printed (paper out) is reprinted from the result', async () => {
    await desk.getByRole('button', { name: 'Về quầy' }).click();
    // the shortcut H (Hồ sơ) opens reception from the call screen
    await desk.getByTestId('open-reception').waitFor();
    await desk.keyboard.press('h');
    await desk.getByTestId('reception').waitFor();
    // the form kept what was typed for this citizen; choose another procedure by browsing the counter's field
    expect(await desk.locator('input[name="name"]').inputValue()).toBe('Nguyễn Thị Hồng Nhung');
    await desk.getByRole('button', { name: 'Chọn thủ tục khác' }).click();
    await desk.locator('.dos-chip', { hasText: 'Hộ tịch' }).click();
    const item = desk.locator('.dos-proc-item[data-code="2.000635"]');
    await item.waitFor();
    await item.click();
    expect(await desk.locator('.dos-choose-time').textContent()).toContain('cán bộ chọn thời hạn');
    expect(await desk.getByTestId('due-preview').textContent()).toContain('Chọn thời hạn để xem ngày hẹn trả.');
    await desk.locator('input[name="chosenAmount"]').fill('2');
    await expect.poll(() => desk.getByTestId('due-preview').textContent(), { timeout: 15_000 }).toContain('2 ngày làm việc');
    await desk.getByTestId('due-value').waitFor();
    await desk.locator('.dos-comp-list li[data-component="0"] input[type="checkbox"]').check();
    // an extra document typed in; Enter adds it and does not submit the form
    await desk.getByLabel('Thêm giấy tờ khác').fill('Giấy ủy quyền');
    await desk.getByLabel('Thêm giấy tờ khác').press('Enter');
    await expect.poll(() => desk.locator('.dos-comp-list li.is-checked').allTextContents()).toEqual([
      expect.stringContaining('Tờ khai'),
      expect.stringContaining('Giấy ủy quyền'),
    ]);
    expect(await desk.getByTestId('reception-error').count()).toBe(0);
    await desk.locator('input[name="phone"]').fill('0901234567');

    hub.printer!.injectFault('paper-out');
    await desk.getByTestId('reception-submit').click();
    const codeEl = desk.getByTestId('dossier-code');
    await codeEl.waitFor({ timeout: 20_000 });
    const code = (await codeEl.textContent())!.trim();
    expect(code).toMatch(CODE_RE);
    const rows = desk.locator('[data-testid="print-jobs"] [data-job]');
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-state'))), { timeout: 30_000 }).toContain('failed');
    const failedRow = desk.locator('[data-testid="print-jobs"] [data-job][data-state="failed"]').first();
    expect(await failedRow.textContent()).toMatch(/Chưa in được: .*giấy/i);
    await screenshot(desk, 'desk-reception-print-failed');

    await hub.printer!.clearFaults();
    const before = hub.printer!.jobs().filter((j) => j.outcome === 'printed').length;
    // every copy that failed gets "In lại"
    for (let i = 0; i < 4 && (await desk.locator('[data-job][data-state="failed"] button').count()) > 0; i++) {
      const failedNow = await desk.locator('[data-job][data-state="failed"]').count();
      await desk.locator('[data-job][data-state="failed"] button').first().click();
      await expect
        .poll(() => desk.locator('[data-job][data-state="failed"]').count(), { timeout: 30_000, message: `${await rows.allTextContents()}` })
        .toBeLessThan(failedNow);
    }
    const n = await rows.count();
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-state'))), { timeout: 30_000 }).toEqual(Array(n).fill('printed'));
    await expect
      .poll(() => hub.printer!.jobs().filter((j) => j.outcome === 'printed' && j.decoded.some((d) => d.text === code)).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(1);
    expect(hub.printer!.jobs().filter((j) => j.outcome === 'printed').length).toBeGreaterThan(before);

    const clerk = hub.users.clerks[0]!;
    const stored = await api<{ dossier: Dossier }>(hub, 'GET', `/api/dossiers/${code}`, await token(hub, clerk.username, clerk.password));
    expect(stored.json.dossier.processingTime).toEqual({ amount: 2, unit: 'working-days' });
    expect(stored.json.dossier.components.map((c) => c.name)).toContain('Giấy ủy quyền');

    // from the result straight to the hand-off dialog of this dossier
    await desk.getByRole('button', { name: 'Chuyển hồ sơ cho cán bộ xử lý' }).click();
    const dialog = desk.getByTestId('action-dialog');
    await dialog.waitFor();
    expect(await desk.getByTestId('dossier-detail').getAttribute('data-code')).toBe(code);
    const officer = hub.hub.auth.listUsers().find((u) => u.username === 'tuphap')!;
    await expect.poll(() => dialog.locator('select option').count()).toBeGreaterThan(1);
    await dialog.locator('select').selectOption(officer.id);
    await desk.getByTestId('action-confirm').click();
    await expect.poll(() => desk.getByTestId('held-by').textContent()).toContain('Nguyễn Thị Lan');
    expect(pageErrors(desk)).toEqual([]);
  }, 180_000);
});

describe.skipIf(!chromiumPath())('officer list flags against the hub clock', () => {
  let hub: TestHub;
  let browser: Browser;
  let offsetMs = 0;

  beforeAll(async () => {
    assertAppsBuilt();
    hub = await startTestHub({ clock: { now: () => Date.now() + offsetMs } });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  }, 120_000);

  it('marks overdue dossiers red "Quá hạn", waiting ones "Đang chờ bổ sung", and lists the most urgent first', async () => {
    const clerk = hub.users.clerks[0]!;
    const clerkToken = await token(hub, clerk.username, clerk.password);
    const opened = await api(hub, 'POST', '/api/commands/counter:open', clerkToken, { counterId: clerk.counterId });
    expect(opened.status).toBe(200);
    const officer = hub.hub.auth.listUsers().find((u) => u.username === 'tuphap')!;
    const officerToken = await token(hub, 'tuphap', 'motcua-demo');
    const receive = async (procedureCode: string, name: string, component: string) => {
      const r = await api<{ dossier: Dossier }>(hub, 'POST', '/api/dossiers', clerkToken, {
        counterId: clerk.counterId,
        procedureCode,
        applicant: { name, idNumber: '079190009999', phone: '0987654321', address: '1 Nguyễn Huệ', email: null },
        components: [{ name: component, form: 'original', count: 1 }],
        print: false,
      });
      expect(r.status).toBe(201);
      const code = r.json.dossier.code;
      expect((await api(hub, 'POST', `/api/dossiers/${code}/actions`, clerkToken, { type: 'handoff', toUserId: officer.id, note: null })).status).toBe(200);
      return code;
    };
    const late = await receive('1.001193', 'Hồ sơ một ngày', 'Tờ khai');
    const long = await receive('2.000986', 'Hồ sơ hai mươi ngày', 'Tờ khai');
    const waiting = await receive('2.000986', 'Hồ sơ chờ bổ sung', 'Tờ khai');
    expect(
      (await api(hub, 'POST', `/api/dossiers/${waiting}/actions`, officerToken, { type: 'request-supplement', reason: 'Thiếu giấy chứng sinh' })).status,
    ).toBe(200);
    // two weeks later by the hub's clock (longer than any holiday break): the one-day dossier is
    // late; the twenty-working-day ones are neither late nor due within a working day
    offsetMs = 14 * 86_400_000;

    const page = await openPage(browser, `${hub.url}/desk/`, { width: 1366, height: 768 });
    await loginDesk(page, 'tuphap', 'motcua-demo');
    const items = page.locator('.dos-list-item');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(3);
    expect(await items.first().getAttribute('data-code')).toBe(late);
    const lateItem = page.locator(`.dos-list-item[data-code="${late}"]`);
    expect(await lateItem.locator('.dos-flag.is-overdue').textContent()).toBe('Quá hạn');
    expect(await lateItem.evaluate((el) => getComputedStyle(el.querySelector('.dos-flag')!).backgroundColor)).toBe('rgb(179, 38, 30)');
    expect(await page.locator(`.dos-list-item[data-code="${long}"] .dos-flag`).count()).toBe(0);
    expect(await page.locator(`.dos-list-item[data-code="${waiting}"] .dos-flag`).allTextContents()).toEqual(['Đang chờ bổ sung']);
    await lateItem.click();
    await expect.poll(() => page.getByTestId('dossier-detail').getAttribute('data-code')).toBe(late);
    expect(await page.getByTestId('detail-due').getAttribute('class')).toContain('is-overdue');
    await screenshot(page, 'desk-officer-flags');
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);
});
