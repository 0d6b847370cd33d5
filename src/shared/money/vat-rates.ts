import type { Temporal } from 'temporal-polyfill';
import { explain, type Explanation } from '../explanation/index.ts';
import { toPlainDate } from './vat-date.ts';
import { MoneyError } from './money-error.ts';

/*
 * The Dutch VAT rates as data (rule `nl:vat`), each row with its source, kept as a history so that
 * a rate can be asked for any supply date: the rate is the one in force on the day of the supply,
 * and an old period corrected today keeps its old rate.
 */

export type VatRateKind = 'standard' | 'reduced' | 'zero';

export interface VatRateRow {
  readonly kind: VatRateKind;
  /** Percentage as decimal text, e.g. "21". */
  readonly percent: string;
  /** First day (YYYY-MM-DD) the rate applies; it applies until the next row of the same kind. */
  readonly validFrom: string;
  readonly source: string;
}

/** The day the rows were last compared against their sources. */
export const NL_VAT_RATES_CHECKED = '2026-11-22';

/**
 * Wet op de omzetbelasting 1968 (Wet OB) art. 9: lid 1 the general rate, lid 2 sub a the reduced
 * rate (goods and services of tabel I), lid 2 sub b the zero rate (tabel II).
 * The table starts on 1 January 2001; earlier supply dates are refused rather than guessed.
 */
export const NL_VAT_RATES: readonly VatRateRow[] = [
  {
    kind: 'standard',
    percent: '19',
    validFrom: '2001-01-01',
    source: 'Wet OB 1968 art. 9 lid 1: 19 % from 1 January 2001',
  },
  {
    kind: 'standard',
    percent: '21',
    validFrom: '2012-10-01',
    source: 'Wet OB 1968 art. 9 lid 1: 21 % from 1 October 2012 (raised from 19 %, Begrotingsafspraken 2013)',
  },
  {
    kind: 'reduced',
    percent: '6',
    validFrom: '2001-01-01',
    source: 'Wet OB 1968 art. 9 lid 2 sub a, tabel I: 6 % (already in force before this table starts)',
  },
  {
    kind: 'reduced',
    percent: '9',
    validFrom: '2019-01-01',
    source:
      'Wet OB 1968 art. 9 lid 2 sub a, tabel I: 9 % from 1 January 2019 (raised from 6 %, Belastingplan 2019)',
  },
  {
    kind: 'zero',
    percent: '0',
    validFrom: '2001-01-01',
    source: 'Wet OB 1968 art. 9 lid 2 sub b, tabel II: 0 %',
  },
];

/** The percentage (decimal text) of a Dutch VAT rate on a supply date. */
export function vatRateOn(
  kind: VatRateKind,
  date: string | Temporal.PlainDate,
  rates: readonly VatRateRow[] = NL_VAT_RATES,
): Explanation<string> {
  const day = toPlainDate(date).toString();
  // YYYY-MM-DD text sorts like the dates it names.
  const row = rates
    .filter((r) => r.kind === kind && r.validFrom <= day)
    .reduce<VatRateRow | undefined>(
      (latest, r) => (latest === undefined || r.validFrom > latest.validFrom ? r : latest),
      undefined,
    );
  if (row === undefined) {
    throw new MoneyError('date', `no ${kind} VAT rate is known for ${day}`);
  }
  return explain(row.percent, ['nl:vat'], {
    kind,
    date: day,
    percent: row.percent,
    validFrom: row.validFrom,
    source: row.source,
  });
}
