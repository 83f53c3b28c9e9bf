import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, toCalendarDate, toIsoDate, weekdayOf } from './date.js';
import { dueDate } from './due-date.js';
import type { DueDateInput } from './due-date.js';
import { holidaysFile } from './fixtures/holidays.js';
import { parseOfficeInstant, toOfficeClock, toOfficeIso } from './office-time.js';
import { buildCalendar } from './working-calendar.js';

const official = holidaysFile.official;
const calendar = buildCalendar(official, { statutory: holidaysFile.statutory });
const at = (iso: string): number => Date.parse(iso);
const due = (receivedAt: string, amount: number | undefined, unit: DueDateInput['unit'], extra: Partial<DueDateInput> = {}): string =>
  toOfficeIso(dueDate({ receivedAt: at(receivedAt), ...(amount === undefined ? {} : { amount }), unit, calendar, ...extra }));

/**
 * Working days straight from the data file (no calendar code): a weekday outside every
 * official break, or a listed make-up Saturday.
 */
const offDays = new Set(
  Object.values(official).flatMap((t) =>
    t.off.flatMap(([a, b]) => {
      const out: string[] = [];
      for (let n = dayNumber(toCalendarDate(a)); n <= dayNumber(toCalendarDate(b)); n++) out.push(toIsoDate(fromDayNumber(n)));
      return out;
    }),
  ),
);
const makeupSaturdays = new Set(Object.values(official).flatMap((t) => t.workSaturdays));
const workingPerData = (iso: string): boolean =>
  makeupSaturdays.has(iso) || (!offDays.has(iso) && weekdayOf(iso) !== 0 && weekdayOf(iso) !== 6);
const shift = (iso: string, days: number): string => toIsoDate(fromDayNumber(dayNumber(toCalendarDate(iso)) + days));
const nextWorkingPerData = (iso: string): string => {
  let d = shift(iso, 1);
  while (!workingPerData(d)) d = shift(d, 1);
  return d;
};
const previousWorkingPerData = (iso: string): string => {
  let d = shift(iso, -1);
  while (!workingPerData(d)) d = shift(d, -1);
  return d;
};

