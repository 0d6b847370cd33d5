import type { Temporal } from 'temporal-polyfill';
import { explainFrom, type Explanation, type Figures } from '../explanation/index.ts';
import { isEuForVat, vatPrefixesOf } from './eu-member-states.ts';
import { MoneyError, quote } from './money-error.ts';
import { VAT_CATEGORIES, type VatCategory } from './vat-category.ts';
import { toPlainDate } from './vat-date.ts';
import { vatRateOn, type VatRateKind } from './vat-rates.ts';

/*
 * Which VAT a Dutch seller charges a customer (rule `nl:vat`).
 *
 * Limitations of this version, on purpose:
 * - Consumers in other EU states pay Dutch VAT. For telecommunications and electronic services the
 *   place of supply is where the consumer lives (EU VAT directive art. 58), to be declared through
 *   the One-Stop-Shop, unless the seller stays under the EU-wide € 10.000 threshold of art. 59c.
 *   Whether the operator is over the threshold needs its turnover, which a pure rule does not
 *   have; until that is modelled, Dutch VAT is charged (correct only under the threshold).
 * - Consumers outside the EU also pay Dutch VAT for services (art. 45, and the network is used in
 *   the Netherlands); art. 58/59 exceptions are not modelled.
 * - VAT ids are checked for shape and country prefix only; checking them in VIES is I/O and
 *   belongs to the shell, which should do it before the first invoice.
 * - Domestic reverse charge (art. 12 lid 2 and 3 Wet OB, e.g. subcontracting) is not modelled.
 */

export interface VatCustomer {
  readonly kind: 'business' | 'consumer';
  /** ISO 3166-1 alpha-2 ("BE", "GR"; Northern Ireland is "GB" with an XI VAT id). */
  readonly country: string;
  readonly vatId?: string;
}

export interface VatTreatmentInput {
  readonly sellerCountry: 'NL';
  readonly customer: VatCustomer;
  readonly productRate: VatRateKind;
  /** Services (the default: access, links, hosting) or goods (a CPE device sold). */
  readonly supply?: 'services' | 'goods';
}

export interface VatTreatment {
  readonly category: VatCategory;
  /** Percentage as decimal text, e.g. "21", "9", "0". */
  readonly percent: string;
  /** The customer, not the seller, owes the VAT; the invoice then shows no VAT amount. */
  readonly reverseCharge: boolean;
  /** The mention the invoice must carry for this treatment, if any. */
  readonly note?: string;
  /** VATEX code for the Peppol exemption reason (BT-121), if the category needs one. */
  readonly exemptionReasonCode?: string;
}

/** Art. 35a lid 1 Wet OB asks for "btw verlegd"; art. 226 (11a) EU VAT directive for "Reverse charge". */
export const REVERSE_CHARGE_NOTE = 'BTW verlegd / VAT reverse charge';
/** Art. 226 (11) EU VAT directive: a reference showing why no VAT is charged. */
export const INTRA_COMMUNITY_NOTE =
  'Intracommunautaire levering / Intra-Community supply (art. 138 Directive 2006/112/EC)';
export const EXPORT_NOTE = 'Uitvoer / Export outside the EU (art. 146 Directive 2006/112/EC)';
export const OUTSIDE_SCOPE_NOTE =
  'Niet belast in Nederland / Not subject to Dutch VAT (art. 44 Directive 2006/112/EC)';

const COUNTRY = /^[A-Z]{2}$/;
const VAT_ID = /^[A-Z]{2}[0-9A-Z+*]{2,12}$/;

export function vatTreatment(
  input: VatTreatmentInput,
  date: string | Temporal.PlainDate,
): Explanation<VatTreatment> {
  if (input.sellerCountry !== 'NL') {
    throw new MoneyError(
      'sellerCountry',
      `${quote(input.sellerCountry)} is not supported; only Dutch sellers (NL) are`,
    );
  }
  if (input.customer.kind !== 'business' && input.customer.kind !== 'consumer') {
    throw new MoneyError('customer.kind', `${quote(input.customer.kind)} is neither business nor consumer`);
  }
  const day = toPlainDate(date).toString();
  const country = normalizeCountry(input.customer.country);
  const supply = input.supply ?? 'services';
  const business = input.customer.kind === 'business';
  const vatId = business ? normalizeVatId(input.customer.vatId, country) : undefined;
  const outcome = decide(country, business, vatId, supply);
  const given: Figures = {
    sellerCountry: 'NL',
    customerKind: input.customer.kind,
    customerCountry: country,
    vatId: vatId ?? null,
    productRate: input.productRate,
    supply,
    date: day,
    reason: outcome.reason,
  };
  if (outcome.category === undefined) {
    const rate = vatRateOn(input.productRate, day);
    const category: VatCategory = rate.value === '0' ? 'Z' : 'S';
    const value: VatTreatment = { category, percent: rate.value, reverseCharge: false };
    return explainFrom(value, [rate], ['nl:vat'], { ...given, category, percent: rate.value });
  }
  const { category, reverseCharge, note } = outcome;
  const value: VatTreatment = { category, percent: '0', reverseCharge, note, ...exemption(category) };
  return explainFrom(value, [], ['nl:vat'], { ...given, category, percent: '0' });
}

