import { describe, expect, it } from 'vitest';
import type { CallRecord, Counter, DisplaySettings, Service } from '@motcua/protocol';
import { readScreenOptions } from './profile.js';
import { acceptsCall, resolveView } from './view.js';
import { currentSettings, normalizeSettings } from './settings/displaySettings.js';

const service = (id: string, prefix: string): Service => ({
  id,
  prefix,
  name: id,
  field: null,
  numberStart: 1,
  numberWidth: 3,
  priorityPolicy: { mode: 'strict' },
  dailyCap: null,
  active: true,
  sortOrder: 0,
});
const counter = (n: number): Counter => ({
  id: `quay-${n}`,
  number: n,
  name: `Quầy ${n}`,
  services: [],
  status: 'open',
  clerkId: null,
  clerkName: null,
  currentTicketId: null,
  pauseReason: null,
});
const services = [service('ho-tich', 'A'), service('chung-thuc', 'B'), service('dat-dai', 'C')];
const counters = [counter(1), counter(2), counter(3)];
const settings: DisplaySettings = {
  notice: 'Nghỉ trưa 11:30–13:30',
  profiles: [
    {
      id: 'tang-1',
      name: 'Tầng 1',
      serviceIds: ['ho-tich', 'chung-thuc'],
      counterIds: ['quay-1', 'quay-2'],
      layout: 'portrait',
      recentCount: 4,
      voice: { enabled: true, repeat: 3, volume: 0.5, clipSet: 'giong-nu' },
    },
  ],
};
const url = (q: string) => readScreenOptions(new URL(`http://hub/tv/${q}`));
const call = (serviceId: string, counterId: string): CallRecord => ({
  ticketId: 't',
  label: 'A001',
  serviceId,
  counterId,
  counterNumber: Number(counterId.slice(5)),
  at: '2026-11-29T01:00:00.000Z',
  recall: false,
});

describe('display view: admin profile + screen URL options', () => {
  it('without a profile shows everything, landscape or portrait as the screen is, voice by default', () => {
    const v = resolveView(url(''), settings, services, counters);
    expect(v).toMatchObject({ profile: null, unknownProfileId: null, serviceIds: null, counterIds: null, layout: 'auto', recentCount: 6 });
    expect(v.voice).toEqual({ enabled: true, repeat: 2, volume: 1, clipSet: 'default' });
  });

  it('takes services, counters, layout, list length and voice from ?profile=', () => {
    const v = resolveView(url('?profile=tang-1'), settings, services, counters);
    expect(v.profile?.name).toBe('Tầng 1');
    expect([...v.serviceIds!]).toEqual(['ho-tich', 'chung-thuc']);
    expect([...v.counterIds!]).toEqual(['quay-1', 'quay-2']);
    expect(v.layout).toBe('portrait');
    expect(v.recentCount).toBe(4);
    expect(v.voice).toEqual({ enabled: true, repeat: 3, volume: 0.5, clipSet: 'giong-nu' });
    expect(acceptsCall(v, call('ho-tich', 'quay-2'))).toBe(true);
    expect(acceptsCall(v, call('ho-tich', 'quay-3'))).toBe(false);
    expect(acceptsCall(v, call('dat-dai', 'quay-1'))).toBe(false);
  });

  it('lets the URL narrow a profile and override its layout, never widen it', () => {
    const v = resolveView(url('?profile=tang-1&services=A,C&counters=2,3&layout=landscape&recent=2'), settings, services, counters);
    expect([...v.serviceIds!]).toEqual(['ho-tich']);
    expect([...v.counterIds!]).toEqual(['quay-2']);
    expect(v.layout).toBe('landscape');
    expect(v.recentCount).toBe(2);
  });

  it('keeps the older URL options working on their own', () => {
    const v = resolveView(url('?services=B&counters=3'), settings, services, counters);
    expect([...v.serviceIds!]).toEqual(['chung-thuc']);
    expect([...v.counterIds!]).toEqual(['quay-3']);
  });

  it('names an unknown profile and falls back to the default view', () => {
    const v = resolveView(url('?profile=tang-9'), settings, services, counters);
    expect(v.unknownProfileId).toBe('tang-9');
    expect(v.profile).toBeNull();
    expect(v.serviceIds).toBeNull();
    expect(v.counterIds).toBeNull();
  });
});

describe('display settings on the page', () => {
  it('reads missing or malformed settings as none (an older hub never blanks the TV)', () => {
    expect(normalizeSettings(undefined)).toEqual({ notice: null, profiles: [] });
    expect(normalizeSettings({ notice: '   ', profiles: [{ name: 'no id' }, { id: 'x', recentCount: 99 }] })).toEqual({
      notice: null,
      profiles: [
        {
          id: 'x',
          name: 'x',
          serviceIds: null,
          counterIds: null,
          layout: 'auto',
          recentCount: 12,
          voice: { enabled: true, repeat: 2, volume: 1, clipSet: 'default' },
        },
      ],
    });
  });

  it('shows a live display:changed until a fresh snapshot brings its own settings', () => {
    const old = { notice: null, profiles: [] };
    const live = { base: old, display: normalizeSettings({ notice: 'Mới', profiles: [] }) };
    expect(currentSettings(old, live).notice).toBe('Mới');
    const fresh = { notice: 'Từ ảnh chụp mới', profiles: [] };
    expect(currentSettings(fresh, live).notice).toBe('Từ ảnh chụp mới');
    expect(currentSettings(old, null).notice).toBeNull();
  });
});
