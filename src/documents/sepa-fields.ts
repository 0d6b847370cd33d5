import { Temporal } from 'temporal-polyfill';
import { parsePlainDate } from '../shared/calendar/index.ts';
import { InvalidInputError, type FieldChecks } from '../shared/errors/index.ts';
import { bic, iban } from '../shared/identifiers/index.ts';
import { isCents, type Cents } from '../shared/money/index.ts';
import { sepaIdentifier, sepaText } from './sepa-text.ts';

/*
 * The fields every SEPA batch shares, each checked into the form the XML takes. A batch with bad
 * fields is refused whole, every bad field named at once (`transactions[2].debtorIban: …`).
 */

/** 999,999,999.99 euros: the largest amount a SEPA transaction carries (EPC rulebooks). */
const MAX_SEPA_CENTS = 99_999_999_999;
/** Payment-information ids are the message id and "-n"; both must fit Max35Text. */
const MAX_MESSAGE_ID = 31;

export interface SepaAccountHolder {
  readonly name: string;
  readonly iban: string;
  readonly bic?: string;
}

export interface BatchHeader {
  readonly messageId: string;
  /** When the file is made (GrpHdr/CreDtTm). */
  readonly createdAt: Temporal.Instant;
}

export function readHeader(checks: FieldChecks, batch: BatchHeader): BatchHeader | undefined {
  const messageId = checks.check(() => sepaIdentifier(batch.messageId, 'messageId', MAX_MESSAGE_ID));
  if (!(batch.createdAt instanceof Temporal.Instant)) checks.add('createdAt', 'must be a Temporal.Instant');
  return messageId === undefined ? undefined : { messageId, createdAt: batch.createdAt };
}

/** Stands in for a holder left out, so each of its fields is reported missing. */
export const NO_HOLDER = { name: undefined, iban: undefined } as const;

/** A name, IBAN and optional BIC, each under the field name the input gave it. */
export function readHolder(
  checks: FieldChecks,
  holder: { readonly name: unknown; readonly iban: unknown; readonly bic?: unknown },
  fields: { readonly name: string; readonly iban: string; readonly bic: string },
): SepaAccountHolder {
  const name = checks.check(() => sepaText(holder.name, fields.name, 70));
  const account = checks.check(() => iban(holder.iban as string, fields.iban));
  const agent =
    holder.bic === undefined || holder.bic === null
      ? undefined
      : checks.check(() => bic(holder.bic as string, fields.bic));
  return { name: name ?? '', iban: account ?? '', ...(agent === undefined ? {} : { bic: agent }) };
}

/** The fields of a holder given as an object (`creditor.name`, `creditor.iban`, `creditor.bic`). */
export function holderFields(prefix: string): { name: string; iban: string; bic: string } {
  return { name: `${prefix}.name`, iban: `${prefix}.iban`, bic: `${prefix}.bic` };
}

export function readAmount(checks: FieldChecks, value: unknown, field: string): Cents {
  if (!isCents(value) || value <= 0 || value > MAX_SEPA_CENTS)
    checks.add(
      field,
      `must be whole cents above 0 and at most 99999999999 (999,999,999.99 euros), not ${String(value)}`,
    );
  return value as Cents;
}

export function readDate(checks: FieldChecks, value: unknown, field: string): Temporal.PlainDate | undefined {
  if (value instanceof Temporal.PlainDate) return value;
  return checks.check(() => {
    if (typeof value !== 'string') throw new InvalidInputError(field, 'must be a date (YYYY-MM-DD)');
    try {
      return parsePlainDate(value);
    } catch (error) {
      throw new InvalidInputError(field, error instanceof Error ? error.message : String(error));
    }
  });
}

export function readRemittance(checks: FieldChecks, value: unknown, field: string): string | undefined {
  return value === undefined || value === null ? undefined : checks.check(() => sepaText(value, field, 140));
}

/** End-to-end ids come back on the statement and find the payment there: each one once per file. */
export function checkUnique(checks: FieldChecks, transactions: unknown, field: string): void {
  if (!Array.isArray(transactions)) return;
  const seen = new Map<string, number>();
  transactions.forEach((transaction: { endToEndId?: unknown } | null, i) => {
    const id = transaction?.endToEndId;
    if (typeof id !== 'string' || id.trim() === '') return;
    const earlier = seen.get(id.trim());
    if (earlier !== undefined)
      checks.add(`${field}[${i}].endToEndId`, `'${id.trim()}' is also the id of ${field}[${earlier}]`);
    else seen.set(id.trim(), i);
  });
}

export function checkTransactionList(checks: FieldChecks, list: unknown): list is readonly unknown[] {
  if (!Array.isArray(list) || list.length === 0) {
    checks.add('transactions', 'must be a list of at least one transaction');
    return false;
  }
  return true;
}
