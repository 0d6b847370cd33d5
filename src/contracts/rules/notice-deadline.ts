import { Temporal } from 'temporal-polyfill';
import type { NoticeLength } from '../../shared/calendar/index.ts';

/**
 * The last day notice can be given to end on `end`: the latest day d with d + notice ≤ end, so that
 * d + notice ≤ end < (d + 1 day) + notice. Notice is added as the calendar adds it (months first,
 * clamped to the month's end, then days), which is why plain subtraction is not enough: for an end on
 * 30 June and one month's notice, 30 June − 1 month is 30 May, but 31 May + 1 month clamps to 30 June,
 * so 31 May is still in time.
 */
export function lastNoticeDate(end: Temporal.PlainDate, notice: NoticeLength): Temporal.PlainDate {
  const length = { months: notice.months ?? 0, days: notice.days ?? 0 };
  const fits = (day: Temporal.PlainDate) => Temporal.PlainDate.compare(day.add(length), end) <= 0;
  // Undo the days, then the months; clamping leaves this at most a few days off.
  let deadline = end.subtract({ days: length.days }).subtract({ months: length.months });
  while (!fits(deadline)) deadline = deadline.subtract({ days: 1 });
  while (fits(deadline.add({ days: 1 }))) deadline = deadline.add({ days: 1 });
  return deadline;
}
