import { describe, expect, it } from 'vitest';
import { CalendarError } from './errors.js';
import { localParts } from './office-time.js';

describe('localParts: an instant as the office clock shows it', () => {
  it('reads the wall clock in the zone, not the host’s, across midnight UTC+7', () => {
    // 2026-11-28T17:30:05Z is Sunday 29 November, 00:30:05 in Hà Nội
    expect(localParts(Date.parse('2026-11-28T17:30:05.900Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      year: 2026, month: 11, day: 29, hour: 0, minute: 30, second: 5, weekday: 0,
    });
    expect(localParts(Date.parse('2026-11-28T17:30:05Z'), 'UTC')).toMatchObject({ day: 28, hour: 17, weekday: 6 });
  });

  it('refuses an unknown zone with a CalendarError', () => {
    expect(() => localParts(0, 'Mars/Olympus')).toThrow(CalendarError);
  });
});
