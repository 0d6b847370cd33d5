import type { Temporal } from 'temporal-polyfill';
import type { TermsProfile } from '../../terms/index.ts';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';

/** Where SLA instants are shown: the terms' local time, with its offset. */
export const SLA_TIME_ZONE = 'Europe/Amsterdam';

export type SlaTerms = NonNullable<TermsProfile['sla']>;

/** The repair times a physical fiber break runs against (vn:6.4.10). */
export interface SlaDeadlines {
  readonly fiberCount: number;
  readonly definitiveRepair: boolean;
  readonly reportedAt: Temporal.Instant;
  readonly averageHours: number;
  readonly maximumHours: number;
  readonly averageBy: Temporal.Instant;
  readonly maximumBy: Temporal.Instant;
  readonly because: readonly RuleId[];
}

/**
 * vn:6.4.10: from the first report, the average and maximum repair times of the cable's fiber count;
 * a direct definitive repair adds `definitiveRepairExtraHours` to both. The clock counts elapsed
 * hours, day and night (vn:6.4.11), so an hour lost or gained to daylight saving is still one hour:
 * the deadlines are instants, shown in Europe/Amsterdam with the offset of their own moment.
 */
export function slaDeadlines(
  sla: SlaTerms,
  fault: {
    readonly fiberCount: number;
    readonly reportedAt: Temporal.Instant;
    readonly definitiveRepair: boolean;
  },
): SlaDeadlines {
  const row = sla.repairTimes.find((times) => times.fiberCounts.includes(fault.fiberCount));
  if (!row) {
    const known = sla.repairTimes.flatMap((times) => times.fiberCounts).join(', ');
    throw new InvalidInputError(
      'fiberCount',
      `${quote(fault.fiberCount)} is not a cable class of the repair-time table (${sla.rules.join(', ')}); use one of ${known}`,
    );
  }
  const extra = fault.definitiveRepair ? sla.definitiveRepairExtraHours : 0;
  const averageHours = row.averageHours + extra;
  const maximumHours = row.maximumHours + extra;
  return {
    fiberCount: fault.fiberCount,
    definitiveRepair: fault.definitiveRepair,
    reportedAt: fault.reportedAt,
    averageHours,
    maximumHours,
    averageBy: fault.reportedAt.add({ hours: averageHours }),
    maximumBy: fault.reportedAt.add({ hours: maximumHours }),
    because: sla.rules,
  };
}

/** An instant as the terms' local time with its offset: `2027-03-28T03:30:00+02:00`. */
export function slaLocalTime(instant: Temporal.Instant): string {
  return instant.toZonedDateTimeISO(SLA_TIME_ZONE).toString({ timeZoneName: 'never' });
}

/** Elapsed hours between two instants, to the minute (a repair time as the SLA report shows it). */
export function elapsedHours(from: Temporal.Instant, to: Temporal.Instant): number {
  return Math.round(to.since(from, { largestUnit: 'hours' }).total({ unit: 'minutes' })) / 60;
}
