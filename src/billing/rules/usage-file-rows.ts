import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { readUsageRecord } from './usage-record.ts';
import type { UsageRecord, UsageRecordInput } from './usage-record.ts';

/**
 * The lines of a usage file. CSV has a header naming its columns (snake_case, any order):
 * record_id, customer_id, product_id, quantity, occurred_on, and optionally subscription_id and
 * description; a field with a comma or a quote is quoted the RFC 4180 way, within one line. NDJSON
 * has one JSON object per line with the API's field names (recordId, customerId…). Blank lines are
 * skipped.
 */
export const USAGE_FILE_FORMATS = ['csv', 'ndjson'] as const;
export type UsageFileFormat = (typeof USAGE_FILE_FORMATS)[number];

const CSV_COLUMNS: Readonly<Record<string, keyof UsageRecordInput>> = {
  record_id: 'recordId',
  customer_id: 'customerId',
  product_id: 'productId',
  quantity: 'quantity',
  occurred_on: 'occurredOn',
  subscription_id: 'subscriptionId',
  description: 'description',
};
const REQUIRED_COLUMNS = ['record_id', 'customer_id', 'product_id', 'quantity', 'occurred_on'];

/** The fields of a CSV file's columns, in the header's order. */
export type CsvLayout = readonly (keyof UsageRecordInput)[];

/** Reads the header line, refusing unknown, repeated or missing columns (as `line 1`). */
export function readCsvHeader(line: string): CsvLayout {
  const names = splitCsvLine(stripBom(line), 1).map((name) => name.trim().toLowerCase());
  const problems: string[] = [];
  // Own keys only: `__proto__` or `constructor` is no column.
  const unknown = names.filter((name) => !Object.hasOwn(CSV_COLUMNS, name));
  if (unknown.length > 0) problems.push(`unknown columns ${unknown.map((name) => quote(name)).join(', ')}`);
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (repeated.length > 0) problems.push(`columns named twice: ${[...new Set(repeated)].join(', ')}`);
  const missing = REQUIRED_COLUMNS.filter((name) => !names.includes(name));
  if (missing.length > 0) problems.push(`missing columns ${missing.join(', ')}`);
  if (problems.length > 0) {
    throw new InvalidInputError(
      'line 1',
      `${problems.join('; ')}: the header names the columns, ${Object.keys(CSV_COLUMNS).join(',')} ` +
        '(the last two optional)',
    );
  }
  return names.map((name) => CSV_COLUMNS[name]!);
}

/**
 * One data line as a checked record, or the line's problems, each named `line <n> <column>` (CSV
 * column names for CSV, field names for NDJSON).
 */
export function readUsageLine(
  line: string,
  lineNumber: number,
  format: UsageFileFormat,
  layout: CsvLayout | undefined,
  today: string,
): UsageRecord | FieldProblem[] {
  try {
    const input = format === 'csv' ? csvInput(line, lineNumber, layout!) : ndjsonInput(line, lineNumber);
    return readUsageRecord(input, today);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return error.problems.map((p) =>
      p.field.startsWith('line ')
        ? p
        : { field: `line ${lineNumber} ${columnOf(p.field, format)}`, problem: p.problem },
    );
  }
}

/** A field's name as the file's format writes it. */
export function columnOf(field: string, format: UsageFileFormat): string {
  if (format === 'ndjson') return field;
  return Object.keys(CSV_COLUMNS).find((column) => CSV_COLUMNS[column] === field) ?? field;
}

function csvInput(line: string, lineNumber: number, layout: CsvLayout): Record<string, string> {
  const values = splitCsvLine(line, lineNumber);
  if (values.length !== layout.length) {
    throw new InvalidInputError(
      `line ${lineNumber}`,
      `has ${values.length} fields where the header names ${layout.length} columns`,
    );
  }
  const input: Record<string, string> = {};
  layout.forEach((field, i) => {
    input[field] = values[i]!;
  });
  return input;
}

function ndjsonInput(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(lineNumber === 1 ? stripBom(line) : line);
  } catch (error) {
    throw new InvalidInputError(`line ${lineNumber}`, `is not JSON: ${(error as Error).message}`);
  }
}

/** RFC 4180 fields of one line: commas separate, quotes enclose, a doubled quote is a quote. */
export function splitCsvLine(line: string, lineNumber: number): string[] {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (!text.includes('"')) return text.split(',');
  const fields: string[] = [];
  let field = '';
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      const close = closingQuote(text, i + 1);
      if (close < 0) {
        throw new InvalidInputError(
          `line ${lineNumber}`,
          'has a quoted field that does not end on the line (a field may not span lines)',
        );
      }
      field += text.slice(i + 1, close).replaceAll('""', '"');
      i = close + 1;
      if (i < text.length && text[i] !== ',') {
        throw new InvalidInputError(
          `line ${lineNumber}`,
          'has text after a closing quote; quote the whole field',
        );
      }
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      field += text.slice(i, end);
      i = end;
    }
    fields.push(field);
    field = '';
    i += 1;
  }
  return fields;
}

/** The index of the quote that closes a field opened before `from`, or -1. */
function closingQuote(text: string, from: number): number {
  let i = from;
  for (;;) {
    const quoteAt = text.indexOf('"', i);
    if (quoteAt < 0) return -1;
    if (text[quoteAt + 1] !== '"') return quoteAt;
    i = quoteAt + 2;
  }
}

function stripBom(line: string): string {
  return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}
