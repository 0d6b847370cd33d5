import { PRODUCT_KINDS, productKindOf } from '../../catalog/rules/index.ts';
import type { ProductKind } from '../../catalog/rules/index.ts';
import { isPlainDateText } from '../../shared/calendar/index.ts';
import { FieldChecks, InvalidInputError, asRecord, isBlank, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';

/** A usage record as a sender writes it (API body, NDJSON line, CSV row). */
export interface UsageRecordInput {
  /** The sender's own key: a record sent again with the same id is a duplicate, never added twice. */
  readonly recordId: string;
  readonly customerId: string;
  /** A usage or hourly product of the seller: its price per unit rates the record. */
  readonly productId: string;
  /** More than 0, at most 6 decimals; text ("12.5") or a number. */
  readonly quantity: string | number;
  /** YYYY-MM-DD, not after today. */
  readonly occurredOn: string;
  readonly subscriptionId?: string | null;
  readonly description?: string | null;
}

/** A checked record: the quantity as decimal text, absent optionals as null. */
export interface UsageRecord {
  readonly recordId: string;
  readonly customerId: string;
  readonly productId: string;
  readonly quantity: string;
  readonly occurredOn: string;
  readonly subscriptionId: string | null;
  readonly description: string | null;
}

export const USAGE_RECORD_FIELDS = [
  'recordId',
  'customerId',
  'productId',
  'quantity',
  'occurredOn',
  'subscriptionId',
  'description',
] as const;

/** The most records one call takes; larger sets go as a file (`vezel usage import`). */
export const MAX_USAGE_BATCH = 10_000;
export const MAX_RECORD_ID = 100;
export const MAX_REFERENCE = 64;
export const MAX_DESCRIPTION = 500;
/** `usage_records.quantity` is numeric(20, 6): 14 digits before the point, 6 after. */
const MAX_WHOLE_DIGITS = 14;
const MAX_DECIMALS = 6;
/** A refusal names at most this many problems, then says how many more there are. */
const MAX_PROBLEMS_SHOWN = 100;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
/**
 * NUL, or half a surrogate pair (JSON "\ud800"): text PostgreSQL refuses (NUL) or would silently
 * change, refused with the field named rather than by the store halfway through a batch or file.
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NON_ZERO = /[1-9]/;

/**
 * Checks one record, naming every bad field at once as `<field><name>` (e.g. `records[3].quantity`).
 * `today` is the operator's date: usage is recorded once it has occurred.
 */
export function readUsageRecord(input: unknown, today: string, field = ''): UsageRecord {
  const record = asRecord(input, field || 'record', 'a usage record (an object)');
  const checks = new FieldChecks();
  checks.unknownFields(record, USAGE_RECORD_FIELDS, field);
  const recordId = textOf(record, 'recordId', MAX_RECORD_ID, true, field, checks);
  const customerId = textOf(record, 'customerId', MAX_REFERENCE, true, field, checks);
  const productId = textOf(record, 'productId', MAX_REFERENCE, true, field, checks);
  const quantity = quantityOf(record.quantity, field, checks);
  const occurredOn = dateOf(record.occurredOn, today, field, checks);
  const subscriptionId = textOf(record, 'subscriptionId', MAX_REFERENCE, false, field, checks);
  const description = textOf(record, 'description', MAX_DESCRIPTION, false, field, checks);
  checks.throwIfAny();
  return {
    recordId: recordId!,
    customerId: customerId!,
    productId: productId!,
    quantity: quantity!,
    occurredOn: occurredOn!,
    subscriptionId,
    description,
  };
}

/* The checks below run for every row of a usage file: no closures, and field names only built for a problem. */

function textOf(
  record: Readonly<Record<string, unknown>>,
  name: keyof UsageRecordInput,
  max: number,
  required: boolean,
  prefix: string,
  checks: FieldChecks,
): string | null {
  const value = record[name];
  if (!required && isBlank(value)) return null;
  if (typeof value !== 'string' || value.trim() === '') checks.add(`${prefix}${name}`, 'is required');
  else if (value.length > max) checks.add(`${prefix}${name}`, `is longer than ${max} characters`);
  else if (UNSTORABLE.test(value))
    checks.add(`${prefix}${name}`, 'holds a NUL character or half a surrogate pair, which text may not hold');
  else return value;
  return null;
}

/**
 * Checks a batch: every problem of every record, as `records[i].field`, or the records. A batch of
 * more than 10,000 is refused as a whole before any record is read.
 */
export function readUsageRecords(inputs: unknown, today: string, field = 'records'): UsageRecord[] {
  if (!Array.isArray(inputs)) throw new InvalidInputError(field, 'must be a list of usage records');
  if (inputs.length > MAX_USAGE_BATCH) {
    throw new InvalidInputError(
      field,
      `holds ${inputs.length} records; send at most ${MAX_USAGE_BATCH} per batch (or import them as a file)`,
    );
  }
  const records: UsageRecord[] = [];
  const problems: FieldProblem[] = [];
  inputs.forEach((input, i) => {
    try {
      records.push(readUsageRecord(input, today, `${field}[${i}].`));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems.push(...error.problems);
    }
  });
  throwProblems(problems, field);
  return records;
}

/** Refuses with the problems, the first hundred of them named and the rest counted. */
export function throwProblems(problems: readonly FieldProblem[], field: string): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  throw new InvalidInputError(
    more > 0 ? [...shown, { field, problem: `and ${more} more problems not shown` }] : shown,
  );
}

