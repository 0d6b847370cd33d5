import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { OfferTerms } from '../rules/offer-terms.ts';
import { createQuote } from './create-quote.ts';
import { placeOrder } from './place-order.ts';

const hosting: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'hosting',
  description: 'Managed hosting',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 9_900,
  oneTimeCents: 0,
  orderTotalInclVatCents: 11_979,
};

describeEachStore('who offers to whom', (database) => {
  const context = (): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from('2026-11-22')),
    actor: { id: 'user:anna', origin: 'test' },
  });
  beforeAll(async () => {
    await seedCustomers(database().db, ['CU-BIZ']);
    await seedCustomers(database().db, ['CU-HOME'], 'consumer');
  });

  it('finds the seller by its profile, and takes the kind of the customer on record', async () => {
    const quote = await createQuote(context(), {
      profileId: 'bit-2016-10-25',
      customerId: 'CU-HOME',
      terms: hosting,
    });
    expect(quote).toMatchObject({ sellerId: 'bit', profileId: 'bit-2016-10-25', customerKind: 'consumer' });
  });

  it("takes the seller's current profile when only the seller is named", async () => {
    const order = await placeOrder(context(), {
      sellerId: 'vitrumnet',
      customerId: 'CU-BIZ',
      terms: { ...hosting, service: 'access', termMonths: 24 },
    });
    expect(order).toMatchObject({ sellerId: 'vitrumnet', profileId: 'vitrumnet-2.5-2018-04-15' });
  });

  it('refuses an unknown customer or seller, and a profile no seller uses without a seller', async () => {
    await expect(
      createQuote(context(), { sellerId: 'bit', customerId: 'CU-NONE', terms: hosting }),
    ).rejects.toThrow(/customer 'CU-NONE' does not exist/);
    await expect(
      createQuote(context(), { sellerId: 'nobody', customerId: 'CU-BIZ', terms: hosting }),
    ).rejects.toThrow(/seller 'nobody' does not exist/);
    await expect(createQuote(context(), { customerId: 'CU-BIZ', terms: hosting })).rejects.toThrow(
      /sellerId: is required/,
    );
  });
});
