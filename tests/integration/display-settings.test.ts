import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisplaySettings } from '@motcua/protocol';
import { startTestHub, type TestHub } from '../support/hub.js';
import { connect, login, nextEvent, rest } from '../support/clients.js';

describe('TV notice and display profiles', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ printer: false });
  });
  afterAll(async () => t?.close());

  it('an admin sets the notice and a profile; open TVs get display:changed, new ones get it in the snapshot', async () => {
    const admin = (await login(t.url, 'admin', t.users.admin.password)).token;
    const tv = await connect(t.url, t.deviceTokens.display);
    expect(tv.snapshot.display).toEqual({ notice: null, profiles: [] });
    const settings = {
      notice: 'Sáng thứ Bảy làm việc bình thường. Xin cảm ơn!',
      profiles: [{ id: 'tang-1', name: 'Tầng 1 — Hộ tịch, Chứng thực', serviceIds: ['ho-tich', 'chung-thuc'], counterIds: ['quay-1', 'quay-2'] }],
    };
    const heard = nextEvent(tv.socket, 'display:changed');
    const saved = await rest(t.url, '/api/admin/display', admin, settings, 'PUT');
    expect(saved.status).toBe(200);
    const change = await heard;
    expect(change.seq).toBe(tv.snapshot.seq + 1);
    expect(change.display.notice).toBe(settings.notice);
    expect(change.display.profiles[0]).toMatchObject({ layout: 'auto', recentCount: 6, voice: { repeat: 2, clipSet: 'default' } });
    const again = await connect(t.url, t.deviceTokens.display);
    expect((again.snapshot.display as DisplaySettings).profiles[0]?.id).toBe('tang-1');
    tv.socket.disconnect();
    again.socket.disconnect();
    // refused: kiosk token, duplicate ids, bad clip set name
    expect((await rest(t.url, '/api/admin/display', t.deviceTokens.kiosk, settings, 'PUT')).status).toBe(403);
    const dup = { notice: null, profiles: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] };
    expect((await rest(t.url, '/api/admin/display', admin, dup, 'PUT')).status).toBe(400);
    const bad = { notice: null, profiles: [{ id: 'a', name: 'A', voice: { clipSet: '../etc' } }] };
    expect((await rest(t.url, '/api/admin/display', admin, bad, 'PUT')).status).toBe(400);
    expect(((await rest(t.url, '/api/display', t.deviceTokens.display)).json as DisplaySettings).notice).toBe(settings.notice);
  });
});
