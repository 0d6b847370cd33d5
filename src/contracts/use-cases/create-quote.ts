import type { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { checkOffer } from '../rules/offer-check.ts';
import type { OfferTerms } from '../rules/offer-terms.ts';
import { quoteTerms } from '../rules/quote.ts';
import { insertQuote } from '../store.ts';
import type { QuoteRow } from '../store.ts';
import { offerParties } from './offer-parties.ts';
import type { OfferPartiesInput } from './offer-parties.ts';

export interface CreateQuote extends OfferPartiesInput {
  readonly terms: OfferTerms;
  /** Default: not binding (bit:2.1, vn:1.4.1). */
  readonly binding?: boolean;
  readonly validUntil?: Temporal.PlainDate;
}

export async function createQuote(context: Context, input: CreateQuote): Promise<QuoteRow> {
  const { sellerId, profile, customerId, customerKind } = await offerParties(context.db, input);
  checkOffer(profile, input.terms);
  const issuedOn = context.clock.today();
  const quoted = quoteTerms(profile, issuedOn, input);
  return context.db.transaction(async (tx) => {
    const quote = await insertQuote(tx, {
      sellerId,
      profileId: profile.id,
      customerId,
      customerKind,
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
