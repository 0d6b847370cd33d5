import type { RuleId } from '../../shared/explanation/index.ts';

/*
 * The Dutch statutory interest rates since 2010 as data, each row with its source.
 *
 * - nl:6:119, *wettelijke rente* ('non-commercial'): set by decree (art. 6:120 lid 1 BW). The
 *   ministry's method: the ECB main refinancing rate at the end of October / April + 2.25 points,
 *   rounded to whole percent, a change of at most 2 points, only when needed. A row per decree.
 * - nl:6:119a, *wettelijke handelsrente* ('commercial'): fixed per half year by art. 6:120 lid 2 BW
 *   as the ECB main refinancing rate of its most recent operation before the first calendar day of
 *   the half year, plus 7 points until 15 March 2013 and plus 8 points from 16 March 2013
 *   (Directive 2011/7/EU). A row per half year, naming the ECB rate.
 *
 * A row applies from its date until the next row of its table; the last row applies until a later
 * one is added, so a row must be added every half year (next: 2027-01-01). A day before the first
 * row has no rate. Where a figure could not be confirmed against a publication its source says so.
 */

export const INTEREST_KINDS = ['commercial', 'non-commercial'] as const;
/** 'commercial': nl:6:119a (business customers); 'non-commercial': nl:6:119 (consumers). */
export type InterestKind = (typeof INTEREST_KINDS)[number];

export interface InterestRateRow {
  /** First day (YYYY-MM-DD) the rate applies. */
  readonly from: string;
  /** Percentage per year as decimal text, e.g. "8.15". */
  readonly percent: string;
  readonly source: string;
}

/** The day the rows were last compared against their sources. */
export const INTEREST_RATES_CHECKED = '2026-12-02';

export const INTEREST_RULE: Readonly<Record<InterestKind, RuleId>> = {
  commercial: 'nl:6:119a',
  'non-commercial': 'nl:6:119',
};

const OLD_6_120 = 'art. 6:120 lid 2 BW (text until 15 March 2013): ECB main refinancing rate';
const NEW_6_120 = 'art. 6:120 lid 2 BW (from 16 March 2013): ECB main refinancing rate';
const UNCONFIRMED = 'the percentage itself not confirmed against a published table';

/** One half year of handelsrente: `ecb` is the ECB rate it rests on, `margin` 7 or 8 points. */
function halfYear(
  from: string,
  percent: string,
  ecb: string,
  margin: 7 | 8,
  confirmed: string,
): InterestRateRow {
  const rate = ecb.replace(/^\d+\.\d+/, (digits) => `${digits} %`); // '1.00 (since …)' → '1.00 % (since …)'
  const basis = `${margin === 7 ? OLD_6_120 : NEW_6_120} ${rate} + ${margin} points = ${percent} %`;
  return { from, percent, source: `${basis}; ${confirmed}` };
}

/** nl:6:119a: wettelijke handelsrente. */
export const COMMERCIAL_INTEREST_RATES: readonly InterestRateRow[] = [
  halfYear(
    '2010-01-01',
    '8.00',
    '1.00 (since 13 May 2009)',
    7,
    'confirmed: raadvanarbitrage.nl history table',
  ),
  halfYear('2010-07-01', '8.00', '1.00', 7, 'confirmed: raadvanarbitrage.nl history table'),
  halfYear(
    '2011-01-01',
    '8.00',
    '1.00',
    7,
    'confirmed: incassoregister.nl ("van 8 naar 8,25%" on 1 July 2011)',
  ),
  halfYear('2011-07-01', '8.25', '1.25 (since 13 April 2011)', 7, 'confirmed: incassoregister.nl'),
  halfYear(
    '2012-01-01',
    '8.00',
    '1.00 (since 14 December 2011)',
    7,
    `${UNCONFIRMED} (vdkraan.nl: 8,0 % in 2012)`,
  ),
  halfYear(
    '2012-07-01',
    '8.00',
    '1.00 (0.75 only from 11 July 2012)',
    7,
    `${UNCONFIRMED} (vdkraan.nl: 8,0 % in 2012)`,
  ),
  halfYear('2013-01-01', '7.75', '0.75 (since 11 July 2012)', 7, 'confirmed: vdkraan.nl, nsgroep.nl'),
  {
    from: '2013-03-16',
    percent: '8.75',
    source:
      `${NEW_6_120} 0.75 % (fixed for the half year) + 8 points = 8.75 %: the act implementing Directive ` +
      '2011/7/EU took effect on 16 March 2013 (vanasadvocaten.nl, evofenedex.nl); ' +
      `${UNCONFIRMED}. Contracts concluded before that day may keep the 7-point margin (transitional law, not modelled)`,
  },
  halfYear('2013-07-01', '8.50', '0.50 (since 8 May 2013)', 8, UNCONFIRMED),
  halfYear('2014-01-01', '8.25', '0.25 (since 13 November 2013)', 8, UNCONFIRMED),
  halfYear('2014-07-01', '8.15', '0.15 (since 11 June 2014)', 8, 'confirmed: advocatenkantooroste.nl'),
  halfYear('2015-01-01', '8.05', '0.05 (since 10 September 2014)', 8, 'confirmed: advocatenkantooroste.nl'),
  halfYear('2015-07-01', '8.05', '0.05', 8, UNCONFIRMED),
  halfYear('2016-01-01', '8.05', '0.05', 8, 'confirmed: rechtnet.nl'),
  halfYear('2016-07-01', '8.00', '0.00 (since 16 March 2016)', 8, 'rijksoverheid.nl answer page: 8,00 %'),
  ...[
    '2017-01-01',
    '2017-07-01',
    '2018-01-01',
    '2018-07-01',
    '2019-01-01',
    '2019-07-01',
    '2020-01-01',
    '2020-07-01',
    '2021-01-01',
    '2021-07-01',
    '2022-01-01',
    '2022-07-01', // the ECB raised its rate to 0.50 % only from 27 July 2022
  ].map((from) => halfYear(from, '8.00', '0.00', 8, 'rijksoverheid.nl answer page: 8,00 %')),
  halfYear('2023-01-01', '10.50', '2.50 (since 21 December 2022)', 8, 'confirmed: flib.nl, abenslag.nl'),
  halfYear(
    '2023-07-01',
    '12.00',
    '4.00 (since 21 June 2023)',
    8,
    'ECB rate confirmed (ECB press release of 15 June 2023); 12 % only in a third-party calculator table',
  ),
  halfYear('2024-01-01', '12.50', '4.50 (since 20 September 2023)', 8, 'confirmed: wieringa-advocaten.nl'),
  halfYear('2024-07-01', '12.25', '4.25 (since 12 June 2024)', 8, 'confirmed: metaalunie.nl'),
  halfYear('2025-01-01', '11.15', '3.15 (since 18 December 2024)', 8, 'confirmed: vvoadvocatuur.nl'),
  halfYear('2025-07-01', '10.15', '2.15 (since 11 June 2025)', 8, 'confirmed: vanlaarhovenenpartners.nl'),
  halfYear(
    '2026-01-01',
    '10.15',
    '2.15 (unchanged; ECB decision of 5 February 2026 kept it, as at its last 2025 meeting)',
    8,
    UNCONFIRMED,
  ),
  halfYear(
    '2026-07-01',
    '10.40',
    '2.40 (raised by 25 basis points by the ECB decision of 11 June 2026)',
    8,
    UNCONFIRMED,
  ),
];

