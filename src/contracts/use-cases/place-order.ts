import type { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { dayOfRecord } from '../rules/day-of-record.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { checkOffer } from '../rules/offer-check.ts';
import type { OfferTerms } from '../rules/offer-terms.ts';
import { quoteStatus } from '../rules/quote.ts';
import { findOrderOfQuote, findQuote, insertOrder } from '../store.ts';
import type { OrderRow } from '../store.ts';
import { offerParties } from './offer-parties.ts';
import type { OfferPartiesInput } from './offer-parties.ts';

export type PlaceOrder =
  | { readonly quoteId: string; readonly receivedOn?: Temporal.PlainDate }
  | (OfferPartiesInput & { readonly terms: OfferTerms; readonly receivedOn?: Temporal.PlainDate });

/** An order received, on an open quote or directly; whether it becomes a contract is up to the terms. */
export async function placeOrder(context: Context, input: PlaceOrder): Promise<OrderRow> {
  const receivedOn = dayOfRecord('receivedOn', input.receivedOn, context.clock.today());
  return context.db.transaction(async (tx) => {
    const offer =
      'quoteId' in input ? await offerOfQuote(tx, input.quoteId, receivedOn) : await directOffer(tx, input);
    const order = await insertOrder(tx, { ...offer, receivedOn: receivedOn.toString() });
    await auditChange(tx, context, {
      action: 'order.received',
      subject: { type: 'order', id: order.id },
      details: { quoteId: order.quoteId, receivedOn: order.receivedOn },
    });
    return order;
  });
}

async function offerOfQuote(db: Context['db'], quoteId: string, on: Temporal.PlainDate) {
  const quote = await findQuote(db, quoteId);
  if (!quote) throw new NotFoundError('quote', quoteId);
  const status = quoteStatus(quote, (await findOrderOfQuote(db, quoteId)) !== undefined, on);
  if (status !== 'open') {
    throw new ConflictError(
      `quote ${quoteId} is ${status} on ${on.toString()}; place the order on a new quote`,
    );
  }
  const { sellerId, profileId, customerId, customerKind, terms } = quote;
  return { quoteId, sellerId, profileId, customerId, customerKind, terms };
}

async function directOffer(db: Context['db'], input: Exclude<PlaceOrder, { quoteId: string }>) {
  const { sellerId, profile, customerId, customerKind } = await offerParties(db, input);
  checkOffer(profile, input.terms);
  return { quoteId: null, sellerId, profileId: profile.id, customerId, customerKind, terms: input.terms };
}
