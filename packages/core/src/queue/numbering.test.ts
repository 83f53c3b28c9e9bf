import { describe, expect, it } from 'vitest';
import { issueTicket } from './commands.js';
import { saveService } from './counters.js';
import { formatLabel, nextNumber } from './numbering.js';
import { admin, kiosk, ms, Office, service, ticketOf } from './testing.js';
import { businessDayOf } from './time.js';

const K = kiosk();
const issue = (o: Office, serviceId = 'hotich') => ticketOf(o.must(issueTicket, K, { serviceId, priority: null }));
const office = (over: Parameters<typeof service>[2] = {}, now = ms('2026-11-30T01:00:00Z')) =>
  new Office({ now, services: [service('hotich', 'A', over), service('datdai', 'B')] });

describe('[Q1] labels: service prefix + zero-padded number', () => {
  it('[Q1] formatLabel pads the number to the width', () => {
    expect(formatLabel('A', 1, 3)).toBe('A001');
    expect(formatLabel('B', 25, 3)).toBe('B025');
    expect(formatLabel('HK', 7, 4)).toBe('HK0007');
    expect(formatLabel('A', 5, 1)).toBe('A5');
  });

  it('[Q1] each prefix has its own sequence', () => {
    const o = office();
    const labels = [issue(o), issue(o, 'datdai'), issue(o), issue(o, 'datdai'), issue(o)].map((t) => t.label);
    expect(labels).toEqual(['A001', 'B001', 'A002', 'B002', 'A003']);
  });

  it('[Q1] a ticket records its number, label, service and business day', () => {
    const o = office();
    const t = issue(o);
    expect(t).toMatchObject({ number: 1, label: 'A001', serviceId: 'hotich', businessDay: '2026-11-30', status: 'waiting' });
  });

  it('[Q1] a prefix already used by another service is refused', () => {
    const o = office();
    const r = o.run(saveService, admin(), service('datdai', 'A'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CONFLICT');
    expect(o.state.services.get('datdai')?.prefix).toBe('B');
  });

  it('[Q1] a service may keep its own prefix when saved again', () => {
    const o = office();
    o.must(saveService, admin(), service('hotich', 'A', { name: 'Hộ tịch' }));
    expect(o.state.services.get('hotich')?.name).toBe('Hộ tịch');
  });

  it('[Q1] the configured start and width are used', () => {
    const o = office({ numberStart: 100, numberWidth: 4 });
    expect([issue(o), issue(o)].map((t) => t.label)).toEqual(['A0100', 'A0101']);
  });
});

describe('[Q2] business day in the office time zone', () => {
  it('[Q2] the business day is the calendar date in Asia/Ho_Chi_Minh (UTC+7)', () => {
    expect(businessDayOf(ms('2026-11-29T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-29');
    expect(businessDayOf(ms('2026-11-29T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-30');
    expect(businessDayOf(ms('2026-11-29T17:00:00Z'), 'UTC')).toBe('2026-11-29');
  });

  it('[Q2] numbering restarts at local midnight: 16:59:59Z is the old day, 17:00:00Z the new one', () => {
    const o = office({}, ms('2026-11-29T16:59:00Z'));
    expect(issue(o).label).toBe('A001');
    o.now = ms('2026-11-29T16:59:59Z');
    const last = issue(o);
    expect(last).toMatchObject({ label: 'A002', businessDay: '2026-11-29' });
    o.now = ms('2026-11-29T17:00:00Z');
    const first = issue(o);
    expect(first).toMatchObject({ label: 'A001', businessDay: '2026-11-30' });
    expect(o.state.businessDay).toBe('2026-11-30');
  });

  it('[Q2] a new day drops yesterday\'s tickets, daily counts and fairness cursors', () => {
    const o = office({ dailyCap: 2 }, ms('2026-11-29T10:00:00Z'));
    issue(o);
    issue(o);
    expect(o.run(issueTicket, K, { serviceId: 'hotich', priority: null }).ok).toBe(false);
    o.now = ms('2026-11-30T01:00:00Z');
    expect(issue(o).label).toBe('A001');
    expect(o.state.tickets.size).toBe(1);
    expect(o.state.issuedCount).toEqual({ hotich: 1 });
  });

  it('[Q2] a day change is an event recorded with its time and actor', () => {
    const o = office({}, ms('2026-11-29T10:00:00Z'));
    o.now = ms('2026-11-30T01:00:00Z');
    issue(o);
    const day = o.log.find((e) => e.type === 'day:started');
    expect(day).toMatchObject({ type: 'day:started', businessDay: '2026-11-30', at: '2026-11-30T01:00:00.000Z', actor: K });
  });

  it('[Q2] the business day never goes back when the clock steps back over midnight', () => {
    const o = office({}, ms('2026-11-29T16:59:58Z'));
    expect(issue(o)).toMatchObject({ label: 'A001', businessDay: '2026-11-29' });
    o.now = ms('2026-11-29T17:00:01Z');
    expect(issue(o)).toMatchObject({ label: 'A001', businessDay: '2026-11-30' });
    // an NTP correction puts the clock two seconds back, into the old local date
    o.now = ms('2026-11-29T16:59:59Z');
    expect(issue(o)).toMatchObject({ label: 'A002', businessDay: '2026-11-30' });
    o.now = ms('2026-11-29T17:00:02Z');
    expect(issue(o)).toMatchObject({ label: 'A003', businessDay: '2026-11-30' });
  });

  it('[Q2] another configured time zone moves the day boundary', () => {
    const o = new Office({
      now: ms('2026-11-29T23:59:00Z'),
      services: [service('hotich', 'A')],
      settings: { timeZone: 'UTC' },
    });
    expect(issue(o).businessDay).toBe('2026-11-29');
    o.now = ms('2026-11-30T00:00:00Z');
    expect(issue(o)).toMatchObject({ label: 'A001', businessDay: '2026-11-30' });
  });
});

describe('[Q3] a number is never issued twice in a business day', () => {
  it('[Q3] nextNumber continues after the last issued and never goes below the start', () => {
    expect(nextNumber(undefined, 1)).toBe(1);
    expect(nextNumber(undefined, 50)).toBe(50);
    expect(nextNumber(7, 1)).toBe(8);
    expect(nextNumber(7, 50)).toBe(50);
    expect(nextNumber(70, 50)).toBe(71);
  });

  it('[Q3] lowering the start mid-day continues the sequence instead of reusing numbers', () => {
    const o = office({ numberStart: 10 });
    expect(issue(o).label).toBe('A010');
    o.must(saveService, admin(), service('hotich', 'A', { numberStart: 1 }));
    expect(issue(o).label).toBe('A011');
  });

  it('[Q3] raising the start mid-day jumps forward to it', () => {
    const o = office();
    expect(issue(o).label).toBe('A001');
    o.must(saveService, admin(), service('hotich', 'A', { numberStart: 500 }));
    expect(issue(o).label).toBe('A500');
  });

  it('[Q3] a prefix handed to another service mid-day continues that prefix\'s numbers', () => {
    const o = office();
    issue(o);
    issue(o);
    o.must(saveService, admin(), service('hotich', 'C'));
    o.must(saveService, admin(), service('datdai', 'A'));
    expect(issue(o, 'datdai').label).toBe('A003');
    expect(issue(o, 'hotich').label).toBe('C001');
  });

  it('[Q3] a refused issue consumes no number', () => {
    const o = office({ dailyCap: 1 });
    issue(o);
    expect(o.run(issueTicket, K, { serviceId: 'hotich', priority: null }).ok).toBe(false);
    o.must(saveService, admin(), service('hotich', 'A', { dailyCap: 5 }));
    expect(issue(o).label).toBe('A002');
  });
});

describe('[Q4] width overflow widens the label, never wraps', () => {
  it('[Q4] A999 is followed by A1000', () => {
    const o = office({ numberStart: 998 });
    expect([issue(o), issue(o), issue(o)].map((t) => t.label)).toEqual(['A998', 'A999', 'A1000']);
    expect(formatLabel('A', 12345, 3)).toBe('A12345');
  });
});

describe('[Q5] when a ticket may be issued', () => {
  it('[Q5] an unknown service is refused', () => {
    const r = office().run(issueTicket, K, { serviceId: 'nope', priority: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'SERVICE_UNKNOWN' } });
  });

  it('[Q5] an inactive service is refused', () => {
    const r = office({ active: false }).run(issueTicket, K, { serviceId: 'hotich', priority: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'SERVICE_CLOSED' } });
  });

  it('[Q5] issuing hours are local time, start included, end excluded', () => {
    const o = new Office({
      now: ms('2026-11-30T00:29:00Z'), // 07:29 local
      services: [service('hotich', 'A')],
      settings: { issuingHours: [['07:30', '11:30'], ['13:30', '17:00']] },
    });
    const tryIssue = (iso: string) => {
      o.now = ms(iso);
      return o.run(issueTicket, K, { serviceId: 'hotich', priority: null });
    };
    expect(tryIssue('2026-11-30T00:29:59Z')).toMatchObject({ ok: false, error: { code: 'SERVICE_CLOSED' } }); // 07:29:59
    expect(tryIssue('2026-11-30T00:30:00Z').ok).toBe(true); // 07:30
    expect(tryIssue('2026-11-30T04:29:59Z').ok).toBe(true); // 11:29:59
    expect(tryIssue('2026-11-30T04:30:00Z').ok).toBe(false); // 11:30, lunch
    expect(tryIssue('2026-11-30T06:30:00Z').ok).toBe(true); // 13:30
    expect(tryIssue('2026-11-30T09:59:00Z').ok).toBe(true); // 16:59
    expect(tryIssue('2026-11-30T10:00:00Z').ok).toBe(false); // 17:00
    expect([...o.state.tickets.values()].map((t) => t.label)).toEqual(['A001', 'A002', 'A003', 'A004']);
  });

  it('[Q5] no issuing hours (null or empty) means always', () => {
    for (const issuingHours of [null, []]) {
      const o = new Office({ now: ms('2026-11-29T20:00:00Z'), services: [service('hotich', 'A')], settings: { issuingHours } });
      expect(o.run(issueTicket, K, { serviceId: 'hotich', priority: null }).ok).toBe(true);
    }
  });

  it('[Q5] the daily cap counts per service and resets with the day', () => {
    const o = office({ dailyCap: 3 }, ms('2026-11-30T01:00:00Z'));
    issue(o);
    issue(o);
    issue(o);
    expect(o.run(issueTicket, K, { serviceId: 'hotich', priority: null })).toMatchObject({
      ok: false,
      error: { code: 'DAILY_CAP_REACHED' },
    });
    expect(issue(o, 'datdai').label).toBe('B001'); // another service is not capped
    o.now = ms('2026-11-30T17:00:00Z'); // local midnight
    expect(issue(o).label).toBe('A001');
  });

  it('[Q5] a priority citizen is marked on the ticket', () => {
    const o = office();
    const t = ticketOf(o.must(issueTicket, K, { serviceId: 'hotich', priority: 'elderly' }));
    expect(t.priority).toBe('elderly');
  });
});
