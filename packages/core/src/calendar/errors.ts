/** Stable ids of what can go wrong in the calendar; programs branch on `code`. */
export type CalendarErrorCode =
  | 'INVALID_DATE'
  | 'OUT_OF_RANGE'
  | 'NO_SUCH_LUNAR_DATE'
  | 'INVALID_AMOUNT'
  | 'INVALID_INSTANT'
  | 'INVALID_UNIT'
  | 'INVALID_OFFICE_HOURS'
  | 'INVALID_TIME_ZONE'
  | 'NO_WORKING_DAY';

/** The one error type the calendar throws. */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
  }
}
