import { Temporal } from 'temporal-polyfill';

/**
 * Dates cross the edges (API, CLI, files) as strict `YYYY-MM-DD` text. `Temporal.PlainDate.from`
 * alone is too lenient for that: it clamps 2026-02-30 to 2026-02-28 by default and accepts other
 * ISO 8601 forms (`20260230`, `2026-02-28T10:00`, `+002026-02-28`), so the shape is checked here first.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The months' English names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Dates already parsed, by their text. A bill run reads the same few hundred dates millions of
 * times, and each parse through the polyfill costs more than the pricing it serves; a PlainDate
 * is immutable, so one can be shared. Cleared when full, so odd input cannot grow it without end.
 */
const parsed = new Map<string, Temporal.PlainDate>();
const PARSED_AT_MOST = 10_000;

/** True when `text` is a real calendar date written as `YYYY-MM-DD`. */
export function isPlainDateText(text: unknown): text is string {
  return typeof text === 'string' && (parsed.has(text) || problemWith(text) === undefined);
}

/**
 * Parses strict `YYYY-MM-DD` text; throws a `RangeError` that names the problem for anything else,
 * e.g. `'2026-02-30' is not a valid date (expected YYYY-MM-DD): February 2026 has 28 days`.
 */
export function parsePlainDate(text: string): Temporal.PlainDate {
  const known = parsed.get(text);
  if (known !== undefined) return known;
  const problem = problemWith(text);
  if (problem !== undefined) {
    throw new RangeError(`${quote(text)} is not a valid date (expected YYYY-MM-DD): ${problem}`);
  }
  // The text is known to be valid; `reject` keeps Temporal from ever clamping silently.
  const date = Temporal.PlainDate.from(text, { overflow: 'reject' });
  if (parsed.size >= PARSED_AT_MOST) parsed.clear();
  parsed.set(text, date);
  return date;
}

function problemWith(text: unknown): string | undefined {
  if (typeof text !== 'string') return `a ${typeof text} is not text`;
  const match = ISO_DATE.exec(text);
  if (match === null) return 'it is not written as four-digit year, two-digit month and two-digit day';
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const daysInMonth = new Temporal.PlainDate(year, month, 1).daysInMonth;
  if (day < 1 || day > daysInMonth) {
    return `${MONTH_NAMES[month - 1]} ${match[1]} has ${daysInMonth} days`;
  }
  return undefined;
}

/** Quotes the offending text for the message, shortened so a huge input cannot flood a log line. */
function quote(text: unknown): string {
  const shown = typeof text === 'string' ? text : String(text);
  return `'${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}'`;
}
