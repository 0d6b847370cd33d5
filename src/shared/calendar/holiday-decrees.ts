/**
 * Days *equated* with the holidays of the Algemene termijnenwet (ATW) art. 3 lid 1 (rule
 * `nl:workdays`), kept as data so that a new decree is a data change, not a code change:
 *
 * - Goede Vrijdag, equated by the Act itself: "Voor de toepassing van deze wet wordt de Goede
 *   Vrijdag met de in het vorige lid genoemde dagen gelijkgesteld" (ATW art. 3 lid 2).
 * - Days equated by royal decree under ATW art. 3 lid 3 (published in the Staatscourant). These
 *   decrees come roughly every three years and name one-off bridge days (the Friday after
 *   Ascension Day; the Friday after, or Monday before, a holiday on a Thursday or Tuesday).
 *
 * To add a decree: append one entry per day with `fromYear` = `throughYear` = its year, and the
 * decree's title (and number / Staatscourant reference when known) as the source.
 *
 * Not yet recorded (could not be verified from a primary or second source when this file was
 * written): the decrees for 1980–2016 and for 2020–2022. Working days in those years therefore
 * count decree bridge days as working days.
 */

/** How a day falls in a given year. */
export type DayRule =
  /** Days after Easter Sunday (negative: before). */
  | { readonly kind: 'easter'; readonly offset: number }
  /** The same month and day every year it applies. */
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number };

export interface EquatedDay {
  readonly name: string;
  readonly rule: DayRule;
  /** First year the day applies. */
  readonly fromYear: number;
  /** Last year it applies (inclusive); absent while it is still in force. */
  readonly throughYear?: number;
  readonly source: string;
}

const DECREE_2017_2019 =
  'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, ' +
  '11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag ' +
  '(Stcrt. 2016, 58653; BWBR0038666), ATW art. 3 lid 3';

const DECREE_2023_2025 =
  'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 ' +
  'met een algemeen erkende feestdag, ATW art. 3 lid 3';

const DECREE_2026_2028 =
  'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 ' +
  'met een algemeen erkende feestdag, ATW art. 3 lid 3';

/** One day named in a decree: it applies in its own year only. */
function decreeDay(isoDate: string, name: string, source: string): EquatedDay {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`decree day '${isoDate}' is not YYYY-MM-DD`);
  }
  return { name, rule: { kind: 'fixed', month, day }, fromYear: year, throughYear: year, source };
}

export const EQUATED_DAYS: readonly EquatedDay[] = [
  {
    name: 'Goede Vrijdag',
    rule: { kind: 'easter', offset: -2 },
    // The ATW entered into force on 1 April 1965 with lid 2 in it.
    fromYear: 1965,
    source: 'Algemene termijnenwet art. 3 lid 2 (equated by the Act itself)',
  },
  decreeDay('2017-04-28', 'vrijdag na Koningsdag (gelijkgesteld)', DECREE_2017_2019),
  decreeDay('2017-05-26', 'vrijdag na Hemelvaartsdag (gelijkgesteld)', DECREE_2017_2019),
  decreeDay('2018-05-11', 'vrijdag na Hemelvaartsdag (gelijkgesteld)', DECREE_2017_2019),
  decreeDay('2018-12-24', 'maandag vóór Eerste Kerstdag (gelijkgesteld)', DECREE_2017_2019),
  decreeDay('2018-12-31', 'maandag vóór Nieuwjaarsdag (gelijkgesteld)', DECREE_2017_2019),
  decreeDay('2019-05-31', 'vrijdag na Hemelvaartsdag (gelijkgesteld)', DECREE_2017_2019),
  decreeDay('2019-12-27', 'vrijdag na Tweede Kerstdag (gelijkgesteld)', DECREE_2017_2019),
  decreeDay('2023-04-28', 'vrijdag na Koningsdag (gelijkgesteld)', DECREE_2023_2025),
  decreeDay('2023-05-19', 'vrijdag na Hemelvaartsdag (gelijkgesteld)', DECREE_2023_2025),
  decreeDay('2024-05-10', 'vrijdag na Hemelvaartsdag (gelijkgesteld)', DECREE_2023_2025),
  decreeDay('2024-12-27', 'vrijdag na Tweede Kerstdag (gelijkgesteld)', DECREE_2023_2025),
  decreeDay('2025-05-30', 'vrijdag na Hemelvaartsdag (gelijkgesteld)', DECREE_2023_2025),
  decreeDay('2026-01-02', 'vrijdag na Nieuwjaarsdag (gelijkgesteld)', DECREE_2026_2028),
  decreeDay('2026-05-15', 'vrijdag na Hemelvaartsdag (gelijkgesteld)', DECREE_2026_2028),
  decreeDay('2027-05-07', 'vrijdag na Hemelvaartsdag (gelijkgesteld)', DECREE_2026_2028),
  decreeDay('2028-04-28', 'vrijdag na Koningsdag (gelijkgesteld)', DECREE_2026_2028),
  decreeDay('2028-05-26', 'vrijdag na Hemelvaartsdag (gelijkgesteld)', DECREE_2026_2028),
];