function quantityOf(value: unknown, prefix: string, checks: FieldChecks): string | undefined {
  const field = `${prefix}quantity`;
  if (isBlank(value)) return refuse(checks, field, 'is required');
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return refuse(checks, field, 'must be a finite number');
    text = String(value);
  } else if (typeof value === 'string') text = value;
  else return refuse(checks, field, 'must be a decimal number, as text ("12.5") or a number');
  const match = DECIMAL.exec(text);
  if (!match) {
    return refuse(
      checks,
      field,
      text.startsWith('-') || text.startsWith('+')
        ? `${quote(text)} must be a number greater than 0, without a sign`
        : `${quote(text)} is not a decimal number; write digits with an optional decimal point, e.g. 12.5`,
    );
  }
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > MAX_DECIMALS) return refuse(checks, field, `${quote(text)} has more than 6 decimals`);
  if (whole.length > MAX_WHOLE_DIGITS && whole.replace(/^0+/, '').length > MAX_WHOLE_DIGITS) {
    return refuse(checks, field, `${quote(text)} is too large: at most 14 digits before the decimal point`);
  }
  if (!NON_ZERO.test(text)) return refuse(checks, field, 'must be greater than 0');
  return text;
}

function refuse(checks: FieldChecks, field: string, problem: string): undefined {
  checks.add(field, problem);
  return undefined;
}

/** Usage files repeat a few dates many times: each date text is checked once. */
const checkedDates = new Map<string, boolean>();

function dateOf(value: unknown, today: string, prefix: string, checks: FieldChecks): string | undefined {
  const field = `${prefix}occurredOn`;
  if (typeof value !== 'string' || value === '') return refuse(checks, field, 'is required (YYYY-MM-DD)');
  let valid = checkedDates.get(value);
  if (valid === undefined) {
    valid = isPlainDateText(value);
    if (checkedDates.size > 10_000) checkedDates.clear();
    checkedDates.set(value, valid);
  }
  if (!valid) return refuse(checks, field, `${quote(value)} is not a date (YYYY-MM-DD)`);
  // YYYY-MM-DD texts compare as dates.
  if (value > today)
    return refuse(checks, field, `${value} is after today (${today}): record usage once it occurred`);
  return value;
}

export interface UsageProduct {
  readonly sellerId: string;
  readonly kind: ProductKind;
}

