import { Temporal } from 'temporal-polyfill';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';

export interface QuoteTerms {
  readonly binding: boolean;
  readonly validUntil: Temporal.PlainDate;
}

/**
 * bit:2.1, vn:1.4.1: offers and quotes are non-binding unless stated otherwise; a quote without a
 * validity date of its own is valid for the profile's `quotes.validityDays`.
 */
export function quoteTerms(
  profile: TermsProfile,
  issuedOn: Temporal.PlainDate,
  given: { readonly binding?: boolean | undefined; readonly validUntil?: Temporal.PlainDate | undefined },
): Explanation<QuoteTerms, { binding: boolean; validUntil: string; bindingStated: boolean }> {
  const binding = given.binding ?? profile.quotes.bindingByDefault;
  const validUntil = given.validUntil ?? issuedOn.add({ days: profile.quotes.validityDays });
  return explain({ binding, validUntil }, profile.quotes.rules, {
    binding,
    validUntil: validUntil.toString(),
    bindingStated: given.binding !== undefined,
  });
}

export type QuoteStatus = 'open' | 'expired' | 'withdrawn' | 'ordered';

export function quoteStatus(
  quote: { readonly validUntil: string; readonly withdrawnOn: string | null },
  ordered: boolean,
  on: Temporal.PlainDate,
): QuoteStatus {
  if (ordered) return 'ordered';
  if (
    quote.withdrawnOn !== null &&
    Temporal.PlainDate.compare(Temporal.PlainDate.from(quote.withdrawnOn), on) <= 0
  ) {
    return 'withdrawn';
  }
  return Temporal.PlainDate.compare(on, Temporal.PlainDate.from(quote.validUntil)) > 0 ? 'expired' : 'open';
}