/** Dutch VAT at the product's rate (no category), or a category without Dutch VAT. */
type Outcome =
  | { readonly category?: undefined; readonly reason: string }
  | {
      readonly category: VatCategory;
      readonly reverseCharge: boolean;
      readonly note: string;
      readonly reason: string;
    };

function decide(
  country: string,
  business: boolean,
  vatId: string | undefined,
  supply: 'services' | 'goods',
): Outcome {
  if (country === 'NL') return { reason: 'supply within the Netherlands: Dutch VAT (art. 9 Wet OB)' };
  if (isEuForVat(country, supply, vatId)) {
    if (!business) {
      return {
        reason:
          'consumer in another EU state: Dutch VAT in this version (OSS not modelled, see vat-treatment.ts)',
      };
    }
    if (vatId === undefined) {
      return { reason: 'business in another EU state without a VAT id: Dutch VAT until it gives one' };
    }
    if (supply === 'goods') {
      const reason = 'goods to a business in another EU state (art. 138 directive)';
      return { category: 'K', reverseCharge: false, note: INTRA_COMMUNITY_NOTE, reason };
    }
    const reason =
      'services to a business in another EU state: supplied where the customer is (art. 44 directive), ' +
      'the customer owes the VAT (art. 196 directive); the invoice says so (art. 35a Wet OB, art. 226 (11a) directive)';
    return { category: 'AE', reverseCharge: true, note: REVERSE_CHARGE_NOTE, reason };
  }
  if (supply === 'goods') {
    const reason = 'goods exported outside the EU (art. 146 directive)';
    return { category: 'G', reverseCharge: false, note: EXPORT_NOTE, reason };
  }
  if (business) {
    const reason = 'services to a business outside the EU: supplied there (art. 44 directive)';
    return { category: 'O', reverseCharge: false, note: OUTSIDE_SCOPE_NOTE, reason };
  }
  return { reason: 'consumer outside the EU: Dutch VAT in this version (art. 45 directive)' };
}

function exemption(category: VatCategory): { exemptionReasonCode?: string } {
  const code = VAT_CATEGORIES[category].exemptionReasonCode;
  return code === undefined ? {} : { exemptionReasonCode: code };
}

function normalizeCountry(country: string): string {
  const upper = typeof country === 'string' ? country.trim().toUpperCase() : '';
  if (!COUNTRY.test(upper)) {
    throw new MoneyError(
      'customer.country',
      `${quote(country)} is not a two-letter country code (ISO 3166-1)`,
    );
  }
  return upper;
}

/**
 * Strips the spaces, dots and dashes people type; for an EU (or UK) customer checks the shape and
 * that the prefix fits the country, because a wrong id would wrongly shift the VAT.
 */
function normalizeVatId(vatId: string | undefined, country: string): string | undefined {
  if (vatId === undefined) return undefined;
  const compact = vatId.replace(/[\s.-]/g, '').toUpperCase();
  if (compact === '') return undefined;
  // Outside the EU (and the UK) tax ids take many shapes and do not change the outcome: keep as given.
  if (!isEuForVat(country, 'goods', undefined) && country !== 'GB') return compact;
  if (!VAT_ID.test(compact)) {
    throw new MoneyError(
      'customer.vatId',
      `${quote(vatId)} is not a VAT id (two letters and 2 to 12 characters)`,
    );
  }
  const prefixes = vatPrefixesOf(country);
  if (!prefixes.some((prefix) => compact.startsWith(prefix))) {
    throw new MoneyError(
      'customer.vatId',
      `${quote(vatId)} is not a VAT id of ${country} (expected ${prefixes.join(' or ')}…)`,
    );
  }
  return compact;
}
