import type { FieldProblem } from '../../shared/errors/index.ts';

/*
 * Business or consumer. vn:2.1.1–2.1.2: the network is used for business purposes only unless
 * agreed otherwise, so a customer is a business unless it is entered as a consumer; a consumer
 * (a natural person not acting for a trade or profession, art. 6:230g BW) gets the protections of
 * Dutch consumer law, which the contracts context applies by this kind.
 *
 * What each kind must or may carry, as decided here:
 * - a business established in the Netherlands (its billing address is Dutch) has a KvK number:
 *   every Dutch enterprise and legal person is registered in the Handelsregister (Handelsregisterwet
 *   2007, art. 5 and 6), and the number is what tells two companies of one name apart. A business
 *   abroad has no KvK number to give. A VAT id is not required of anyone: small businesses under the
 *   KOR and most associations invoice without charging VAT, and reverse charge is the VAT rules'
 *   concern, checked when an invoice is made.
 * - a consumer has neither a KvK number nor a VAT id: a customer that has them and buys for its
 *   business is a business, and entering it as a consumer would give it protections it does not
 *   have.
 */

export const CUSTOMER_KINDS = ['business', 'consumer'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/** vn:2.1.2: business use unless expressly agreed otherwise. */
export const DEFAULT_CUSTOMER_KIND: CustomerKind = 'business';

export interface KindFacts {
  readonly kind: CustomerKind;
  readonly kvkNumber: string | null;
  readonly vatId: string | null;
  /** Of the billing address; undefined when the address itself is wrong. */
  readonly billingCountry: string | undefined;
}

/** What a customer of this kind lacks or should not have; empty when it fits its kind. */
export function kindProblems(facts: KindFacts): FieldProblem[] {
  if (facts.kind === 'consumer')
    return [
      ...(facts.kvkNumber === null ? [] : [{ field: 'kvkNumber', problem: consumerHas('a KvK number') }]),
      ...(facts.vatId === null ? [] : [{ field: 'vatId', problem: consumerHas('a VAT id') }]),
    ];
  if (facts.billingCountry === 'NL' && facts.kvkNumber === null)
    return [
      {
        field: 'kvkNumber',
        problem:
          'is required for a business in the Netherlands (every Dutch business is in the Handelsregister); a private person is kind consumer',
      },
    ];
  return [];
}

function consumerHas(what: string): string {
  return `a consumer has no ${what.replace(/^an? /, '')}: leave it out, or make the customer kind business if it buys for its business`;
}
