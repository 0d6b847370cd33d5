import { Temporal } from 'temporal-polyfill';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';

/*
 * vn:7.4.1–7.4.3: prices of links may change with cost items and the customer is given the chance to
 * learn of changes; bit:5.2: prices may rise with cost factors, "with due regard to the statutory
 * rules", known increases stated on the order confirmation. Neither sets a notice period, and
 * CLAUSES.md lists no law that does, so the minimum notice is a parameter: by default (0 days) the
 * change must only be announced before the day it takes effect. An operator that owes more (e.g. the
 * month the EU electronic communications code asks for changes to telecom contracts) passes it.
 */

export const PRICE_CHANGE_NOTICE_RULES: readonly RuleId[] = ['bit:5.2', 'vn:7.4.1', 'vn:7.4.3'];

export interface PriceChangeAnnouncement {
  readonly effectiveFrom: Temporal.PlainDate;
  readonly announcedOn: Temporal.PlainDate;
  /** Days from the announcement to the effective date at least; 0 = any day before it. */
  readonly minimumNoticeDays?: number;
}

export type PriceChangeNoticeFigures = {
  readonly effectiveFrom: string;
  readonly announcedOn: string;
  /** Effective date − announcement date, in days; 0 or less when announced on or after it. */
  readonly noticeDays: number;
  readonly minimumNoticeDays: number;
  /** The last day the change could be announced in time. */
  readonly latestAnnouncement: string;
};

/** Whether the customer is told of the change in time: announced on or before `latestAnnouncement`. */
export function priceChangeNotice(
  announcement: PriceChangeAnnouncement,
  because: readonly RuleId[] = PRICE_CHANGE_NOTICE_RULES,
): Explanation<boolean, PriceChangeNoticeFigures> {
  const { effectiveFrom, announcedOn, minimumNoticeDays = 0 } = announcement;
  if (!Number.isSafeInteger(minimumNoticeDays) || minimumNoticeDays < 0) {
    throw new InvalidInputError(
      'minimumNoticeDays',
      `${minimumNoticeDays} is not a whole number of days, 0 or more`,
    );
  }
  // Told *before* it takes effect: at least one day, even when no minimum is set.
  const latest = effectiveFrom.subtract({ days: Math.max(1, minimumNoticeDays) });
  const noticeDays = announcedOn.until(effectiveFrom, { largestUnit: 'days' }).days;
  return explain(Temporal.PlainDate.compare(announcedOn, latest) <= 0, because, {
    effectiveFrom: effectiveFrom.toString(),
    announcedOn: announcedOn.toString(),
    noticeDays,
    minimumNoticeDays,
    latestAnnouncement: latest.toString(),
  });
}
