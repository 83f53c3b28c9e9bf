import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier, DossierLookup, Snapshot } from '@motcua/protocol';
import { startTestHub, type TestHub } from '../support/hub.js';
import { command, connect, login, rest, type HubSocket } from '../support/clients.js';

const applicant = (i: number) => ({
  name: `Nguyễn Văn Thử ${i}`,
  idNumber: `0790${String(i).padStart(8, '0')}`,
  phone: `09012345${String(i % 100).padStart(2, '0')}`,
  address: '12 Lê Lợi, Phường Demo',
  email: null,
});

describe('dossier reception and tracking through a real hub', () => {
  let t: TestHub;
  let clerk1: string;
  let clerk2: string;
  let admin: string;
  let desk1: HubSocket;

  beforeAll(async () => {
    t = await startTestHub();
    clerk1 = (await login(t.url, 'clerk1', t.users.clerks[0]!.password)).token;
    clerk2 = (await login(t.url, 'clerk2', t.users.clerks[1]!.password)).token;
    admin = (await login(t.url, 'admin', t.users.admin.password)).token;
    desk1 = (await connect(t.url, clerk1)).socket;
    const desk2 = (await connect(t.url, clerk2)).socket;
    await command(desk1, 'counter:open', { counterId: 'quay-1' });
    await command(desk2, 'counter:open', { counterId: 'quay-2' });
    desk2.disconnect();
  });
  afterAll(async () => {
    desk1?.disconnect();
    await t?.close();
  });

  const receive = (token: string, counterId: string, i: number, extra: Record<string, unknown> = {}) =>
    rest(t.url, '/api/dossiers', token, {
      counterId,
      procedureCode: '1.001193',
      applicant: applicant(i),
      components: [
        { name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 },
        { name: 'Giấy chứng sinh', form: 'copy', count: 1 },
      ],
      ...extra,
    });

  it('receives a dossier from the ticket being served: code, status 2, due date, Mẫu 01 printed with the code as CODE128', async () => {
    const kiosk = (await connect(t.url, t.deviceTokens.kiosk)).socket;
    await command(kiosk, 'ticket:issue', { serviceId: 'ho-tich' });
    kiosk.disconnect();
    const called = await command(desk1, 'ticket:callNext', { counterId: 'quay-1' });
    expect(called.ok).toBe(true);
    const before = t.printer!.jobs().length;
    const res = await receive(clerk1, 'quay-1', 1);
    expect(res.status).toBe(201);
    const { dossier, printJobIds } = res.json as { dossier: Dossier; printJobIds: string[] };
    expect(dossier.code).toMatch(/^H99\.01\.01\.01-\d{6}-0001$/);
    expect(dossier.status).toBe(2);
    expect(dossier.ticketId).toBe(called.ok ? called.data.ticket.id : null);
    expect(Date.parse(dossier.dueAt)).toBeGreaterThan(Date.parse(dossier.receivedAt));
    expect(dossier.dueAt).toMatch(/T17:00:00\+07:00$/);
    expect(printJobIds.length).toBeGreaterThanOrEqual(1);
    await t.hub.print.idle();
    const jobs = (await t.printer!.waitForJobs(before + printJobIds.length)).slice(before);
    expect(jobs.every((j) => j.outcome === 'printed')).toBe(true);
    const codes = jobs.flatMap((j) => [...j.decoded.map((d) => d.text), ...j.barcodes.map((b) => b.data)]);
    expect(codes).toContain(dossier.code);
  });

  it('codes are unique and consecutive under concurrent receptions at two counters', async () => {
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => receive(i % 2 ? clerk2 : clerk1, i % 2 ? 'quay-2' : 'quay-1', 100 + i, { print: false })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const codes = results.map((r) => (r.json as { dossier: Dossier }).dossier.code);
    expect(new Set(codes).size).toBe(24);
    const seqs = codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 24 }, (_, i) => i + 2));
  });

  it('bad input changes nothing: unknown procedure, wrong counter, malformed applicant', async () => {
    expect((await receive(clerk1, 'quay-1', 1, { procedureCode: 'KHONG-CO' })).status).toBe(404);
    expect((await receive(clerk1, 'quay-2', 1)).status).toBe(403);
    const bad = await receive(clerk1, 'quay-1', 1, { applicant: { ...applicant(1), phone: 'abc' } });
    expect(bad.status).toBe(400);
    expect((bad.json as { error: { message: string } }).error.message).toMatch(/điện thoại/);
    expect((await receive(t.deviceTokens.kiosk, 'quay-1', 1)).status).toBe(403);
    // the next code continues without a gap from refused attempts
    const ok = await receive(clerk1, 'quay-1', 2, { print: false });
    expect((ok.json as { dossier: Dossier }).dossier.code.slice(-4)).toBe('0026');
  });

  it('lifecycle: hand-off to an officer, a supplement pause opened and closed, resolve, return; all recorded', async () => {
    const r = await receive(clerk1, 'quay-1', 3, { print: false });
    const code = (r.json as { dossier: Dossier }).dossier.code;
    const officer = t.hub.auth.listUsers().find((u) => u.username === 'tuphap')!;
    const act = (token: string, body: unknown) => rest(t.url, `/api/dossiers/${code}/actions`, token, body);
    const h = await act(clerk1, { type: 'handoff', toUserId: officer.id, note: 'Chuyển xử lý' });
    expect(h.status).toBe(200);
    const officerToken = (await login(t.url, 'tuphap', 'motcua-demo')).token;
    // the clerk no longer holds it
    expect((await act(clerk1, { type: 'resolve' })).status).toBe(403);
    const mine = (await rest(t.url, '/api/dossiers?holder=me', officerToken)).json as { dossiers: Array<{ code: string }> };
    expect(mine.dossiers.map((d) => d.code)).toContain(code);
    const sup = await act(officerToken, { type: 'request-supplement', reason: 'Thiếu giấy chứng sinh bản chính' });
    expect((sup.json as { dossier: Dossier }).dossier.status).toBe(5);
    const back = await act(officerToken, { type: 'supplement-received' });
    const afterPause = (back.json as { dossier: Dossier }).dossier;
    expect(afterPause.status).toBe(4);
    expect(afterPause.pauses).toHaveLength(1);
    expect(afterPause.pauses[0]!.to).not.toBeNull();
    const bad = await act(officerToken, { type: 'return', method: 'counter' });
    expect(bad.status).toBe(409);
    const resolved = (await act(officerToken, { type: 'resolve' })).json as { dossier: Dossier };
    expect(resolved.dossier.status).toBe(9);
    expect(['early', 'on-time']).toContain(resolved.dossier.outcome);
    const returned = (await act(clerk1, { type: 'return', method: 'counter' })).json as { dossier: Dossier };
    expect(returned.dossier.status).toBe(10);
    expect(returned.dossier.handoffs).toHaveLength(1);
    expect(returned.dossier.history.map((e) => e.status)).toEqual([2, 4, 5, 4, 9, 10]);
    const noApology = await fetch(`${t.url}/api/dossiers/${code}/apology.pdf`, { headers: { authorization: `Bearer ${admin}` } });
    expect(noApology.status).toBe(404);
    const sheet = await fetch(`${t.url}/api/dossiers/${code}/control-sheet.pdf`, { headers: { authorization: `Bearer ${admin}` } });
    expect(sheet.status).toBe(200);
    expect(Buffer.from(await sheet.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('re-scheduling once before the due date prints Mẫu 04 and gives its A4 PDF; a second one is refused', async () => {
    const r = await receive(clerk1, 'quay-1', 77, { print: false });
    const d = (r.json as { dossier: Dossier }).dossier;
    const next = (await rest(t.url, `/api/calendar/due-date?receivedAt=${encodeURIComponent(d.dueAt)}&amount=1&unit=working-days`, clerk1))
      .json as { dueAt: string };
    const newDueAt = next.dueAt.replace('T17:00:00', 'T10:00:00');
    const before = t.printer!.jobs().length;
    const res = await rest(t.url, `/api/dossiers/${d.code}/actions`, clerk1, { type: 'reschedule', newDueAt, reason: 'Chờ xác minh thông tin hộ tịch' });
    expect(res.status).toBe(200);
    const out = res.json as { dossier: Dossier; printJobIds: string[] };
    expect(out.dossier.dueAt).toBe(newDueAt);
    expect(out.dossier.rescheduled?.previousDueAt).toBe(d.dueAt);
    expect(out.printJobIds.length).toBeGreaterThan(0);
    await t.hub.print.idle();
    const slips = (await t.printer!.waitForJobs(before + out.printJobIds.length)).slice(before);
    expect(slips.every((j) => j.outcome === 'printed')).toBe(true);
    const pdf = await fetch(`${t.url}/api/dossiers/${d.code}/apology.pdf`, { headers: { authorization: `Bearer ${admin}` } });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const again = await rest(t.url, `/api/dossiers/${d.code}/actions`, clerk1, { type: 'reschedule', newDueAt, reason: 'lần hai' });
    expect(again.status).toBe(409);
  });

  it('public look-up: status and due date only without the owner factor; timeline with it; wrong factors rate-limited', async () => {
    const r = await receive(clerk1, 'quay-1', 42, { print: false });
    const d = (r.json as { dossier: Dossier }).dossier;
    const k = t.deviceTokens.kiosk;
    const plain = await rest(t.url, `/api/public/dossiers/${d.code.toLowerCase()}`, k);
    expect(plain.status).toBe(200);
    const text = JSON.stringify(plain.json);
    expect(text).not.toContain('Nguyễn');
    expect(text).not.toContain(d.applicant.idNumber);
    expect(text).not.toContain(d.applicant.phone);
    expect((plain.json as DossierLookup).timeline).toBeNull();
    expect((plain.json as DossierLookup).statusName).toBe('Được tiếp nhận');
    const withFactor = await rest(t.url, `/api/public/dossiers/${d.code}?factor=${d.applicant.phone.slice(-4)}`, k);
    expect((withFactor.json as DossierLookup).timeline?.length).toBe(1);
    expect(JSON.stringify(withFactor.json)).not.toContain('Nguyễn');
    const byId = await rest(t.url, `/api/public/dossiers/${d.code}?factor=${d.applicant.idNumber.slice(-4)}`, k);
    expect(byId.status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await rest(t.url, `/api/public/dossiers/${d.code}?factor=0000`, k)).status);
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
    expect(statuses[5]).toBe(429);
    expect((await rest(t.url, '/api/public/dossiers/KHONG-PHAI-MA', k)).status).toBe(400);
    expect((await rest(t.url, '/api/public/dossiers/H99.01.01.01-991231-9999', k)).status).toBe(404);
    expect((await rest(t.url, `/api/public/dossiers/${d.code}`, t.deviceTokens.display)).status).toBe(403);
  });

  it('Mẫu 02 and Mẫu 03 slips print at the counter without creating a dossier', async () => {
    const snapBefore = (await rest(t.url, '/api/dossiers?holder=all', admin)).json as { dossiers: unknown[] };
    const sup = await rest(t.url, '/api/dossiers/slips', clerk1, {
      counterId: 'quay-1',
      kind: 'supplement',
      procedureCode: '1.001193',
      applicantName: 'Trần Thị B',
      items: ['Giấy chứng sinh (bản chính)'],
    });
    expect(sup.status).toBe(201);
    const ref = await rest(t.url, '/api/dossiers/slips', clerk1, {
      counterId: 'quay-1',
      kind: 'refusal',
      procedureCode: '1.001193',
      applicantName: 'Trần Thị B',
      items: ['Không thuộc thẩm quyền giải quyết của UBND phường'],
    });
    expect(ref.status).toBe(201);
    await t.hub.print.idle();
    const after = (await rest(t.url, '/api/dossiers?holder=all', admin)).json as { dossiers: unknown[] };
    expect(after.dossiers.length).toBe(snapBefore.dossiers.length);
  });

  it('Biểu 06 for today counts what was received, and the .xlsx reads back with the same numbers', async () => {
    const snap = (await rest(t.url, '/api/snapshot', admin)).json as Snapshot;
    const day = snap.businessDay;
    const json = (await rest(t.url, `/api/reports/bieu06?from=${day}&to=${day}`, admin)).json as {
      total: { received: { total: number; inPersonOrPostNew: number }; resolved: { total: number } };
      rows: Array<{ key: string }>;
    };
    expect(json.total.received.total).toBe(29);
    expect(json.total.received.inPersonOrPostNew).toBe(29);
    expect(json.total.resolved.total).toBe(1);
    expect(json.rows.map((r) => r.key)).toEqual(['Hộ tịch']);
    const res = await fetch(`${t.url}/api/reports/bieu06.xlsx?from=${day}&to=${day}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Biểu 06')!;
    expect(String(ws.getCell(2, 1).value)).toContain('Biểu 06');
    expect(ws.getCell(7, 2).value).toBe('Hộ tịch');
    expect(ws.getCell(7, 3).value).toBe(29);
    expect(ws.getCell(8, 2).value).toBe('Tổng số');
    expect(ws.getCell(8, 7).value).toBe(1);
    expect((await rest(t.url, `/api/reports/bieu06?from=${day}&to=2000-01-01`, admin)).status).toBe(400);
    expect((await rest(t.url, `/api/reports/bieu06?from=${day}&to=${day}`, clerk1)).status).toBe(403);
  });
});
