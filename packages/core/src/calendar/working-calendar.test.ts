import { describe, expect, it } from 'vitest';
import { checkYearTable } from './check-year-table.js';
import { addDays, dayNumber, fromDayNumber, toCalendarDate, toIsoDate, weekdayOf } from './date.js';
import { deriveYearTable } from './derive-year-table.js';
import { holidaysFile } from './fixtures/holidays.js';
import { ruleDaysOf } from './rule-days.js';
import { LABOUR_CODE_2019_HOLIDAYS } from './statutory.js';
import { buildCalendar } from './working-calendar.js';
import type { StatutoryHoliday, YearTable } from './year-table.js';

const official = holidaysFile.official;
const calendar = buildCalendar(official, { statutory: holidaysFile.statutory });
const officialYears = Object.keys(official).map(Number);
const holidaysOf = (year: number) => ruleDaysOf(year).filter((d) => d.kind === 'holiday');
const compensatoryOf = (year: number) => ruleDaysOf(year).filter((d) => d.kind === 'compensatory');

/** Every ISO date of an inclusive range. */
function datesOf([a, b]: readonly [string, string]): string[] {
  const out: string[] = [];
  for (let n = dayNumber(toCalendarDate(a)); n <= dayNumber(toCalendarDate(b)); n++) out.push(toIsoDate(fromDayNumber(n)));
  return out;
}

