import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Dossier, DisplaySettings, PrintJobInfo, Procedure, Snapshot } from '@motcua/protocol';
import { chromiumPath } from '../support/chromium.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { ARTIFACTS, assertAppsBuilt, launch, openPage, pageErrors } from './browser.js';

// The admin page's tabs against a real hub in Chromium: printers (fault, failed job, preview,
// reprint), the working-day calendar (official 2026, derived 2027 confirmed), the catalog,
// Biểu 06 with its Excel file, the TV notice and display profiles, pairing codes.
describe.skipIf(!chromiumPath())('admin screens in Chromium against the real hub', () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  let adminToken: string;

  async function api<T>(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; json: T }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${hub.url}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, json: (await res.json().catch(() => null)) as T };
  }
  /** The whole page (long tabs scroll). */
  const shot = (p: Page, name: string) => p.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const tab = async (id: string) => {
    await page.locator(`[data-tab="${id}"]`).click();
    await expect.poll(() => page.locator(`[data-tab="${id}"]`).getAttribute('aria-selected')).toBe('true');
  };

  beforeAll(async () => {
    assertAppsBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    hub = await startTestHub();
    browser = await launch();
    adminToken = (await api<{ token: string }>('POST', '/api/auth/login', null, hub.users.admin)).json.token;
    page = await openPage(browser, `${hub.url}/admin/`, { width: 1366, height: 900 });
    await page.locator('input[name="username"]').fill(hub.users.admin.username);
    await page.locator('input[name="password"]').fill(hub.users.admin.password);
    await page.locator('button[type="submit"]').click();
    await page.locator('.admin-tabs').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  }, 120_000);

  it('printers: a paper-out shows the printer in error and the failed job; the preview loads; "In lại" prints it', async () => {
    await tab('printers');
    const card = page.locator('[data-printer="may-in-kiosk"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Máy in kiosk sảnh chính');

    hub.printer!.injectFault('paper-out');
    const issued = await api<{ data: { printJobId: string; ticket: { label: string } } }>(
      'POST',
      '/api/commands/ticket:issue',
      hub.deviceTokens.kiosk,
      { serviceId: 'ho-tich' },
    );
    expect(issued.status).toBe(200);
    const jobId = issued.json.data.printJobId;
    const label = issued.json.data.ticket.label;
    expect(jobId).toMatch(/^pj-/);

    await expect.poll(() => card.getAttribute('data-health'), { timeout: 20_000 }).toBe('error');
    expect(await card.getByTestId('printer-health').textContent()).toBe('Lỗi');
    const row = page.locator(`tr[data-job="${jobId}"]`);
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 20_000 }).toBe('failed');
    expect(await row.textContent()).toContain(label);
    expect(await row.textContent()).toMatch(/giấy/i); // the printer's Vietnamese message (hết giấy)
    expect(await page.locator('[data-tab="printers"] .admin-tab-alert').textContent()).toBe('1');
    await shot(page, 'admin-printers-error');

    // the preview: a PNG behind the Bearer token, shown through a blob URL
    await row.getByRole('button', { name: 'Xem trước' }).click();
    const img = page.getByTestId('job-preview');
    await img.waitFor();
    await expect
      .poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth), { timeout: 20_000 })
      .toBe(576);
    expect(await img.getAttribute('src')).toMatch(/^blob:/);
    await shot(page, 'admin-printer-preview');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.mc-dialog').count()).toBe(0);

    await hub.printer!.clearFaults();
    const landed = hub.printer!.jobs().length;
    await row.getByRole('button', { name: 'In lại' }).click();
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 30_000 }).toBe('printed');
    expect(await row.textContent()).toContain('Đã in');
    const after = await api<{ job: PrintJobInfo }>('GET', `/api/print/jobs/${jobId}`, adminToken);
    expect(after.json.job).toMatchObject({ state: 'printed', attempts: 2 });
    await hub.printer!.waitForJobs(landed + 1);
    await expect.poll(() => card.getAttribute('data-health'), { timeout: 20_000 }).not.toBe('error');
    expect(await page.locator('[data-tab="printers"] .admin-tab-alert').count()).toBe(0);
    await shot(page, 'admin-printers-reprinted');
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);

  it('printers: adds a network printer with the form (bad input refused in Vietnamese) and assigns it to a counter', async () => {
    await tab('printers');
    await page.getByRole('button', { name: '+ Thêm máy in' }).click();
    const dialog = page.locator('.mc-dialog');
    await dialog.locator('input[name="printer-id"]').fill('may-in-quay-3');
    await dialog.locator('input[name="printer-name"]').fill('Máy in quầy 3 (Xprinter)');
    await dialog.getByRole('button', { name: 'Lưu máy in' }).click();
    expect(await dialog.getByRole('alert').textContent()).toBe('Vui lòng nhập địa chỉ IP hoặc tên máy của máy in.');
    await dialog.locator('input[name="host"]').fill('192.0.2.10');
    await dialog.locator('select[name="width"]').selectOption('512');
    await dialog.locator('select[name="cut"]').selectOption('full');
    await shot(page, 'admin-printer-form');
    await dialog.getByRole('button', { name: 'Lưu máy in' }).click();
    await expect.poll(() => page.locator('.mc-dialog').count()).toBe(0);
    const card = page.locator('[data-printer="may-in-quay-3"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Mạng (TCP) 192.0.2.10:9100');
    expect(await card.textContent()).toContain('512 điểm, 180 dpi');
    const list = await api<{ profiles: Array<Record<string, unknown>> }>('GET', '/api/admin/printers', adminToken);
    expect(list.json.profiles.find((p) => p.id === 'may-in-quay-3')).toMatchObject({
      name: 'Máy in quầy 3 (Xprinter)',
      transport: { kind: 'tcp', host: '192.0.2.10', port: 9100 },
      widthDots: 512,
      dpi: 180,
      cut: 'full',
    });

    await page.locator('tr[data-counter="quay-3"] select').selectOption('may-in-quay-3');
    await expect.poll(() => page.locator('.mc-notice-ok').textContent()).toContain('Quầy 3');
    expect(hub.hub.print.counterPrinter('quay-3')).toBe('may-in-quay-3');
    // the demo kiosk shows its ticket printer
    const kioskSelect = page.locator('tr[data-device] select').first();
    expect(await kioskSelect.inputValue()).toBe('may-in-kiosk');
  }, 120_000);

  it('calendar: 2026 is official with 250 working days and Tết marked; 2027 is unconfirmed until confirmed', async () => {
    await tab('calendar');
    const year = page.locator('input[name="year"]');
    await year.fill('2026');
    await year.press('Enter');
    await expect.poll(() => page.getByTestId('working-days').textContent()).toBe('250 ngày làm việc');
    expect(await page.getByTestId('calendar-source').getAttribute('data-source')).toBe('official');
    const tet = page.locator('[data-date="2026-02-17"]');
    expect(await tet.getAttribute('data-reason')).toBe('holiday');
    expect(await tet.getAttribute('title')).toContain('Tết');
    await tet.click();
    expect(await page.getByTestId('picked-day').textContent()).toContain('17/02/2026: Tết Nguyên đán');
    expect(await page.locator('[data-date="2026-02-18"]').getAttribute('data-reason')).toBe('holiday');
    expect(await page.locator('[data-date="2026-02-21"]').getAttribute('data-reason')).toBe('weekend');
    expect(await page.locator('[data-date="2026-03-02"]').getAttribute('data-reason')).toBe('workday');
    await shot(page, 'admin-calendar-2026');

    // the due-date calculator agrees with the hub
    const due = page.getByTestId('due-date');
    await due.locator('input[type="datetime-local"]').fill('2026-02-13T09:00');
    await due.locator('input[inputmode="decimal"]').fill('5');
    await due.getByRole('button', { name: 'Tính' }).click();
    const hubDue = await api<{ dueAt: string }>('GET', '/api/calendar/due-date?receivedAt=2026-02-13T09:00:00&amount=5&unit=working-days', adminToken);
    const [y, m, d] = hubDue.json.dueAt.slice(0, 10).split('-');
    await expect.poll(() => page.getByTestId('due-answer').textContent()).toContain(`ngày ${d} tháng ${m} năm ${y}`);

    await page.getByRole('button', { name: 'Năm sau' }).click();
    await expect.poll(() => page.getByTestId('calendar-source').getAttribute('data-source')).toBe('derived');
    expect(await page.getByTestId('calendar-source').textContent()).toBe('Chưa xác nhận — tính theo quy định');
    expect(await page.locator('[data-date="2027-02-06"]').getAttribute('data-reason')).toBe('holiday'); // Tết 2027 (mùng 1)
    await shot(page, 'admin-calendar-2027-derived');

    await page.getByRole('button', { name: 'Kiểm tra và xác nhận' }).click();
    const editor = page.getByTestId('year-editor');
    await editor.waitFor();
    // a make-up "Saturday" that is a Sunday: the hub refuses with its problems, shown in Vietnamese
    await editor.getByRole('button', { name: '+ Thêm thứ Bảy làm bù' }).click();
    await editor.getByLabel(/Thứ Bảy làm bù \d+/).last().fill('2027-01-03');
    await page.getByTestId('calendar-save').click();
    await page.getByTestId('calendar-problems').waitFor();
    expect(await page.getByTestId('calendar-problems').textContent()).toContain('Lịch năm 2027 chưa đúng');
    await shot(page, 'admin-calendar-problems');
    expect((await api<{ source: string }>('GET', '/api/calendar/years/2027', adminToken)).json.source).toBe('derived');
    await editor.getByRole('button', { name: 'Xóa' }).last().click();
    await page.getByTestId('calendar-save').click();
    await expect.poll(() => page.getByTestId('calendar-source').getAttribute('data-source')).toBe('official');
    expect(await page.getByTestId('calendar-source').textContent()).toBe('Chính thức (đã xác nhận)');
    expect((await api<{ source: string }>('GET', '/api/calendar/years/2027', adminToken)).json.source).toBe('official');
    await shot(page, 'admin-calendar-2027-confirmed');
  }, 120_000);

  it('Biểu 06: two dossiers received today show as 2 received; the Excel download has the same figures', async () => {
    const clerk = hub.users.clerks[0]!;
    const clerkToken = (await api<{ token: string }>('POST', '/api/auth/login', null, { username: clerk.username, password: clerk.password }))
      .json.token;
    expect((await api('POST', '/api/commands/counter:open', clerkToken, { counterId: clerk.counterId })).status).toBe(200);
    const codes: string[] = [];
    for (let i = 1; i <= 2; i++) {
      const r = await api<{ dossier: Dossier }>('POST', '/api/dossiers', clerkToken, {
        counterId: clerk.counterId,
        procedureCode: '1.001193',
        applicant: { name: `Trần Thị Thử ${i}`, idNumber: `07919000000${i}`, phone: `090111222${i}`, address: '1 Lê Lợi', email: null },
        components: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 }],
        print: false,
      });
      expect(r.status).toBe(201);
      codes.push(r.json.dossier.code);
    }
    // one of them resolved right away: early
    for (const type of ['start', 'resolve']) {
      expect((await api('POST', `/api/dossiers/${codes[0]}/actions`, adminToken, { type })).status).toBe(200);
    }

    const office = (await api<Snapshot>('GET', '/api/snapshot', adminToken)).json.office.name;
    const snapshotOffice = () => office;
    await tab('stats');
    await page.locator('[data-preset="today"]').click();
    const total = page.locator('[data-testid="bieu06"] tr[data-row="total"] td');
    await expect.poll(() => total.nth(2).textContent()).toBe('2');
    expect(await total.nth(6).textContent()).toBe('1'); // resolved
    expect(await total.nth(10).textContent()).toBe('1'); // in progress
    expect(await page.locator('[data-testid="bieu06"] tr[data-row="Hộ tịch"] td').nth(2).textContent()).toBe('2');
    expect(await page.getByTestId('bieu06-headline').textContent()).toBe('100% hồ sơ giải quyết đúng hạn và trước hạn, 0% quá hạn');
    const issuedToday = Object.values((await api<Snapshot>('GET', '/api/snapshot', adminToken)).json.issuedToday).reduce((a, b) => a + b, 0);
    expect(Number(await page.getByTestId('kpi-issued').locator('b').textContent())).toBe(issuedToday);
    await shot(page, 'admin-stats');
    // printed, the report stands alone: no tabs, no form, the office named
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.admin-bar').isVisible()).toBe(false);
    expect(await page.getByTestId('bieu06').isVisible()).toBe(true);
    expect(await page.locator('.admin-print-only').textContent()).toContain(snapshotOffice());
    await shot(page, 'admin-stats-print');
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bieu06-xlsx').click()]);
    const today = (await api<Snapshot>('GET', '/api/snapshot', adminToken)).json.businessDay;
    expect(download.suggestedFilename()).toBe(`bieu06-${today}-${today}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let totalRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === 'Tổng số') totalRow = n;
    });
    expect(totalRow).toBeGreaterThan(6);
    const cells = (n: number) => Array.from({ length: 13 }, (_, i) => ws.getRow(n).getCell(3 + i).value);
    const onPage = await total.evaluateAll((tds) => tds.slice(2, 15).map((td) => td.textContent));
    expect(cells(totalRow).map(String)).toEqual(onPage);
    expect(ws.getRow(totalRow).getCell(3).value).toBe(2);
    expect(ws.getRow(totalRow).getCell(7).value).toBe(1);

    // by unit: the same total, rows named after the units holding the dossiers
    await page.locator('select[name="groupBy"]').selectOption('unit');
    await expect.poll(() => page.locator('[data-testid="bieu06"] thead th').nth(1).textContent()).toBe('Đơn vị');
    await expect.poll(() => total.nth(2).textContent()).toBe('2');
    expect(await page.locator('[data-testid="bieu06"] tbody tr:not([data-row="total"])').count()).toBeGreaterThanOrEqual(1);
    // a period upside down: a plain message, no table
    await page.locator('input[name="from"]').fill('2026-12-31');
    await page.locator('input[name="to"]').fill('2026-01-01');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('“Từ ngày” phải trước hoặc bằng “Đến ngày”.');
    expect(await page.getByTestId('bieu06').count()).toBe(0);
    expect(await page.getByTestId('bieu06-xlsx').isDisabled()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);

  it('TV: the admin sets a notice and a display profile; the hub serves them to a TV device', async () => {
    await tab('display');
    const notice = 'Chiều thứ Sáu tuần này bộ phận một cửa nghỉ họp từ 15 giờ — kính mong công dân thông cảm.';
    await page.locator('textarea[name="notice"]').fill(notice);
    await page.getByRole('button', { name: '+ Thêm cấu hình màn hình' }).click();
    const profile = page.locator('[data-profile="man-hinh-1"]');
    await profile.waitFor();
    await profile.getByLabel('Tên').fill('Tầng 1 — Hộ tịch');
    await profile.getByLabel('Tất cả dịch vụ').uncheck();
    // every service is ticked now; keep only the first one
    const boxes = profile.locator('fieldset', { hasText: 'Dịch vụ hiển thị' }).locator('input[type="checkbox"]');
    await expect.poll(() => boxes.count()).toBeGreaterThan(2);
    for (let i = (await boxes.count()) - 1; i >= 2; i--) await boxes.nth(i).uncheck();
    await page.getByTestId('display-save').click();
    await expect.poll(() => page.locator('.mc-notice-ok').first().textContent()).toContain('Đã lưu');
    expect(await profile.getByTestId('tv-url').textContent()).toMatch(/\/tv\/\?profile=man-hinh-1$/);

    const served = await api<DisplaySettings>('GET', '/api/display', hub.deviceTokens.display);
    expect(served.json.notice).toBe(notice);
    const snap = (await api<Snapshot>('GET', '/api/snapshot', adminToken)).json;
    const services = [...snap.services].sort((a, b) => a.sortOrder - b.sortOrder);
    expect(served.json.profiles).toEqual([
      expect.objectContaining({ id: 'man-hinh-1', name: 'Tầng 1 — Hộ tịch', serviceIds: [services[0]!.id], counterIds: null }),
    ]);
    await profile.getByRole('button', { name: 'Tạo thiết bị TV cho cấu hình này' }).click();
    const link = profile.getByTestId('tv-device-url');
    await link.waitFor();
    expect(await link.textContent()).toMatch(/\/tv\/\?profile=man-hinh-1&token=dev_/);
    await shot(page, 'admin-display');

    // The TV page shows the notice, and a change made on the admin page reaches it live.
    const tv = await openPage(browser, `${hub.url}/tv/?token=${hub.deviceTokens.display}`, { width: 1920, height: 1080 });
    await tv.locator('.tv').waitFor();
    await expect.poll(() => tv.getByTestId('tv-notice').getAttribute('aria-label'), { timeout: 20_000 }).toBe(notice);
    await shot(tv, 'admin-display-tv');
    const second = 'Sáng thứ Bảy bộ phận một cửa làm việc từ 7 giờ 30 đến 11 giờ 30.';
    await page.locator('textarea[name="notice"]').fill(second);
    await page.getByTestId('display-save').click();
    await expect.poll(() => tv.getByTestId('tv-notice').getAttribute('aria-label'), { timeout: 20_000 }).toBe(second);
    await tv.context().close();
  }, 120_000);

  it('catalog: finds a procedure without diacritics, edits it, and imports a JSON file with one bad entry', async () => {
    await tab('procedures');
    await page.locator('input[name="q"]').fill('dang ky khai sinh');
    const row = page.locator('tr[data-procedure="1.001193"]');
    await row.waitFor();
    await shot(page, 'admin-procedures');
    await row.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.locator('.mc-dialog');
    await dialog.locator('input[name="fee"]').fill('Miễn phí');
    await dialog.locator('input[name="amount"]').fill('3');
    await dialog.locator('textarea[name="components"]').fill('Tờ khai đăng ký khai sinh\nGiấy chứng sinh\n');
    await shot(page, 'admin-procedure-edit');
    await dialog.getByRole('button', { name: 'Lưu thủ tục' }).click();
    await expect.poll(() => page.locator('.mc-dialog').count()).toBe(0);
    const saved = (await api<{ procedure: Procedure }>('GET', '/api/procedures/1.001193', adminToken)).json.procedure;
    expect(saved).toMatchObject({
      fee: 'Miễn phí',
      processingTime: { amount: 3, unit: 'working-days' },
      components: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
    });
    await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('3 ngày làm việc');

    const file = [
      {
        code: 'TEST.0001',
        name: 'Thủ tục thử nghiệm nhập từ tệp',
        field: 'Thử nghiệm',
        processingTime: { amount: 2, unit: 'working-days' },
        components: ['Đơn đề nghị'],
      },
      { code: 'TEST.0002' },
    ];
    await page.getByTestId('import-file').setInputFiles({
      name: 'thu-tuc.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('đã nhập 1 thủ tục, 1 mục bị bỏ qua');
    expect(await result.textContent()).toContain('Mục thứ 2:');
    expect((await api('GET', '/api/procedures/TEST.0001', adminToken)).status).toBe(200);
    // a file that is not JSON: a plain message, nothing breaks
    await page.getByTestId('import-file').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{ không phải json') });
    await expect.poll(() => page.locator('.mc-notice-error').textContent()).toContain('không phải JSON hợp lệ');
    await shot(page, 'admin-procedures-import');
  }, 120_000);

  it('devices: "Tạo mã ghép nối" shows an 8-character code that pairs a new machine once', async () => {
    await tab('devices');
    const pairing = page.getByTestId('pairing');
    await pairing.locator('input[name="pair-name"]').fill('Kiosk tầng 2');
    await pairing.locator('select[name="pair-printer"]').selectOption('may-in-kiosk');
    await pairing.getByRole('button', { name: 'Tạo mã ghép nối' }).click();
    const codeEl = page.getByTestId('pairing-code');
    await codeEl.waitFor();
    const code = (await codeEl.textContent())!;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await pairing.textContent()).toContain('hết hạn lúc');
    await shot(page, 'admin-pairing');
    const paired = await api<{ role: string; name: string; printerProfileId?: string }>('POST', '/api/devices/pair', null, { code });
    expect(paired.status).toBe(200);
    expect(paired.json).toMatchObject({ role: 'kiosk', name: 'Kiosk tầng 2', printerProfileId: 'may-in-kiosk' });
    expect((await api('POST', '/api/devices/pair', null, { code })).status).toBe(401);
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);

  it('every tab fits a 1024-pixel laptop screen without sideways scrolling', async () => {
    const small = await openPage(browser, `${hub.url}/admin/`, { width: 1024, height: 768 });
    await small.locator('input[name="username"]').fill(hub.users.admin.username);
    await small.locator('input[name="password"]').fill(hub.users.admin.password);
    await small.locator('button[type="submit"]').click();
    await small.locator('.admin-tabs').waitFor();
    for (const id of ['services', 'counters', 'procedures', 'calendar', 'printers', 'display', 'devices', 'users', 'stats']) {
      await small.locator(`[data-tab="${id}"]`).click();
      await expect.poll(() => small.locator(`[data-tab="${id}"]`).getAttribute('aria-selected')).toBe('true');
      await small.waitForTimeout(300);
      const width = await small.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `tab ${id} is no wider than the screen`).toBeLessThanOrEqual(1024);
    }
    await shot(small, 'admin-1024-stats');
    expect(pageErrors(small)).toEqual([]);
    await small.context().close();
  }, 120_000);
});
