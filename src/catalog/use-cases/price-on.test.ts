import { beforeAll, expect, it } from 'vitest';
import { NotFoundError } from '../../shared/errors/index.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { addProduct } from './add-product.ts';
import { productPriceOn } from './price-on.ts';
import { schedulePrice } from './schedule-price.ts';
import { contextOn, date, refusedFields } from './test-support.ts';

describeEachStore('productPriceOn (bit:5.2, vn:7.4.1)', (database) => {
  const on = (day: string) => contextOn(database().db, day);
  let productId: string;

  beforeAll(async () => {
    const product = await addProduct(on('2026-01-01'), {
      sellerId: 'vitrumnet',
      code: 'TRAFFIC',
      name: 'Traffic above the bundle',
      kind: 'usage-traffic',
      vatCategory: 'standard',
      firstPrice: { amountCents: 2, effectiveFrom: date('2026-02-01') },
    });
    productId = product.id;
    await schedulePrice(on('2026-05-01'), { productId, amountCents: 3, effectiveFrom: date('2026-07-01') });
  });

  it('answers the price on any day, past or future, with the next change and the seller’s article', async () => {
    expect(await productPriceOn(on('2026-11-22'), { productId, on: date('2026-06-30') })).toEqual({
      value: 2,
      because: ['vn:7.4.1'],
      figures: {
        date: '2026-06-30',
        effectiveFrom: '2026-02-01',
        amount: '0.02',
        nextChange: '2026-07-01',
        productId,
        unit: 'GB',
        per: 'GB',
        retiredOn: null,
      },
    });
    expect((await productPriceOn(on('2026-11-22'), { productId, on: date('2030-01-01') })).value).toBe(3);
  });

  it('answers the price today by default', async () => {
    const today = await productPriceOn(on('2026-07-01'), { productId });
    expect(today.figures).toMatchObject({
      date: '2026-07-01',
      effectiveFrom: '2026-07-01',
      nextChange: null,
    });
  });

  it('refuses a day before the first price, naming on, and an unknown product', async () => {
    expect(
      await refusedFields(productPriceOn(on('2026-11-22'), { productId, on: date('2026-01-31') })),
    ).toEqual(['on']);
    await expect(productPriceOn(on('2026-11-22'), { productId, on: date('2026-01-31') })).rejects.toThrow(
      `on: product ${productId} has no price on 2026-01-31: its first price applies from 2026-02-01`,
    );
    await expect(productPriceOn(on('2026-11-22'), { productId: 'P-999' })).rejects.toThrow(
      new NotFoundError('product', 'P-999'),
    );
  });
});