describe('statutory rules', () => {
  it('[CAL10] the data file lists the same statutory holidays as the built-in Labour Code 2019 list', () => {
    const strip = (h: StatutoryHoliday) => ({ name: h.name, calendar: h.calendar, month: h.month, day: h.day, days: h.days });
    expect(holidaysFile.statutory.map(strip)).toEqual(LABOUR_CODE_2019_HOLIDAYS.map(strip));
  });

  it('[CAL10] a year by the rules: 1/1, Tết, Giỗ Tổ, 30/4, 1/5 and Quốc khánh (2027)', () => {
    expect(holidaysOf(2027).map((d) => `${d.date} ${d.name}`)).toEqual([
      '2027-01-01 Tết Dương lịch',
      '2027-02-05 Tết Nguyên đán',
      '2027-02-06 Tết Nguyên đán',
      '2027-02-07 Tết Nguyên đán',
      '2027-02-08 Tết Nguyên đán',
      '2027-02-09 Tết Nguyên đán',
      '2027-04-16 Giỗ Tổ Hùng Vương',
      '2027-04-30 Ngày Chiến thắng',
      '2027-05-01 Ngày Quốc tế lao động',
      '2027-09-02 Quốc khánh',
      '2027-09-03 Quốc khánh',
    ]);
  });

  it('[CAL11] Tết by the rules is the last day of the old lunar year and lunar 1/1–1/4 (2026: 29 Tết had no 30)', () => {
    expect(holidaysOf(2026).filter((d) => d.name === 'Tết Nguyên đán').map((d) => d.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('[CAL12] Giỗ Tổ is lunar 3/10 of the year', () => {
    expect(holidaysOf(2026).find((d) => d.name === 'Giỗ Tổ Hùng Vương')?.date).toBe('2026-04-26');
    expect(holidaysOf(2025).find((d) => d.name === 'Giỗ Tổ Hùng Vương')?.date).toBe('2025-04-07');
  });

  for (const [year, weekday, extra] of [
    [2024, 'Monday', '2024-09-03'],
    [2025, 'Tuesday', '2025-09-01'],
    [2026, 'Wednesday', '2026-09-01'],
    [2027, 'Thursday', '2027-09-03'],
    [2022, 'Friday', '2022-09-01'],
    [2023, 'Saturday', '2023-09-01'],
    [2029, 'Sunday', '2029-09-01'],
  ] as const) {
    it(`[CAL13] 2/9 on a ${weekday} (${year}) is joined by ${extra}`, () => {
      expect(holidaysOf(year).filter((d) => d.name === 'Quốc khánh').map((d) => d.date)).toEqual(
        [extra, `${year}-09-02`].sort(),
      );
    });
  }

  it('[CAL13] the default second day of Quốc khánh is the one the Government chose in 2024–2026', () => {
    for (const year of officialYears) {
      const table = official[String(year)]!;
      for (const d of holidaysOf(year).filter((h) => h.name === 'Quốc khánh')) {
        expect(table.off.some(([a, b]) => a <= d.date && d.date <= b), d.date).toBe(true);
      }
    }
  });

  it('[CAL14] a holiday on a rest day gives the next working day off (Giỗ Tổ on Sunday 26/4/2026 → Monday 27/4)', () => {
    expect(compensatoryOf(2026)).toContainEqual({ date: '2026-04-27', kind: 'compensatory', name: 'Giỗ Tổ Hùng Vương' });
    expect(calendar.dayInfo('2026-04-27')).toMatchObject({ working: false, reason: 'compensatory' });
  });

  it('[CAL14] compensatory days skip holidays and each other (Tết 2027 Sat+Sun → Wed 10, Thu 11 Feb; 2/9/2029 Sunday)', () => {
    expect(compensatoryOf(2027).map((d) => d.date)).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
    expect(compensatoryOf(2029).filter((d) => d.name === 'Quốc khánh').map((d) => d.date)).toEqual([
      '2029-09-03',
      '2029-09-04',
    ]);
  });

  it('[CAL14] the weekly rest days are an option: with Sunday only, a Saturday holiday gives no day', () => {
    const sundayOnly = ruleDaysOf(2027, { weeklyRestDays: [0] });
    expect(sundayOnly.find((d) => d.name === 'Ngày Quốc tế lao động' && d.kind === 'compensatory')).toBeUndefined();
    expect(sundayOnly.filter((d) => d.kind === 'compensatory' && d.name === 'Tết Nguyên đán').map((d) => d.date)).toEqual([
      '2027-02-10',
    ]);
  });

  it('[CAL15] a year without an official table gets a derived table: breaks widened by the weekends they touch', () => {
    expect(deriveYearTable(2027)).toEqual({
      off: [
        ['2027-01-01', '2027-01-03'],
        ['2027-02-05', '2027-02-11'],
        ['2027-04-16', '2027-04-18'],
        ['2027-04-30', '2027-05-03'],
        ['2027-09-02', '2027-09-05'],
      ],
      workSaturdays: [],
    });
  });

  it('[CAL15] derived tables for 2027–2040 pass the same checks as an official one', () => {
    for (let year = 2027; year <= 2040; year++) expect(checkYearTable(year, deriveYearTable(year)), String(year)).toEqual([]);
  });

  it('[CAL15] a configurable extra holiday (Ngày Văn hóa Việt Nam, 24/11) joins derived years', () => {
    const withCulture = buildCalendar(official, {
      statutory: [...LABOUR_CODE_2019_HOLIDAYS, { name: 'Ngày Văn hóa Việt Nam', calendar: 'solar', month: 11, day: 24, days: 1 }],
    });
    expect(withCulture.dayInfo('2027-11-24')).toMatchObject({
      working: false,
      reason: 'holiday',
      name: 'Ngày Văn hóa Việt Nam',
      source: 'derived',
    });
    expect(calendar.dayInfo('2027-11-24')).toMatchObject({ working: true, reason: 'workday' });
  });
});

describe('working calendar from the official tables', () => {
  for (const year of officialYears) {
    it(`[CAL20] ${year}: a day is off exactly when inside an official break or a weekend that is not a make-up Saturday`, () => {
      const table = official[String(year)]!;
      const off = new Set(table.off.flatMap(datesOf));
      const makeup = new Set(table.workSaturdays);
      let working = 0;
      for (const info of calendar.daysOfYear(year)) {
        const weekend = weekdayOf(info.date) === 0 || weekdayOf(info.date) === 6;
        const expected = !off.has(info.date) && (!weekend || makeup.has(info.date));
        expect(info.working, info.date).toBe(expected);
        expect(info.source, info.date).toBe('official');
        if (expected) working++;
      }
      expect(calendar.daysOfYear(year).filter((d) => d.working)).toHaveLength(working);
    });
  }

  it('[CAL20] working days per year: 2024 → 251, 2025 → 250, 2026 → 250 (hand-counted from the announcements)', () => {
    // 2024: 262 weekdays − 12 weekdays off (1 + 5 Tết + 1 + 3 + 2) + 1 make-up Saturday
    // 2025: 261 − 12 (1 + 5 + 1 + 3 + 2) + 1;  2026: 261 − 13 (2 + 5 + 1 + 2 + 3) + 2
    const count = (year: number) => calendar.daysOfYear(year).filter((d) => d.working).length;
    expect([count(2024), count(2025), count(2026)]).toEqual([251, 250, 250]);
  });

  it('[CAL20] the official table wins over the rules (the rules would give Monday 3/2/2025 off for Tết on a Saturday)', () => {
    expect(ruleDaysOf(2025)).toContainEqual({ date: '2025-02-03', kind: 'compensatory', name: 'Tết Nguyên đán' });
    expect(calendar.dayInfo('2025-02-03')).toMatchObject({ working: true, reason: 'workday', source: 'official' });
  });

  it('[CAL20] years without a table are derived, and say so', () => {
    expect(calendar.yearSource(2026)).toBe('official');
    expect(calendar.yearSource(2027)).toBe('derived');
    expect(calendar.tableOf(2027)).toEqual(deriveYearTable(2027, { statutory: holidaysFile.statutory }));
    expect(calendar.dayInfo('2027-02-08')).toMatchObject({ working: false, reason: 'holiday', source: 'derived' });
    expect(calendar.dayInfo('2027-02-12')).toMatchObject({ working: true, reason: 'workday', source: 'derived' });
  });

  it('[CAL21] a holiday keeps its reason and name even on a weekend (Giỗ Tổ, Sunday 26/4/2026)', () => {
    expect(calendar.dayInfo('2026-04-26')).toEqual({
      date: '2026-04-26',
      weekday: 0,
      working: false,
      reason: 'holiday',
      name: 'Giỗ Tổ Hùng Vương',
      source: 'official',
    });
  });

  it('[CAL22] every weekday of an official Tết break is a Tết holiday (2025: 27 Jan = 28 Tết)', () => {
    for (const year of officialYears) {
      const days = official[String(year)]!.off.filter(([a, b]) => datesOf([a, b]).some((d) => calendar.dayInfo(d).name === 'Tết Nguyên đán'));
      expect(days, `one Tết break in ${year}`).toHaveLength(1);
      for (const d of datesOf(days[0]!)) {
        const info = calendar.dayInfo(d);
        if (info.weekday !== 0 && info.weekday !== 6) expect(info.reason === 'holiday' || info.reason === 'compensatory', d).toBe(true);
        expect(info.name, d).toBe('Tết Nguyên đán');
      }
    }
    expect(calendar.dayInfo('2025-01-27')).toMatchObject({ reason: 'holiday', name: 'Tết Nguyên đán' });
  });

  it('[CAL23] every make-up Saturday of the data file is a working day', () => {
    const saturdays = officialYears.flatMap((y) => official[String(y)]!.workSaturdays);
    expect(saturdays).toEqual(['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22']);
    for (const s of saturdays) {
      expect(calendar.dayInfo(s)).toMatchObject({ working: true, reason: 'makeup-saturday', weekday: 6, source: 'official' });
      expect(calendar.isWorkingDay(s)).toBe(true);
    }
  });

  it('[CAL24] a weekday swapped for a make-up Saturday is a day off named after its break', () => {
    expect(calendar.dayInfo('2024-04-29')).toMatchObject({
      working: false,
      reason: 'day-off',
      name: 'Ngày Chiến thắng · Ngày Quốc tế lao động',
    });
    expect(calendar.dayInfo('2026-01-02')).toMatchObject({ working: false, reason: 'day-off', name: 'Tết Dương lịch' });
    expect(calendar.dayInfo('2026-08-31')).toMatchObject({ working: false, reason: 'day-off', name: 'Quốc khánh' });
  });

  it('[CAL24] a break that starts in the year before counts for that year’s days (30/12/2023 – 1/1/2024)', () => {
    expect(calendar.dayInfo('2023-12-30')).toMatchObject({ working: false, reason: 'weekend', source: 'official', name: 'Tết Dương lịch' });
    expect(calendar.dayInfo('2023-12-29')).toMatchObject({ working: true, source: 'derived' });
  });

  it('[CAL24] daysOfYear lists every day once, in order', () => {
    for (const year of [2024, 2025, 2027]) {
      const days = calendar.daysOfYear(year);
      expect(days).toHaveLength(year === 2024 ? 366 : 365);
      expect(days[0]!.date).toBe(`${year}-01-01`);
      days.forEach((d, i) => expect(d.date).toBe(toIsoDate(addDays({ year, month: 1, day: 1 }, i))));
    }
  });

  it('[CAL24] an administrator’s edit is just a new table: adding 24/11/2026 makes it a day off', () => {
    const t2026 = official['2026']!;
    const edited: YearTable = { ...t2026, off: [...t2026.off, ['2026-11-24', '2026-11-24']] };
    const cal = buildCalendar({ ...official, 2026: edited });
    expect(cal.dayInfo('2026-11-24')).toMatchObject({ working: false, reason: 'day-off', source: 'official' });
    expect(calendar.dayInfo('2026-11-24').working).toBe(true);
  });
});

describe('checking a year table', () => {
  it('[CAL25] the official tables of 2024–2026 hold every holiday and are well formed', () => {
    for (const year of officialYears) expect(checkYearTable(year, official[String(year)]!), String(year)).toEqual([]);
  });

  it('[CAL25] a table with mistakes lists each one', () => {
    const broken: YearTable = {
      off: [
        ['2026-01-01', '2026-01-04'],
        ['2026-02-22', '2026-02-14'],
        ['2026-02-30', '2026-03-01'],
        ['2026-04-25', '2026-04-27'],
        ['2026-08-29', '2026-09-02'],
      ],
      workSaturdays: ['2026-01-09', '2026-08-29'],
    };
    expect(checkYearTable(2026, broken).map((i) => `${i.code} ${i.date ?? ''}`)).toEqual([
      'RANGE_REVERSED 2026-02-22',
      'BAD_DATE 2026-02-30',
      'NOT_A_SATURDAY 2026-01-09',
      'SATURDAY_IN_BREAK 2026-08-29',
      'HOLIDAY_NOT_OFF 2026-04-30',
      'HOLIDAY_NOT_OFF 2026-05-01',
      'HOLIDAY_NOT_OFF 2026-02-17',
    ]);
  });

  it('[CAL25] ranges far from the year are flagged', () => {
    const table: YearTable = { ...official['2025']!, off: [...official['2025']!.off, ['2023-05-01', '2023-05-01']] };
    expect(checkYearTable(2025, table).map((i) => i.code)).toEqual(['RANGE_OUTSIDE_YEAR']);
  });
});

it('[CAL24] the calendar is pure: two calendars from the same tables agree day by day', () => {
  const again = buildCalendar(structuredClone(official), { statutory: holidaysFile.statutory });
  for (const year of [2024, 2026, 2030]) expect(again.daysOfYear(year)).toEqual(calendar.daysOfYear(year));
  expect(toIsoDate(addDays({ year: 2026, month: 12, day: 31 }, 1))).toBe('2027-01-01');
});