describe('due dates in working days', () => {
  it('[CAL30][CAL31] the day of receipt is not counted; due at closing time (Mon 5/10/2026 + 4 → Fri 9/10 17:00)', () => {
    expect(due('2026-10-05T09:15:00+07:00', 4, 'working-days')).toBe('2026-10-09T17:00:00+07:00');
    expect(due('2026-10-05T16:59:00+07:00', 1, 'working-days')).toBe('2026-10-06T17:00:00+07:00');
    expect(due('2026-10-05T07:00:00+07:00', 1, 'working-days')).toBe('2026-10-06T17:00:00+07:00');
  });

  it('[CAL30] a receipt on a non-working day counts from the next working day (Sat 10/10/2026 + 1 → Mon 12/10)', () => {
    expect(due('2026-10-10T09:00:00+07:00', 1, 'working-days')).toBe('2026-10-12T17:00:00+07:00');
    expect(due('2025-01-26T09:00:00+07:00', 1, 'working-days')).toBe('2025-02-03T17:00:00+07:00');
  });

  it('[CAL30] the office day is the Vietnamese one, whatever zone the instant is written in', () => {
    // 18:30 UTC on Sunday 4/10 is 01:30 on Monday 5/10 in Hà Nội
    expect(due('2026-10-04T18:30:00Z', 4, 'working-days')).toBe('2026-10-09T17:00:00+07:00');
  });

  for (const [label, receivedAt, amount, expected] of [
    ['Tết 2024 (8–14/2)', '2024-02-07T10:00:00+07:00', 1, '2024-02-15T17:00:00+07:00'],
    ['Tết 2025 (25/1–2/2)', '2025-01-24T10:00:00+07:00', 2, '2025-02-04T17:00:00+07:00'],
    ['Tết 2026 (14–22/2)', '2026-02-12T10:00:00+07:00', 3, '2026-02-24T17:00:00+07:00'],
    ['30/4–1/5 2024 and make-up Saturday 4/5', '2024-04-26T14:00:00+07:00', 3, '2024-05-04T17:00:00+07:00'],
    ['make-up Saturday 26/4/2025', '2025-04-25T10:00:00+07:00', 1, '2025-04-26T17:00:00+07:00'],
    ['1/1/2026 and make-up Saturday 10/1', '2025-12-31T10:00:00+07:00', 5, '2026-01-09T17:00:00+07:00'],
    ['1/1/2026 then make-up Saturday 10/1', '2025-12-31T10:00:00+07:00', 6, '2026-01-10T17:00:00+07:00'],
    ['Giỗ Tổ on Sunday 26/4/2026, then 30/4–3/5', '2026-04-24T10:00:00+07:00', 3, '2026-05-04T17:00:00+07:00'],
    ['make-up Saturday 22/8/2026', '2026-08-21T16:00:00+07:00', 1, '2026-08-22T17:00:00+07:00'],
    ['Quốc khánh 2025 (30/8–2/9)', '2025-08-29T10:00:00+07:00', 1, '2025-09-03T17:00:00+07:00'],
    ['Quốc khánh 2026 (29/8–2/9), received on the make-up Saturday', '2026-08-22T10:00:00+07:00', 6, '2026-09-03T17:00:00+07:00'],
    ['15 working days across Tết 2026', '2026-02-02T08:00:00+07:00', 15, '2026-03-02T17:00:00+07:00'],
  ] as const) {
    it(`[CAL30][CAL35] hand-checked: ${label}`, () => {
      expect(due(receivedAt, amount, 'working-days')).toBe(expected);
    });
  }

  const breaks = Object.entries(official).flatMap(([year, t]) => t.off.map((r) => [year, r] as const));
  it(`[CAL35] across every official break of 2024–2026 (${breaks.length} breaks): one working day from the day before lands on the first working day after`, () => {
    for (const [, [from, to]] of breaks) {
      const before = previousWorkingPerData(from);
      const after = nextWorkingPerData(to);
      expect(due(`${before}T10:00:00+07:00`, 1, 'working-days'), `${from}–${to}`).toBe(`${after}T17:00:00+07:00`);
      // and from inside the break, as on a weekend
      for (let d = from; d <= to; d = shift(d, 1)) {
        expect(due(`${d}T10:00:00+07:00`, 1, 'working-days'), `received ${d}`).toBe(`${after}T17:00:00+07:00`);
      }
    }
  });

  it('[CAL35] every make-up Saturday of 2024–2026 is a day that can be due, and counts', () => {
    for (const saturday of makeupSaturdays) {
      const friday = shift(saturday, -1);
      expect(due(`${friday}T10:00:00+07:00`, 1, 'working-days'), saturday).toBe(`${saturday}T17:00:00+07:00`);
      expect(due(`${saturday}T10:00:00+07:00`, 1, 'working-days'), saturday).toBe(`${nextWorkingPerData(saturday)}T17:00:00+07:00`);
    }
  });

  it('[CAL30][CAL35] for any receipt in 2024–2026, n working days are the n-th working day of the data file after it', () => {
    const start = at('2024-01-01T00:00:00+07:00');
    const end = at('2026-10-31T00:00:00+07:00'); // + 25 working days stays inside the announced years
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: 1, max: 25 }), (receivedAt, n) => {
        let d = toIsoDate(toOfficeClock(receivedAt, 'Asia/Ho_Chi_Minh').date);
        for (let i = 0; i < n; i++) d = nextWorkingPerData(d);
        expect(toOfficeIso(dueDate({ receivedAt, amount: n, unit: 'working-days', calendar }))).toBe(`${d}T17:00:00+07:00`);
      }),
      { numRuns: 300 },
    );
  });

  it('[CAL35] a later receipt is never due earlier, and a due date is always a working day at closing time', () => {
    const instant = fc.integer({ min: at('2024-01-01T00:00:00+07:00'), max: at('2035-12-01T00:00:00+07:00') });
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 1, max: 60 }), (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const dueEarly = dueDate({ receivedAt: early, amount: n, unit: 'working-days', calendar });
        const dueLate = dueDate({ receivedAt: late, amount: n, unit: 'working-days', calendar });
        expect(dueLate).toBeGreaterThanOrEqual(dueEarly);
        const clock = toOfficeClock(dueLate, 'Asia/Ho_Chi_Minh');
        expect(calendar.isWorkingDay(clock.date)).toBe(true);
        expect(clock.msOfDay).toBe(17 * 3_600_000);
      }),
      { numRuns: 200 },
    );
  });
});

