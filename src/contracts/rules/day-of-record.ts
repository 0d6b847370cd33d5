import { Temporal } from 'temporal-polyfill';
import { InvalidInputError } from '../../shared/errors/index.ts';

/**
 * The day a fact happened, by default today. Orders and contracts record what has happened, so a
 * day after today is a mistake in the input, named by its field.
 */
export function dayOfRecord(
  field: string,
  given: Temporal.PlainDate | undefined,
  today: Temporal.PlainDate,
): Temporal.PlainDate {
  const day = given ?? today;
  if (Temporal.PlainDate.compare(day, today) > 0) {
    throw new InvalidInputError(field, `${day.toString()} is in the future: record what has happened`);
  }
  return day;
}
