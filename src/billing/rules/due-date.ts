import type { Temporal } from 'temporal-polyfill';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';

export type DueDateFigures = {
  readonly invoiceDate: string;
  readonly paymentTermDays: number;
  readonly dueDate: string;
};

const MAX_TERM_DAYS = 365;

/**
 * The day an invoice falls due: invoice date + the payment term in calendar days (CLAUSES.md "How
 * periods are counted"); bit:11.3: 14 days, vn:7.1.5: 30 days. `because` is the profile's own article.
 */
export function dueDate(
  invoiceDate: Temporal.PlainDate,
  paymentTermDays: number,
  because: readonly RuleId[],
): Explanation<Temporal.PlainDate, DueDateFigures> {
  if (!Number.isInteger(paymentTermDays) || paymentTermDays < 0 || paymentTermDays > MAX_TERM_DAYS) {
    throw new InvalidInputError(
      'paymentTermDays',
      `${quote(paymentTermDays)} is not a whole number of days from 0 to ${MAX_TERM_DAYS}`,
    );
  }
  const due = invoiceDate.add({ days: paymentTermDays });
  return explain(due, because, {
    invoiceDate: invoiceDate.toString(),
    paymentTermDays,
    dueDate: due.toString(),
  });
}