describe('same-day procedures', () => {
  it('[CAL33] received by 15:00 → closing time the same day', () => {
    expect(due('2026-10-05T14:59:00+07:00', undefined, 'same-day')).toBe('2026-10-05T17:00:00+07:00');
    expect(due('2026-10-05T15:00:00+07:00', undefined, 'same-day')).toBe('2026-10-05T17:00:00+07:00');
    expect(due('2026-10-05T06:45:00+07:00', 0, 'same-day')).toBe('2026-10-05T17:00:00+07:00');
  });

  it('[CAL33] received after 15:00 → closing time of the next working day', () => {
    expect(due('2026-10-05T15:00:01+07:00', undefined, 'same-day')).toBe('2026-10-06T17:00:00+07:00');
    expect(due('2026-10-05T15:01:00+07:00', undefined, 'same-day')).toBe('2026-10-06T17:00:00+07:00');
    expect(due('2026-10-09T16:30:00+07:00', undefined, 'same-day')).toBe('2026-10-12T17:00:00+07:00');
    expect(due('2026-02-13T15:30:00+07:00', undefined, 'same-day')).toBe('2026-02-23T17:00:00+07:00');
    expect(due('2026-08-21T15:30:00+07:00', undefined, 'same-day')).toBe('2026-08-22T17:00:00+07:00');
  });

  it('[CAL33] the cut-off is configurable', () => {
    const hours = { sessions: [{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }], sameDayCutoff: '16:00' };
    expect(due('2026-10-05T15:30:00+07:00', undefined, 'same-day', { hours })).toBe('2026-10-05T17:00:00+07:00');
    expect(due('2026-10-05T16:05:00+07:00', undefined, 'same-day', { hours })).toBe('2026-10-06T17:00:00+07:00');
  });

  it('[CAL34] received on a non-working day → the next working day; a make-up Saturday is a working day', () => {
    expect(due('2026-10-10T09:00:00+07:00', undefined, 'same-day')).toBe('2026-10-12T17:00:00+07:00');
    expect(due('2026-04-27T09:00:00+07:00', undefined, 'same-day')).toBe('2026-04-28T17:00:00+07:00');
    expect(due('2026-01-10T10:00:00+07:00', undefined, 'same-day')).toBe('2026-01-10T17:00:00+07:00');
  });
});

