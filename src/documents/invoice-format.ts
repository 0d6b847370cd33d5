import { formatAmount, formatEuro, type Cents } from '../shared/money/index.ts';
import { labelsFor, type InvoiceLanguage } from './invoice-labels.ts';
import { unitPriceInEuros } from './unit-price.ts';

/*
 * How the printed invoice writes amounts, dates and numbers in its language. Dutch follows
 * `formatEuro` ("€ 1.234,56", with a no-break space so "€" never ends a line); English writes
 * "€1,234.56". Dates are written out ("15 januari 2025") where there is room and numeric in the
 * narrow period column.
 */

export function money(amount: Cents, language: InvoiceLanguage): string {
  if (language === 'nl') return formatEuro(amount, { noBreakSpace: true });
  const [whole = '0', fraction = '00'] = formatAmount(amount).replace('-', '').split('.');
  return `${amount < 0 ? '-' : ''}€${group(whole, ',')}.${fraction}`;
}

/** A unit price in euros with as many decimals as it has, at least two. */
export function unitPrice(unitPriceCents: string, language: InvoiceLanguage): string {
  const text = unitPriceInEuros(unitPriceCents);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = '00'] = text.replace('-', '').split('.');
  const sign = negative ? '-' : '';
  if (language === 'nl') return `€\u00a0${sign}${group(whole, '.')},${fraction}`;
  return `${sign}€${group(whole, ',')}.${fraction}`;
}

/** Decimal text ("1234.5") with the language's separators ("1.234,5" or "1,234.5"). */
export function decimalText(value: string, language: InvoiceLanguage): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction] = value.replace('-', '').split('.');
  const [thousands, point] = language === 'nl' ? ['.', ','] : [',', '.'];
  return `${negative ? '-' : ''}${group(whole, thousands)}${fraction === undefined ? '' : point + fraction}`;
}

export function percent(value: string, language: InvoiceLanguage): string {
  return `${decimalText(value, language)}%`;
}

/** "2025-03-15" → "15 maart 2025" / "15 March 2025". */
export function longDate(isoDate: string, language: InvoiceLanguage): string {
  const [year, month, day] = isoDate.split('-');
  const name = labelsFor(language).months[Number(month) - 1] ?? month;
  return `${Number(day)} ${name} ${year}`;
}

/**
 * A line's period in as few characters as the table column has room for: "1–30 apr 2025",
 * "15 mrt – 14 apr 2025", "1 dec 2025 – 31 jan 2026".
 */
export function compactPeriod(
  from: string | null,
  to: string | null,
  language: InvoiceLanguage,
): string | null {
  if (from === null || to === null) return periodText(from, to, language, shortDate);
  const months = labelsFor(language).monthsShort;
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  const month = (m: number) => months[m - 1] ?? String(m);
  if (from === to) return shortDate(from, language);
  if (fromYear === toYear && fromMonth === toMonth) return `${fromDay}–${toDay} ${month(toMonth)} ${toYear}`;
  if (fromYear === toYear) return `${fromDay} ${month(fromMonth)} – ${toDay} ${month(toMonth)} ${toYear}`;
  return `${fromDay} ${month(fromMonth)} ${fromYear} – ${toDay} ${month(toMonth)} ${toYear}`;
}

/** "2025-03-15" → "15 mrt 2025" / "15 Mar 2025". */
export function shortDate(isoDate: string, language: InvoiceLanguage): string {
  const [year, month, day] = isoDate.split('-');
  const name = labelsFor(language).monthsShort[Number(month) - 1] ?? month;
  return `${Number(day)} ${name} ${year}`;
}

/** A supply period, or null when it has neither end. */
export function periodText(
  from: string | null,
  to: string | null,
  language: InvoiceLanguage,
  write: (date: string, language: InvoiceLanguage) => string = longDate,
): string | null {
  if (from === null && to === null) return null;
  if (from === null) return `– ${write(to as string, language)}`;
  if (to === null) return `${write(from, language)} –`;
  return `${write(from, language)} – ${write(to, language)}`;
}

function group(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+$)/g, separator);
}
