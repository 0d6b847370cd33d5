import type { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { getProfile } from '../../terms/index.ts';
import { checkOffer } from '../rules/offer-check.ts';
import type { OfferTerms } from '../rules/offer-terms.ts';
import { quoteTerms } from '../rules/quote.ts';
import type { CustomerKind } from '../rules/termination.ts';
import { insertQuote } from '../store.ts';
import type { QuoteRow } from '../store.ts';

export interface CreateQuote {
  readonly profileId: string;
  readonly customerId: string;
  /** Default: the profile's `customers.defaultKind` (vn:2.1.1: business). */
  readonly customerKind?: CustomerKind;
  readonly terms: OfferTerms;
  /** Default: not binding (bit:2.1, vn:1.4.1). */
  readonly binding?: boolean;
  readonly validUntil?: Temporal.PlainDate;
}

export async function createQuote(context: Context, input: CreateQuote): Promise<QuoteRow> {
  const { profile } = await getProfile(context.db, input.profileId);
  checkOffer(profile, input.terms);
  const issuedOn = context.clock.today();
  const quoted = quoteTerms(profile, issuedOn, input);
  return context.db.transaction(async (tx) => {
    const quote = await insertQuote(tx, {
      profileId: profile.id,
      customerId: input.customerId,
      customerKind: input.customerKind ?? profile.customers.defaultKind,
      terms: input.terms,
      binding: quoted.value.binding,
      issuedOn: issuedOn.toString(),
      validUntil: quoted.value.validUntil.toString(),
    });
    await auditChange(tx, context, {
      action: 'quote.created',
      subject: { type: 'quote', id: quote.id },
      details: { because: [...quoted.because], ...quoted.figures },
    });
    return quote;
  });
}
