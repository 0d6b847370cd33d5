import { expect, it } from 'vitest';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { addProduct } from './add-product.ts';
import { getProduct } from './get-product.ts';
import { retireProduct } from './retire-product.ts';
import { contextOn, date, refusedFields } from './test-support.ts';

describeEachStore('retireProduct (vn:2.2.3)', (database) => {
  const on = (day: string) => contextOn(database().db, day);
  const add = (code: string) =>
    addProduct(on('2026-11-22'), {
      sellerId: 'vitrumnet',
      code,
      name: `Link ${code}`,
      kind: 'link',
      vatCategory: 'standard',
      firstPrice: { amountCents: 90_00 },
    });

  it('retires a product from a day on, keeping its prices, with the reason in the audit log', async () => {
    const product = await add('L-100');
    const retired = await retireProduct(on('2026-11-22'), {
      productId: product.id,
      on: date('2027-01-01'),
      reason: 'replaced by L-1000',
    });
    expect(retired).toMatchObject({ id: product.id, retiredOn: '2027-01-01', priceToday: { value: 90_00 } });
    expect((await getProduct(on('2026-11-23'), product.id)).retiredOn).toBe('2027-01-01');
    const [, event] = await auditTrailOf(database().db, { type: 'product', id: product.id });
    expect(event).toMatchObject({
      action: 'product.retired',
      reason: 'replaced by L-1000',
      details: { retiredOn: '2027-01-01', because: ['vn:2.2.3'] },
    });
  });

  it('retires from today by default', async () => {
    const product = await add('L-200');
    expect((await retireProduct(on('2026-11-22'), { productId: product.id })).retiredOn).toBe('2026-11-22');
  });

  it('refuses a product retired already, a day before today and an unknown product', async () => {
    const product = await add('L-300');
    await retireProduct(on('2026-11-22'), { productId: product.id, on: date('2026-12-01') });
    const again = retireProduct(on('2026-11-22'), { productId: product.id, on: date('2027-01-01') });
    await expect(again).rejects.toThrow(ConflictError);
    await expect(again).rejects.toThrow(/is retired from 2026-12-01 already/);
    const other = await add('L-400');
    expect(
      await refusedFields(retireProduct(on('2026-11-22'), { productId: other.id, on: date('2026-11-21') })),
    ).toEqual(['on']);
    expect((await getProduct(on('2026-11-22'), other.id)).retiredOn).toBeNull();
    await expect(retireProduct(on('2026-11-22'), { productId: 'P-999' })).rejects.toThrow(
      new NotFoundError('product', 'P-999'),
    );
  });
});
