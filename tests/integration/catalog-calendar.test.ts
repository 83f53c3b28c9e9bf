import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Procedure } from '@motcua/protocol';
import { startTestHub, type TestHub } from '../support/hub.js';
import { login, rest } from '../support/clients.js';

describe('procedure catalog and working-day calendar over REST', () => {
  let t: TestHub;
  let admin: string;
  beforeAll(async () => {
    t = await startTestHub({ printer: false });
    admin = (await login(t.url, 'admin', t.users.admin.password)).token;
  });
  afterAll(async () => t?.close());

  it('the demo catalog is the 63 procedures of the reference data, browsable by field', async () => {
    const fields = (await rest(t.url, '/api/procedures/fields', t.deviceTokens.kiosk)).json as {
      fields: Array<{ field: string; count: number }>;
    };
    expect(fields.fields.reduce((a, f) => a + f.count, 0)).toBe(63);
    expect(fields.fields.find((f) => f.field === 'Hộ tịch')?.count).toBe(16);
    // Vietnamese order: Đ after D, before G (not after Z)
    const names = fields.fields.map((f) => f.field);
    expect(names.indexOf('Đất đai')).toBeLessThan(names.indexOf('Giảm nghèo'));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    const hoTich = (await rest(t.url, '/api/procedures?field=' + encodeURIComponent('Hộ tịch'), t.deviceTokens.kiosk))
      .json as { procedures: Procedure[] };
    expect(hoTich.procedures).toHaveLength(16);
    expect(hoTich.procedures.every((p) => p.field === 'Hộ tịch')).toBe(true);
  });

  it('search works with or without diacritics: "dang ky khai sinh" finds "Đăng ký khai sinh"', async () => {
    for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'DANG KY KHAI']) {
      const r = (await rest(t.url, `/api/procedures?q=${encodeURIComponent(q)}`, t.deviceTokens.kiosk)).json as {
        procedures: Procedure[];
      };
      expect(r.procedures.map((p) => p.name), q).toContain('Thủ tục đăng ký khai sinh');
    }
    // the typed words as one phrase rank first
    const ranked = (await rest(t.url, `/api/procedures?q=${encodeURIComponent('khai sinh')}`, t.deviceTokens.kiosk)).json as {
      procedures: Procedure[];
    };
    const firstMiss = ranked.procedures.findIndex((p) => !/khai sinh/i.test(p.name));
    const lastHit = ranked.procedures.map((p) => /khai sinh/i.test(p.name)).lastIndexOf(true);
    expect(firstMiss === -1 || firstMiss > lastHit).toBe(true);
    const birth = (await rest(t.url, '/api/procedures/1.001193', t.deviceTokens.kiosk)).json as { procedure: Procedure };
    expect(birth.procedure.processingTime).toEqual({ amount: 1, unit: 'working-days' });
    expect(birth.procedure.components.length).toBeGreaterThan(3);
  });

  it('an admin edits and imports procedures; bad entries are reported, not imported; others cannot', async () => {
    const p = (await rest(t.url, '/api/procedures/1.001193', admin)).json as { procedure: Procedure };
    const edited = { ...p.procedure, fee: 'Miễn phí' };
    expect((await rest(t.url, '/api/admin/procedures/1.001193', admin, edited, 'PUT')).status).toBe(200);
    expect(((await rest(t.url, '/api/procedures/1.001193', admin)).json as { procedure: Procedure }).procedure.fee).toBe('Miễn phí');
    expect((await rest(t.url, '/api/admin/procedures/1.001193', t.deviceTokens.kiosk, edited, 'PUT')).status).toBe(403);
    const imported = await rest(t.url, '/api/admin/procedures/import', admin, [
      { code: 'X.1', name: 'Thủ tục thử nghiệm', field: 'Thử nghiệm', processingDays: 3, components: ['Tờ khai'] },
      { code: 'X.2', name: '' },
      { code: 'X.3', name: 'Cấp giấy xác nhận', field: 'Thử nghiệm', processingTime: { amount: 4, unit: 'working-hours' }, components: [] },
    ]);
    expect(imported.json).toMatchObject({ imported: 2, errors: [{ index: 1 }] });
    const x3 = (await rest(t.url, '/api/procedures/X.3', admin)).json as { procedure: Procedure };
    expect(x3.procedure.processingTime).toEqual({ amount: 4, unit: 'working-hours' });
    expect((await rest(t.url, '/api/procedures/X.2', admin)).status).toBe(404);
  });

  it('GET /api/calendar/due-date answers with the office offset, across Tết 2026 and the 15:00 rule', async () => {
    const q = (receivedAt: string, amount: number | null, unit: string) =>
      rest(
        t.url,
        `/api/calendar/due-date?receivedAt=${encodeURIComponent(receivedAt)}&unit=${unit}${amount === null ? '' : `&amount=${amount}`}`,
        t.deviceTokens.kiosk,
      );
    // Friday 13 Feb 2026, 3 working days: the Tết break is 14–22 Feb, so Tue 24 … Thu 26 Feb
    expect((await q('2026-02-13T09:00:00+07:00', 3, 'working-days')).json).toEqual({ dueAt: '2026-02-25T17:00:00+07:00' });
    expect((await q('2026-11-27T14:59:00+07:00', null, 'same-day')).json).toEqual({ dueAt: '2026-11-27T17:00:00+07:00' });
    // after 15:00 on a Friday: the next working day, Monday
    expect((await q('2026-11-27T15:30:00+07:00', null, 'same-day')).json).toEqual({ dueAt: '2026-11-30T17:00:00+07:00' });
    const bad = await q('hôm qua', 3, 'working-days');
    expect(bad.status).toBe(400);
    expect((await q('2026-11-27T10:00:00+07:00', 3, 'weeks')).status).toBe(400);
  });

  it('the year calendar says which days are off and where it comes from; an admin confirms a derived year', async () => {
    const y2026 = (await rest(t.url, '/api/calendar/years/2026', t.deviceTokens.kiosk)).json as {
      source: string;
      days: Array<{ date: string; working: boolean; reason: string }>;
    };
    expect(y2026.source).toBe('official');
    expect(y2026.days).toHaveLength(365);
    expect(y2026.days.filter((d) => d.working)).toHaveLength(250);
    const y2027 = (await rest(t.url, '/api/calendar/years/2027', admin)).json as { source: string; table: unknown };
    expect(y2027.source).toBe('derived');
    const bad = await rest(t.url, '/api/admin/calendar/years/2027', admin, { off: [['2027-05-02', '2027-05-01']], workSaturdays: [] }, 'PUT');
    expect(bad.status).toBe(400);
    const ok = await rest(t.url, '/api/admin/calendar/years/2027', admin, y2027.table, 'PUT');
    expect(ok.json).toMatchObject({ ok: true, source: 'official' });
  });
});
