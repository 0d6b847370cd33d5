/*
 * Dutch notation on the charts' axes and tooltips. Figures reach a chart as numbers only for drawing;
 * the tables beside the charts show the API's decimal strings with formatMoney.
 */

const compactEuro = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export const euroTick = (value: number | string) => compactEuro.format(Number(value));
export const numberTick = (value: number | string) => number.format(Number(value));

/** "2026-Q4" → "K4 2026" (nl) or "Q4 2026" (en). */
export function quarterLabel(quarter: string, language: 'nl' | 'en'): string {
  const [year, q] = quarter.split('-Q');
  return `${language === 'nl' ? 'K' : 'Q'}${q} ${year}`;
}

/** "2026-11" → "nov 2026" / "Nov 2026". */
export function monthLabel(month: string, language: 'nl' | 'en'): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** Series colours with enough contrast on white; the legend and the table name every series too. */
export const SERIES_COLOURS = [
  '#0b5cad',
  '#a4161a',
  '#1e6b34',
  '#8a5300',
  '#5b3a99',
  '#12324a',
  '#b0306a',
  '#3c6e71',
];

export const colourOf = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]!;

/** A decimal string in euros as a number of euros, for drawing only. */
export const toNumber = (amount: string) => Number(amount);
