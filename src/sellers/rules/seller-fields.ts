import { creditorIdentifier } from '../../documents/sepa-creditor-id.ts';
import { InvalidInputError, isBlank } from '../../shared/errors/index.ts';
import type { FieldChecks } from '../../shared/errors/index.ts';
import {
  address,
  bic,
  dutchVatId,
  emailAddress,
  iban,
  kvkNumber,
  phoneNumber,
  vatId,
  type Address,
} from '../../shared/identifiers/index.ts';
import { requiredText } from '../../shared/identifiers/required-text.ts';
import { numberSeries } from './number-series.ts';

/** What an operator states about a seller; the id is fixed when the seller is added. */
export interface SellerFields {
  readonly legalName: string;
  /** The terms profile its new contracts are made under. */
  readonly profileId: string;
  readonly kvkNumber: string;
  readonly vatId: string;
  readonly iban: string;
  readonly bic: string | null;
  /** The SEPA creditor identifier its direct debits go out under; null: none yet. */
  readonly creditorId: string | null;
  readonly address: Address;
  readonly email: string;
  readonly phone: string | null;
  readonly invoiceSeries: string;
  /** Null: credit notes are numbered in the invoice series. */
  readonly creditNoteSeries: string | null;
}

export const SELLER_FIELDS: readonly (keyof SellerFields)[] = [
  'legalName',
  'profileId',
  'kvkNumber',
  'vatId',
  'iban',
  'bic',
  'creditorId',
  'address',
  'email',
  'phone',
  'invoiceSeries',
  'creditNoteSeries',
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 32;
const MAX_NAME = 200;

/** A seller id: a lowercase slug such as `bit` or `acme-fiber`, used in URLs and file names. */
export function sellerId(value: unknown, field = 'id'): string {
  const text = requiredText(value, field);
  if (!SLUG.test(text) || text.length > MAX_SLUG)
    throw new InvalidInputError(
      field,
      `must be lowercase letters and digits, words joined by single hyphens, at most ${MAX_SLUG} characters (e.g. acme-fiber)`,
    );
  return text;
}

/**
 * Checks every field of a seller at once and answers them normalised, or undefined with the
 * problems left in `checks`. Optional fields (bic, creditorId, phone, creditNoteSeries) may be absent or null.
 */
export function sellerFields(
  input: Readonly<Record<string, unknown>>,
  checks: FieldChecks,
): SellerFields | undefined {
  const place = checks.check(() => address(input.address, 'address'));
  const optional = <T>(field: string, read: (value: string, field: string) => T): T | null | undefined =>
    isBlank(input[field]) ? null : checks.check(() => read(input[field] as string, field));
  const fields = {
    legalName: checks.check(() => legalName(input.legalName, 'legalName')),
    profileId: checks.check(() => requiredText(input.profileId, 'profileId')),
    kvkNumber: checks.check(() => kvkNumber(input.kvkNumber as string, 'kvkNumber')),
    vatId: checks.check(() => sellerVatId(input.vatId, place?.country ?? countryAsTyped(input.address))),
    iban: checks.check(() => iban(input.iban as string, 'iban')),
    bic: optional('bic', bic),
    creditorId: optional('creditorId', creditorIdentifier),
    address: place,
    email: checks.check(() => emailAddress(input.email as string, 'email')),
    phone: optional('phone', phoneNumber),
    invoiceSeries: checks.check(() => numberSeries(input.invoiceSeries, 'invoiceSeries')),
    creditNoteSeries: optional('creditNoteSeries', numberSeries),
  };
  if (fields.invoiceSeries !== undefined && fields.invoiceSeries === fields.creditNoteSeries)
    checks.add(
      'creditNoteSeries',
      'is the invoice series; leave it out (null) to number credit notes in the invoice series',
    );
  return checks.ok ? (fields as SellerFields) : undefined;
}

/** The country of an address that failed its checks, for the checks that depend on it. */
function countryAsTyped(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const country = (value as { country?: unknown }).country;
  if (isBlank(country)) return 'NL';
  return typeof country === 'string' ? country.trim().toUpperCase() : undefined;
}

function legalName(value: unknown, field: string): string {
  const name = requiredText(value, field).replace(/\s+/gu, ' ');
  if (name.length > MAX_NAME) throw new InvalidInputError(field, `is longer than ${MAX_NAME} characters`);
  return name;
}

/**
 * A seller established in the Netherlands invoices with its Dutch VAT id (art. 35a Wet OB); a seller
 * established elsewhere gives its own EU VAT id.
 */
function sellerVatId(value: unknown, country: string | undefined): string {
  if (country !== 'NL') return vatId(value as string, 'vatId');
  const text = requiredText(value, 'vatId');
  if (/^[A-Za-z]{2}/.test(text) && !/^NL/i.test(text))
    throw new InvalidInputError(
      'vatId',
      'must be the Dutch VAT id (NL…B..) of a seller whose address is in the Netherlands',
    );
  return dutchVatId(text, 'vatId');
}
