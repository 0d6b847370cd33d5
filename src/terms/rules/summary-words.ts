import { formatDecimal, normalizeDecimal, parseDecimal } from '../../shared/money/index.ts';
import type { Renewal } from './terms-profile-schema.ts';

/** The small phrases profile-summary.ts builds its lines from. */

/** `label: text (rule ids)`, or that the terms say nothing when the section is null. */
export function line(
  label: string,
  text: string | null | undefined,
  rules: readonly string[] | undefined,
): string {
  if (text === null || text === undefined || text === '') return `${label}: not in these terms`;
  return `${label}: ${text} (${(rules ?? []).join(', ')})`;
}

/** Joins the parts that apply, skipping those that do not (undefined or empty). */
export function parts(...phrases: (string | undefined | false)[]): string {
  return phrases.filter((phrase): phrase is string => typeof phrase === 'string' && phrase !== '').join('; ');
}

export function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

export function noticeText(notice: { months: number; days: number }): string {
  const lengths = [
    notice.months > 0 ? plural(notice.months, 'month') : '',
    notice.days > 0 ? plural(notice.days, 'day') : '',
  ];
  return lengths.filter(Boolean).join(' and ') || 'no notice';
}

export function renewalText(renewal: Renewal): string {
  switch (renewal.kind) {
    case 'same-duration':
      return 'renews tacitly for the same duration';
    case 'fixed-months':
      return `renews tacitly for ${plural(renewal.months, 'month')}`;
    case 'payment-term':
      return `renews for its payment term (at most ${plural(renewal.maxMonths, 'month')}, else ${plural(renewal.defaultMonths, 'month')})`;
    case 'none':
      return 'does not renew';
  }
}

/** "0.15" → "15%", exactly (decimal digits, no floating point). */
export function percent(rate: string): string {
  const { units, scale } = parseDecimal(rate, 'feeRate');
  const hundredfold =
    scale >= 2 ? { units, scale: scale - 2 } : { units: units * 10n ** BigInt(2 - scale), scale: 0 };
  return `${formatDecimal(normalizeDecimal(hundredfold))}%`;
}
