import { beforeAll, expect, it } from 'vitest';
import { NotFoundError } from '../../shared/errors/index.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { addProduct } from './add-product.ts';
import { getProduct, listProducts } from './get-product.ts';
import type { ListProducts } from './get-product.ts';
import type { ProductView } from './product-view.ts';
import { schedulePrice } from './schedule-price.ts';
import { contextOn, date, refusedFields } from './test-support.ts';

describeEachStore('getProduct and listProducts', (database) => {
  const on = (day: string) => contextOn(database().db, day);
  let access: ProductView;
  let link: ProductView;

  beforeAll(async () => {
    access = await addProduct(on('2026-01-05'), {
      sellerId: 'bit',
      code: 'ACC-100',
      name: 'Access 100 Mbit/s',
      kind: 'access',
      vatCategory: 'standard',
      firstPrice: { amountCents: 100_00 },
    });
    await schedulePrice(on('2026-06-01'), {
      productId: access.id,
      amountCents: 110_00,
      effectiveFrom: date('2026-07-01'),
    });
    await schedulePrice(on('2026-11-01'), {
      productId: access.id,
      amountCents: 120_00,
      effectiveFrom: date('2027-01-01'),
    });
    await schedulePrice(on('2026-11-01'), {
      productId: access.id,
      amountCents: 95_00,
      effectiveFrom: date('2027-04-01'),
    });
    await addProduct(on('2026-01-05'), {
      sellerId: 'bit',
      code: 'ACC-050',
      name: 'Access 50 Mbit/s',
      kind: 'access',
      vatCategory: 'standard',
    });
    await addProduct(on('2026-01-05'), {
      sellerId: 'bit',
      code: 'COLO',
      name: 'Colocation',
      kind: 'colocation',
      vatCategory: 'standard',
    });
    link = await addProduct(on('2026-01-05'), {
      sellerId: 'vitrumnet',
      code: 'LINK',
      name: 'Link',
      kind: 'link',
      vatCategory: 'standard',
      firstPrice: { amountCents: 80_00, effectiveFrom: date('2026-02-01') },
    });
  });

  it('answers a product with its price list, the price today and the known increases (bit:5.2)', async () => {
    const product = await getProduct(on('2026-11-22'), access.id);
    expect(product.prices).toEqual([
      { effectiveFrom: '2026-01-05', amountCents: 100_00, announcedOn: '2026-01-05' },
      { effectiveFrom: '2026-07-01', amountCents: 110_00, announcedOn: '2026-06-01' },
      { effectiveFrom: '2027-01-01', amountCents: 120_00, announcedOn: '2026-11-01' },
      { effectiveFrom: '2027-04-01', amountCents: 95_00, announcedOn: '2026-11-01' },
    ]);
    expect(product.priceToday).toEqual({
      value: 110_00,
      because: ['bit:5.2'],
      figures: {
        date: '2026-11-22',
        effectiveFrom: '2026-07-01',
        amount: '110.00',
        nextChange: '2027-01-01',
      },
    });
    expect(product.knownFutureIncreases).toEqual({
      value: [{ effectiveFrom: '2027-01-01', amountCents: 120_00, previousCents: 110_00 }],
      because: ['bit:5.2'],
      figures: { asOf: '2026-11-22' },
    });
    expect(product.asOf).toBe('2026-11-22');
  });

  it('cites VitrumNet’s own article, and has no price today before the first one applies', async () => {
    const early = await getProduct(on('2026-01-20'), link.id);
    expect(early.priceToday).toBeNull();
    expect(early.knownFutureIncreases.because).toEqual(['vn:7.4.1']);
    expect((await getProduct(on('2026-02-01'), link.id)).priceToday?.because).toEqual(['vn:7.4.1']);
  });

  it('lists a seller’s products by code, of one kind when asked', async () => {
    const codes = async (input: ListProducts) =>
      (await listProducts(on('2026-11-22'), input)).map((p) => p.code);
    expect(await codes({ sellerId: 'bit' })).toEqual(['ACC-050', 'ACC-100', 'COLO']);
    expect(await codes({ sellerId: 'bit', kind: 'access' })).toEqual(['ACC-050', 'ACC-100']);
    expect(await codes({ sellerId: 'vitrumnet', kind: 'colocation' })).toEqual([]);
    expect(await codes({ sellerId: 'vitrumnet' })).toEqual(['LINK']);
  });

  it('refuses an unknown kind, seller or product', async () => {
    expect(
      await refusedFields(listProducts(on('2026-11-22'), { sellerId: 'bit', kind: 'fax' as 'access' })),
    ).toEqual(['kind']);
    await expect(listProducts(on('2026-11-22'), { sellerId: 'acme' })).rejects.toThrow(
      new NotFoundError('seller', 'acme'),
    );
    await expect(getProduct(on('2026-11-22'), 'P-999')).rejects.toThrow(
      new NotFoundError('product', 'P-999'),
    );
  });
});
