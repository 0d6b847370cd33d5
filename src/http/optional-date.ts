import type { Temporal } from 'temporal-polyfill';
import { parsePlainDate } from '../shared/calendar/index.ts';

/** An optional `YYYY-MM-DD` field of a request, already checked by its schema's `format: date`. */
export function optionalDate(text: string | undefined): Temporal.PlainDate | undefined {
  return text === undefined ? undefined : parsePlainDate(text);
}
