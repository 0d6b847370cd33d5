/*
 * Dutch notation whatever the language of the text: € 1.234,56 and 22-11-2026, as Dutch invoices and
 * letters write them. Amounts arrive from the API as decimal strings ("1234.56") and are never
 * turned into floating point before they are shown.
 */

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** "1234.5" → "€ 1.234,50"; anything not a number is shown as it is. */
export function formatMoney(amount: string | number | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const text = String(amount);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  // Intl takes a decimal string exactly (no binary rounding) in Node 20+ and current browsers.
  return euro.format(text as unknown as number);
}

/** "2026-11-22" → "22-11-2026". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : date;
}

/** An instant in Europe/Amsterdam: "22-11-2026 14:05". */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '—';
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return instant;
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(value);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')} ${part('hour')}:${part('minute')}`;
}

export function formatNumber(value: number | string): string {
  return new Intl.NumberFormat('nl-NL').format(Number(value));
}
