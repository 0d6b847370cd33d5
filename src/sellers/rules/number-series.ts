import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import { requiredText } from '../../shared/identifiers/required-text.ts';

/*
 * Invoice numbers are `<series>-<year>-<n>`, consecutive and unique per series (art. 35a Wet OB,
 * art. 226 VAT directive: "a sequential number … which uniquely identifies the invoice"). Two sellers
 * sharing a series, or a seller's credit notes sharing another seller's invoice series, would make
 * two documents with one number; so every series belongs to one seller, for one kind of document.
 */

const SERIES = /^[A-Z0-9]{1,10}$/;

/** A number series: 1 to 10 capitals and digits, e.g. BIT or VN; typed in lower case it is raised. */
export function numberSeries(value: unknown, field: string): string {
  const text = requiredText(value, field);
  const series = text.toUpperCase();
  if (!SERIES.test(series))
    throw new InvalidInputError(
      field,
      `must be 1 to 10 capital letters and digits, e.g. BIT, not ${quote(text)}`,
    );
  return series;
}

export interface SeriesHolder {
  readonly id: string;
  readonly invoiceSeries: string;
  readonly creditNoteSeries: string | null;
}

/**
 * Why `candidate`'s series cannot be had, naming the seller that has them; empty when they are
 * free. `others` are the other sellers (not the candidate's own stored row).
 */
export function seriesClashes(candidate: SeriesHolder, others: readonly SeriesHolder[]): string[] {
  const wanted = [
    { kind: 'invoice series', series: candidate.invoiceSeries },
    ...(candidate.creditNoteSeries === null
      ? []
      : [{ kind: 'credit note series', series: candidate.creditNoteSeries }]),
  ];
  const clashes: string[] = [];
  for (const { kind, series } of wanted)
    for (const other of others) {
      const use =
        other.invoiceSeries === series
          ? 'its invoice series'
          : other.creditNoteSeries === series
            ? 'its credit note series'
            : undefined;
      if (use)
        clashes.push(`${kind} '${series}' is already used by seller '${other.id}' (${use}); choose another`);
    }
  return clashes;
}
