/** The calendar: dates, months and terms, calendar periods, notice, Dutch holidays and working days. */
export { MONTH_NAMES, parsePlainDate, isPlainDateText } from './plain-date.ts';
export { daysBetween } from './day-number.ts';
export { addMonths, termEnd } from './months.ts';
export type { PeriodKind } from './period-ends.ts';
export {
  PERIOD_KINDS,
  startOfMonth,
  endOfMonth,
  startOfQuarter,
  endOfQuarter,
  startOfYear,
  endOfYear,
  startOfPeriod,
  endOfPeriod,
  isPeriodEnd,
  nextPeriodEnd,
  previousPeriodEnd,
} from './period-ends.ts';
export type { NoticeInput, NoticeLength, TermEnds } from './notice.ts';
export { firstPeriodEndAfterNotice } from './notice.ts';
export { easterSunday } from './easter.ts';
export type { Holiday } from './dutch-holidays.ts';
export { SUPPORTED_YEARS, holidaysOf, isHoliday, holidayNames } from './dutch-holidays.ts';
export type { DayRule, EquatedDay } from './holiday-decrees.ts';
export { EQUATED_DAYS } from './holiday-decrees.ts';
export type { SkippedDay, WorkdaysFigures } from './working-days.ts';
export { isWorkingDay, addWorkingDays, workingDaysBetween, extendToWorkingDay } from './working-days.ts';
