import type { StatutoryHoliday } from './year-table.js';

/** [CAL10] Labour Code 2019, art. 112: the public holidays of Vietnam. */
export const LABOUR_CODE_2019_HOLIDAYS: readonly StatutoryHoliday[] = [
  { name: 'Tết Dương lịch', calendar: 'solar', month: 1, day: 1, days: 1 },
  { name: 'Tết Nguyên đán', calendar: 'lunar', days: 5 },
  { name: 'Giỗ Tổ Hùng Vương', calendar: 'lunar', month: 3, day: 10, days: 1 },
  { name: 'Ngày Chiến thắng', calendar: 'solar', month: 4, day: 30, days: 1 },
  { name: 'Ngày Quốc tế lao động', calendar: 'solar', month: 5, day: 1, days: 1 },
  { name: 'Quốc khánh', calendar: 'solar', month: 9, day: 2, days: 2 },
];

/** Saturday and Sunday: the weekly rest days of civil servants. */
export const DEFAULT_WEEKLY_REST_DAYS: readonly number[] = [6, 0];
