import type { Temporal } from 'temporal-polyfill';
import { addWorkingDays } from '../../shared/calendar/index.ts';
import type { SkippedDay } from '../../shared/calendar/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { explain, explainFrom } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';

export const COMPLAINT_KINDS = ['delivery', 'invoice'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export type ComplaintDeadlineFigures = {
  readonly kind: ComplaintKind;
  /** The delivery date or the invoice date, counted from. */
  readonly date: string;
  readonly workingDays: number;
  readonly weekendDays: number;
  readonly skipped: SkippedDay[];
};

/**
 * The last day a written complaint is in time: bit:9.1 within 3 working days after delivery, bit:9.2
 * within 14 working days after the invoice date, counted as nl:workdays counts them (the N-th working
 * day after the date).
 */
export function complaintDeadline(
  profile: TermsProfile,
  kind: ComplaintKind,
  from: Temporal.PlainDate,
): Explanation<Temporal.PlainDate, ComplaintDeadlineFigures> {
  const { complaints } = profile;
  if (!complaints) throw new InvalidInputError('profile', `${profile.id} sets no complaint deadlines`);
  const days = { delivery: complaints.deliveryWorkingDays, invoice: complaints.invoiceWorkingDays };
  const workingDays = COMPLAINT_KINDS.includes(kind) ? days[kind] : null;
  if (workingDays === null) {
    const known = COMPLAINT_KINDS.filter((k) => days[k] !== null).join(', ');
    throw new InvalidInputError(
      'kind',
      `${profile.id} sets no deadline for ${String(kind)} complaints; it knows ${known}`,
    );
  }
  let counted;
  try {
    counted = addWorkingDays(from, workingDays);
  } catch (error) {
    // The holiday calendar covers a limited range of years.
    throw new InvalidInputError('date', (error as Error).message);
  }
  // The profile's articles first, then the working-day calendar they count with.
  return explain(counted.value, [...complaints.rules, ...counted.because], {
    kind,
    date: from.toString(),
    workingDays,
    weekendDays: counted.figures.weekendDays,
    skipped: counted.figures.skipped,
  });
}

export type ComplaintInTimeFigures = {
  readonly deadline: string;
  readonly receivedOn: string;
  /** Calendar days after the deadline; 0 when in time. */
  readonly daysLate: number;
};

/**
 * bit:9.3: after the deadline the delivery or invoice counts as approved. A late complaint is still
 * recorded, marked out of time; one received on the deadline itself is in time.
 */
export function isComplaintInTime(
  deadline: Explanation<Temporal.PlainDate>,
  receivedOn: Temporal.PlainDate,
): Explanation<boolean, ComplaintInTimeFigures> {
  const late = Math.max(0, deadline.value.until(receivedOn, { largestUnit: 'days' }).days);
  return explainFrom(late === 0, [deadline], [], {
    deadline: deadline.value.toString(),
    receivedOn: receivedOn.toString(),
    daysLate: late,
  });
}