/** nl:6:119: wettelijke rente, a row per decree (art. 6:120 lid 1 BW). */
export const NON_COMMERCIAL_INTEREST_RATES: readonly InterestRateRow[] = [
  {
    from: '2010-01-01',
    percent: '3',
    source:
      'Besluit van 23 december 2009, Stb. 2009, 618 (amending KB 18 januari 1971, Stb. 27): 4 % → 3 %; ' +
      'ECB 1 % + 2.25 points (ministry press release, via sdu.nl)',
  },
  {
    from: '2011-07-01',
    percent: '4',
    source:
      'Besluit van 23 juni 2011 (amending KB 18 januari 1971, Stb. 27), issued 29 June 2011: 3 % → 4 %; ' +
      'Staatsblad number not confirmed',
  },
  {
    from: '2012-07-01',
    percent: '3',
    source:
      'Besluit van 25 juni 2012, Stb. 2012, 285 (cited in the explanatory note of Stb. 2014, 491): 4 % → 3 %',
  },
  {
    from: '2015-01-01',
    percent: '2',
    source: 'Besluit van 4 december 2014, Stb. 2014, 491: 3 % → 2 %',
  },
  {
    from: '2023-01-01',
    percent: '4',
    source:
      'Besluit vaststelling wettelijke rente (BWBR0047640), Besluit van 15 december 2022, Stb. 2022, 520: 4 %',
  },
  {
    from: '2023-07-01',
    percent: '6',
    source:
      'Besluit van 29 juni 2023 amending the Besluit vaststelling wettelijke rente: 4 % → 6 %; ' +
      'Staatsblad number not confirmed (topinkomens.nl, wieringa-advocaten.nl)',
  },
  {
    from: '2024-01-01',
    percent: '7',
    source:
      'Besluit van 20 december 2023, Stb. 2023, 484, amending the Besluit vaststelling wettelijke rente: 6 % → 7 %',
  },
  {
    from: '2025-01-01',
    percent: '6',
    source:
      'Besluit vaststelling wettelijke rente as in force from 1 January 2025: 7 % → 6 % (vvoadvocatuur.nl); ' +
      'decree date and Staatsblad number not confirmed. Unchanged on 1 July 2025 (vanlaarhovenenpartners.nl)',
  },
  {
    from: '2026-01-01',
    percent: '4',
    source:
      'Besluit vaststelling wettelijke rente as in force from 1 January 2026: 6 % → 4 %, confirmed only by ' +
      'secondary summaries of BWBR0047640; decree date and Staatsblad number not confirmed. Matches the method ' +
      '(ECB 2.15 % + 2.25 = 4.40 → 4 %); no change found for 1 July 2026 (ECB at the end of April 2026: 2.15 %)',
  },
];

export const STATUTORY_INTEREST_RATES: Readonly<Record<InterestKind, readonly InterestRateRow[]>> = {
  commercial: COMMERCIAL_INTEREST_RATES,
  'non-commercial': NON_COMMERCIAL_INTEREST_RATES,
};