export interface UsageSubscription {
  readonly sellerId: string;
  readonly customerId: string;
}

/** What the records name, as the store knows it; missing ids are unknown. */
export interface UsageReferences {
  readonly customers: ReadonlySet<string>;
  readonly products: ReadonlyMap<string, UsageProduct>;
  readonly subscriptions: ReadonlyMap<string, UsageSubscription>;
}

/** The articles that make each kind of usage due, per shipped terms. */
const USAGE_RULES: Readonly<Record<'usage' | 'hourly', readonly RuleId[]>> = {
  // vn:7.1.4: extra usage is due per quarter in arrears.
  usage: ['vn:7.1.4'],
  // bit:5.1: services by the hourly rate; vn:6.4.8: chargeable repair time at the hourly rate.
  hourly: ['bit:5.1', 'vn:6.4.8'],
};

/**
 * The rule ids that make usage of a product due, the seller's own where it has one (`rulePrefix`
 * of its terms: hours cite bit:5.1 at BIT, vn:6.4.8 at VitrumNet); undefined for a kind that takes
 * no usage records. An operator's own profile gets the shipped articles the rule implements.
 */
export function usageRulesOf(kind: ProductKind, rulePrefix?: string): readonly RuleId[] | undefined {
  const { charged } = kindInfo(kind);
  if (charged !== 'usage' && charged !== 'hourly') return undefined;
  const candidates = USAGE_RULES[charged];
  const own = candidates.filter((id) => id.startsWith(`${rulePrefix}:`));
  return own.length > 0 ? own : candidates;
}

/** The catalog's facts of a kind, looked up once per kind: a usage file asks for every row. */
const kindInfos = new Map<ProductKind, ReturnType<typeof productKindOf>>();
function kindInfo(kind: ProductKind): ReturnType<typeof productKindOf> {
  let info = kindInfos.get(kind);
  if (!info) kindInfos.set(kind, (info = productKindOf(kind)));
  return info;
}

/** Each record's problems with what it names: unknown, another seller's, or not a usage product. */
export function referenceProblems(
  records: readonly UsageRecord[],
  sellerId: string,
  known: UsageReferences,
  fieldOf: (index: number) => string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  records.forEach((record, i) => {
    const at = fieldOf(i);
    if (!known.customers.has(record.customerId)) {
      problems.push({
        field: `${at}customerId`,
        problem: `customer ${quote(record.customerId)} does not exist`,
      });
    }
    const product = known.products.get(record.productId);
    const productProblem = !product
      ? `product ${quote(record.productId)} does not exist`
      : product.sellerId !== sellerId
        ? `product ${record.productId} is seller ${product.sellerId}'s, not ${sellerId}'s`
        : usageRulesOf(product.kind) === undefined
          ? `product ${record.productId} is ${article(product.kind)} product; usage is recorded only on ` +
            `usage and hourly products (${USAGE_PRODUCT_KINDS.join(', ')})`
          : undefined;
    if (productProblem) problems.push({ field: `${at}productId`, problem: productProblem });
    if (record.subscriptionId !== null) {
      const subscription = known.subscriptions.get(record.subscriptionId);
      const problem = !subscription
        ? `subscription ${quote(record.subscriptionId)} does not exist`
        : subscription.sellerId !== sellerId || subscription.customerId !== record.customerId
          ? `subscription ${record.subscriptionId} is customer ${subscription.customerId}'s with seller ` +
            `${subscription.sellerId}, not customer ${record.customerId}'s with ${sellerId}`
          : undefined;
      if (problem) problems.push({ field: `${at}subscriptionId`, problem });
    }
  });
  return problems;
}

/** The kinds that take usage records: usage-traffic, usage-power, usage-bandwidth-95, hourly-service. */
export const USAGE_PRODUCT_KINDS: readonly ProductKind[] = PRODUCT_KINDS.filter(
  (kind) => usageRulesOf(kind) !== undefined,
);

function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
