import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { OfferTerms } from '../rules/offer-terms.ts';
import { contractsThatMayHaveEnded } from './contracts-that-may-have-ended.ts';
import { createQuote } from './create-quote.ts';
import { giveNotice } from './give-notice.ts';
import { placeOrder } from './place-order.ts';
import { recordOrderAction } from './record-order-action.ts';

const hosting: OfferTerms = {
  contractKind: 'indefinite',
  service: 'hosting',
  description: 'VPS',
  termMonths: null,
  paymentTermMonths: null,
  recurringCents: 7_500,
  oneTimeCents: 0,
  orderTotalInclVatCents: 36_300,
};

describeEachStore('contractsThatMayHaveEnded', (database) => {
  beforeAll(() => seedCustomers(database().db, ['MAY-1']));
  const on = (date: string): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from(date)),
    actor: { id: 'test', origin: 'test' },
  });
  const aContract = async () => {
    const quote = await createQuote(on('2026-01-05'), {
      sellerId: 'bit',
      customerId: 'MAY-1',
      terms: hosting,
    });
    const order = await placeOrder(on('2026-01-06'), { quoteId: quote.id });
    const { contract } = await recordOrderAction(on('2026-01-07'), { orderId: order.id, action: 'confirm' });
    return contract!.id;
  };

  it('keeps only the contracts with a notice or an ending on record; the others run on', async () => {
    const [noticed, running] = [await aContract(), await aContract()];
    await giveNotice(on('2026-03-02'), { contractId: noticed, by: 'customer', channel: 'email' });
    const given = [running, noticed, 'C-NONE'];
    expect(await contractsThatMayHaveEnded(database().db, given)).toEqual([noticed]);
    expect(await contractsThatMayHaveEnded(database().db, [])).toEqual([]);
  });
});
