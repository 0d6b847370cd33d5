import { Temporal } from 'temporal-polyfill';
import { endOfQuarter } from '../../shared/calendar/index.ts';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';

/**
 * The calendar quarter a bill run bills (bit:11.1 quarterly in advance, vn:7.1.5 quarterly
 * invoices): written "2027-Q1" and covering 1 January to 31 March inclusive.
 */
export interface BillingQuarter {
  /** "2027-Q1". */
  readonly id: string;
  readonly from: Temporal.PlainDate;
  readonly to: Temporal.PlainDate;
}

const QUARTER_TEXT = /^(\d{4})-Q(\d)$/;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2999;

/** Strict `YYYY-Qn` (n 1 to 4, year 2000 to 2999); anything else is refused naming `field`. */
export function parseBillingQuarter(text: string, field = 'period'): BillingQuarter {
  const match = typeof text === 'string' ? QUARTER_TEXT.exec(text) : null;
  if (match === null) {
    throw new InvalidInputError(field, `${quote(text)} is not a quarter (expected YYYY-Qn, e.g. 2027-Q1)`);
  }
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  if (quarter < 1 || quarter > 4) {
    throw new InvalidInputError(field, `${quote(text)} names quarter ${quarter}; a year has quarters 1 to 4`);
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new InvalidInputError(field, `${quote(text)} is outside the years ${FIRST_YEAR} to ${LAST_YEAR}`);
  }
  return quarterStarting(new Temporal.PlainDate(year, quarter * 3 - 2, 1));
}

/** The calendar quarter that contains `date`. */
export function billingQuarterOf(date: Temporal.PlainDate): BillingQuarter {
  return quarterStarting(date.with({ month: date.month - ((date.month - 1) % 3), day: 1 }));
}

function quarterStarting(from: Temporal.PlainDate): BillingQuarter {
  const year = String(from.year).padStart(4, '0');
  return { id: `${year}-Q${(from.month + 2) / 3}`, from, to: endOfQuarter(from) };
}