describe('working hours', () => {
  it('[CAL32] hours are counted inside office sessions: across lunch', () => {
    expect(due('2026-10-05T10:30:00+07:00', 2, 'working-hours')).toBe('2026-10-05T14:00:00+07:00');
    expect(due('2026-10-05T12:00:00+07:00', 1, 'working-hours')).toBe('2026-10-05T14:00:00+07:00');
  });

  it('[CAL32] a limit that ends with a session is due at that moment, not after the break', () => {
    expect(due('2026-10-05T10:30:00+07:00', 1, 'working-hours')).toBe('2026-10-05T11:30:00+07:00');
    expect(due('2026-10-05T07:30:00+07:00', 8, 'working-hours')).toBe('2026-10-05T17:00:00+07:00');
  });

  it('[CAL32] across a weekend, and from after closing time', () => {
    expect(due('2026-10-09T15:00:00+07:00', 4, 'working-hours')).toBe('2026-10-12T09:30:00+07:00');
    expect(due('2026-10-05T18:00:00+07:00', 1, 'working-hours')).toBe('2026-10-06T08:30:00+07:00');
    expect(due('2026-10-05T06:00:00+07:00', 16, 'working-hours')).toBe('2026-10-06T17:00:00+07:00');
    expect(due('2026-10-05T08:10:00+07:00', 0.5, 'working-hours')).toBe('2026-10-05T08:40:00+07:00');
  });

  it('[CAL34] across Tết and from a non-working day', () => {
    expect(due('2026-02-13T16:00:00+07:00', 2, 'working-hours')).toBe('2026-02-23T08:30:00+07:00');
    expect(due('2026-10-11T10:00:00+07:00', 8, 'working-hours')).toBe('2026-10-12T17:00:00+07:00');
    expect(due('2024-05-03T16:00:00+07:00', 2, 'working-hours')).toBe('2024-05-04T08:30:00+07:00');
  });

  it('[CAL32] office sessions are configurable', () => {
    const hours = { sessions: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:30' }], sameDayCutoff: '15:00' };
    expect(due('2026-10-05T11:00:00+07:00', 2, 'working-hours', { hours })).toBe('2026-10-05T14:30:00+07:00');
    expect(due('2026-10-05T11:00:00+07:00', 1, 'working-days', { hours })).toBe('2026-10-06T17:30:00+07:00');
  });

  it('[CAL31][CAL32] 8·n hours counted from closing time end where n working days end', () => {
    const instant = fc.integer({ min: at('2024-01-01T00:00:00+07:00'), max: at('2030-12-01T00:00:00+07:00') });
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), (receivedAt, n) => {
        const byDays = dueDate({ receivedAt, amount: n, unit: 'working-days', calendar });
        const day = toOfficeClock(receivedAt, 'Asia/Ho_Chi_Minh').date;
        const closing = at(`${toIsoDate(day)}T17:00:00+07:00`);
        expect(dueDate({ receivedAt: closing, amount: 8 * n, unit: 'working-hours', calendar })).toBe(byDays);
      }),
      { numRuns: 200 },
    );
  });

  it('[CAL32] a working-hours due time always lies inside a session of a working day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2024-01-01T00:00:00+07:00'), max: at('2030-12-01T00:00:00+07:00') }),
        fc.integer({ min: 1, max: 400 }),
        (receivedAt, quarters) => {
          const t = dueDate({ receivedAt, amount: quarters / 4, unit: 'working-hours', calendar });
          const { date, msOfDay } = toOfficeClock(t, 'Asia/Ho_Chi_Minh');
          const minutes = msOfDay / 60_000;
          expect(calendar.isWorkingDay(date)).toBe(true);
          expect((minutes > 450 && minutes <= 690) || (minutes > 780 && minutes <= 1020)).toBe(true);
          expect(t).toBeGreaterThan(receivedAt);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('input and formatting', () => {
  it('[CAL36] an instant prints as ISO 8601 with the office offset', () => {
    expect(toOfficeIso(at('2026-10-09T10:00:00Z'))).toBe('2026-10-09T17:00:00+07:00');
    expect(toOfficeIso(at('2026-12-31T17:30:45.900Z'))).toBe('2027-01-01T00:30:45+07:00');
    expect(toOfficeIso(at('2026-10-09T10:00:00Z'), 'UTC')).toBe('2026-10-09T10:00:00+00:00');
    expect(toOfficeIso(at('2026-10-09T10:00:00Z'), 'Asia/Kolkata')).toBe('2026-10-09T15:30:00+05:30');
    expect(toOfficeIso(at('2026-01-09T10:00:00Z'), 'America/New_York')).toBe('2026-01-09T05:00:00-05:00');
  });

  it('[CAL36] ISO 8601 input is read with its offset, or in the office time zone without one', () => {
    const expected = at('2026-10-05T02:15:00Z');
    for (const iso of ['2026-10-05T09:15:00+07:00', '2026-10-05T09:15+07:00', '2026-10-05T02:15:00Z', '2026-10-05T09:15:00', '2026-10-05 09:15', '2026-10-05T09:15:00+0700']) {
      expect(parseOfficeInstant(iso), iso).toBe(expected);
    }
    expect(parseOfficeInstant('2026-10-05T09:15:00.250+07:00')).toBe(expected + 250);
    expect(parseOfficeInstant('2026-10-05T09:15:00', 'UTC')).toBe(at('2026-10-05T09:15:00Z'));
    for (const bad of ['2026-02-30T09:00:00Z', '2026-10-05', '2026-10-05T24:00:00Z', 'yesterday', '2026-10-05T09:15:00+19:00']) {
      expect(() => parseOfficeInstant(bad), bad).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    }
  });

  it('[CAL36] due dates work in another office time zone, daylight saving included', () => {
    const t = dueDate({ receivedAt: at('2026-10-30T10:00:00+02:00'), amount: 1, unit: 'working-days', calendar, timeZone: 'Europe/Paris' });
    expect(toOfficeIso(t, 'Europe/Paris')).toBe('2026-11-02T17:00:00+01:00');
  });

  it('[CAL37] bad input is refused with a typed error', () => {
    const base = { receivedAt: at('2026-10-05T09:00:00+07:00'), calendar };
    expect(() => dueDate({ ...base, amount: 0, unit: 'working-days' })).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => dueDate({ ...base, amount: 1.5, unit: 'working-days' })).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => dueDate({ ...base, unit: 'working-days' })).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => dueDate({ ...base, amount: -1, unit: 'working-hours' })).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => dueDate({ ...base, amount: 1, unit: 'working-days', timeZone: 'Mars/Olympus' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_TIME_ZONE' }),
    );
    expect(() => dueDate({ ...base, receivedAt: NaN, amount: 1, unit: 'working-days' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INSTANT' }),
    );
    expect(() => dueDate({ ...base, amount: 1, unit: 'weeks' as 'working-days' })).toThrowError(expect.objectContaining({ code: 'INVALID_UNIT' }));
    for (const sessions of [[], [{ start: '13:00', end: '11:30' }], [{ start: '07:30', end: '12:00' }, { start: '11:00', end: '17:00' }], [{ start: '7:30', end: '11:30' }]]) {
      expect(() => dueDate({ ...base, amount: 1, unit: 'working-hours', hours: { sessions, sameDayCutoff: '15:00' } }), JSON.stringify(sessions)).toThrowError(
        expect.objectContaining({ code: 'INVALID_OFFICE_HOURS' }),
      );
    }
  });

  it('[CAL37] a calendar with no working day at all is refused instead of looping', () => {
    const never = buildCalendar({}, { weeklyRestDays: [0, 1, 2, 3, 4, 5, 6] });
    expect(() => dueDate({ receivedAt: at('2026-10-05T09:00:00+07:00'), amount: 1, unit: 'working-days', calendar: never })).toThrowError(
      expect.objectContaining({ code: 'NO_WORKING_DAY' }),
    );
  });
});
