import { Temporal } from 'temporal-polyfill';
import { parsePlainDate } from '../calendar/plain-date.ts';
import { MoneyError } from './money-error.ts';

/** A supply date as strict `YYYY-MM-DD` text or a `PlainDate`; a bad one is a RangeError naming `field`. */
export function toPlainDate(date: string | Temporal.PlainDate, field = 'date'): Temporal.PlainDate {
  if (date instanceof Temporal.PlainDate) return date;
  try {
    return parsePlainDate(date);
  } catch (error) {
    throw new MoneyError(field, error instanceof Error ? error.message : String(error));
  }
}
