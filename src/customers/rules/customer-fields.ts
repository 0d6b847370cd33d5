import { FieldChecks, InvalidInputError, isBlank, quote } from '../../shared/errors/index.ts';
import {
  address,
  emailAddress,
  iban,
  kvkNumber,
  vatId,
  type Address,
} from '../../shared/identifiers/index.ts';
import { requiredText } from '../../shared/identifiers/required-text.ts';
import { CUSTOMER_KINDS, DEFAULT_CUSTOMER_KIND, kindProblems } from './customer-kind.ts';
import type { CustomerKind } from './customer-kind.ts';

/** What is stated about a customer, apart from its contacts. */
export interface CustomerFields {
  readonly kind: CustomerKind;
  readonly legalName: string;
  readonly kvkNumber: string | null;
  readonly vatId: string | null;
  readonly iban: string | null;
  /** Where invoices and letters go. */
  readonly email: string;
  readonly billingAddress: Address;
  /** Null: deliveries go to the billing address. */
  readonly deliveryAddress: Address | null;
  /** The language of the customer's invoices and letters; default Dutch. */
  readonly language: CustomerLanguage;
}

export const CUSTOMER_LANGUAGES = ['nl', 'en'] as const;
export type CustomerLanguage = (typeof CUSTOMER_LANGUAGES)[number];

export const CUSTOMER_FIELDS: readonly (keyof CustomerFields)[] = [
  'kind',
  'legalName',
  'kvkNumber',
  'vatId',
  'iban',
  'email',
  'billingAddress',
  'deliveryAddress',
  'language',
];

const MAX_NAME = 200;

/**
 * Checks every field of a customer at once, and whether it fits its kind, answering the fields
 * normalised, or undefined with the problems left in `checks`. Optional fields may be absent or null.
 */
export function customerFields(
  input: Readonly<Record<string, unknown>>,
  checks: FieldChecks,
): CustomerFields | undefined {
  const local = new FieldChecks();
  const optional = <T>(field: string, read: (value: string, field: string) => T): T | null | undefined =>
    isBlank(input[field]) ? null : local.check(() => read(input[field] as string, field));
  const fields = {
    kind: local.check(() => customerKind(input.kind)),
    legalName: local.check(() => legalName(input.legalName, 'legalName')),
    kvkNumber: optional('kvkNumber', kvkNumber),
    vatId: optional('vatId', vatId),
    iban: optional('iban', iban),
    email: local.check(() => emailAddress(input.email as string, 'email')),
    billingAddress: local.check(() => address(input.billingAddress, 'billingAddress')),
    deliveryAddress: isBlank(input.deliveryAddress)
      ? null
      : local.check(() => address(input.deliveryAddress, 'deliveryAddress')),
    language: local.check(() => customerLanguage(input.language)),
  };
  if (fields.kind !== undefined && fields.kvkNumber !== undefined && fields.vatId !== undefined)
    for (const problem of kindProblems({
      kind: fields.kind,
      kvkNumber: fields.kvkNumber,
      vatId: fields.vatId,
      billingCountry: fields.billingAddress?.country,
    }))
      local.add(problem.field, problem.problem);
  return checks.check(() => {
    local.throwIfAny();
    return fields as CustomerFields;
  });
}

function customerKind(value: unknown): CustomerKind {
  if (isBlank(value)) return DEFAULT_CUSTOMER_KIND;
  if (!CUSTOMER_KINDS.includes(value as CustomerKind))
    throw new InvalidInputError('kind', `must be business or consumer, not ${quote(value)}`);
  return value as CustomerKind;
}

function customerLanguage(value: unknown): CustomerLanguage {
  if (isBlank(value)) return 'nl';
  if (!CUSTOMER_LANGUAGES.includes(value as CustomerLanguage))
    throw new InvalidInputError('language', `must be nl or en, not ${quote(value)}`);
  return value as CustomerLanguage;
}

function legalName(value: unknown, field: string): string {
  const name = requiredText(value, field).replace(/\s+/gu, ' ');
  if (name.length > MAX_NAME) throw new InvalidInputError(field, `is longer than ${MAX_NAME} characters`);
  return name;
}
