import { Temporal } from 'temporal-polyfill';

/*
 * How a SEPA direct-debit mandate may be used (EPC SDD Core and B2B rulebooks).
 *
 * Sequence type. The first collection of a recurrent mandate is FRST, the ones after it RCUR. Our
 * reading of a return: a FRST that was returned (rejected, returned or refunded: the bank took the
 * money back, camt.054) did not start the series, so the next collection is FRST again — the
 * guidance the Dutch banks give, and always accepted, since the 2016 rulebooks no longer let a
 * debtor bank refuse either type for a first collection. Once a collection has gone through, every
 * later one is RCUR, also after a later RCUR is returned.
 *
 * Expiry. A mandate under which no collection was presented for 36 months lapses; the months count
 * from the due date of the latest collection presented, even one rejected, returned or refunded.
 * Our reading for a mandate never used: from its signature date.
 */

export type CollectionSequenceType = 'FRST' | 'RCUR';

/** An earlier collection under the mandate: its due date, and whether the money was taken back. */
export interface MandateCollection {
  readonly collectionDate: Temporal.PlainDate;
  readonly returned: boolean;
}

export const MANDATE_LAPSES_AFTER_MONTHS = 36;

export function sequenceTypeFor(earlier: readonly MandateCollection[]): CollectionSequenceType {
  return earlier.some((collection) => !collection.returned) ? 'RCUR' : 'FRST';
}

/** The last day the mandate may still be collected on. */
export function mandateUsableUntil(
  signedOn: Temporal.PlainDate,
  earlier: readonly MandateCollection[],
): Temporal.PlainDate {
  const lastUse = earlier
    .map((collection) => collection.collectionDate)
    .reduce((latest, day) => (Temporal.PlainDate.compare(day, latest) > 0 ? day : latest), signedOn);
  return lastUse.add({ months: MANDATE_LAPSES_AFTER_MONTHS });
}
