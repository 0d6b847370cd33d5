import { describe, expect, it } from 'vitest';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { listProductRows } from '../store.ts';
import { addProduct } from './add-product.ts';
import type { AddProduct } from './add-product.ts';
import { contextOn, date, refusedFields, seedProvider } from './test-support.ts';

const colocation: AddProduct = {
  sellerId: 'bit',
  code: 'COLO-1U',
  name: '1U colocation, Ede',
  kind: 'colocation',
  vatCategory: 'standard',
};

describeEachStore('addProduct', (database) => {
  const on = (day: string) => contextOn(database().db, day);

  it('adds a product with its first price, answering the price today and the billing (bit:11.1)', async () => {
    const product = await addProduct(on('2026-11-22'), {
      ...colocation,
      firstPrice: { amountCents: 300_00, effectiveFrom: date('2026-12-01') },
    });
    expect(product).toMatchObject({
      id: expect.stringMatching(/^P-\d+$/),
      sellerId: 'bit',
      code: 'COLO-1U',
      kind: 'colocation',
      providerId: null,
      retiredOn: null,
      charged: 'recurring',
      unit: 'period',
      billing: { value: { period: 'quarter', timing: 'in-advance' }, because: ['bit:11.1'] },
      prices: [{ effectiveFrom: '2026-12-01', amountCents: 300_00, announcedOn: '2026-11-22' }],
      priceToday: null,
    });
    const trail = await auditTrailOf(database().db, { type: 'product', id: product.id });
    expect(trail).toMatchObject([
      { action: 'product.added', actor: 'user:anna', details: { code: 'COLO-1U', sellerId: 'bit' } },
    ]);
  });

  it('takes the first price from today when no date is given, and a product without a price', async () => {
    const hosting = await addProduct(on('2026-11-22'), {
      ...colocation,
      code: ' HOST-S ',
      name: 'Hosting S',
      kind: 'hosting',
      firstPrice: { amountCents: 25_00 },
    });
    expect(hosting.code).toBe('HOST-S');
    expect(hosting.priceToday).toMatchObject({ value: 25_00, because: ['bit:5.2'] });
    const bare = await addProduct(on('2026-11-22'), { ...colocation, code: 'HOURS', kind: 'hourly-service' });
    expect(bare).toMatchObject({ prices: [], priceToday: null, unit: 'hour', charged: 'hourly' });
  });

  it('names every bad field at once, writing nothing', async () => {
    const fields = await refusedFields(
      addProduct(on('2026-11-22'), {
        sellerId: 'bit',
        code: '  ',
        name: '',
        kind: 'fax' as AddProduct['kind'],
        vatCategory: 'S' as AddProduct['vatCategory'],
        providerId: 'TP-1',
        firstPrice: { amountCents: 1.5, effectiveFrom: date('2026-11-21') },
      }),
    );
    expect(fields).toEqual(['code', 'name', 'kind', 'vatCategory', 'firstPrice.amountCents']);
    const backwards = await refusedFields(
      addProduct(on('2026-11-22'), {
        ...colocation,
        code: 'OLD',
        firstPrice: { amountCents: 1, effectiveFrom: date('2026-11-21') },
      }),
    );
    expect(backwards).toEqual(['firstPrice.effectiveFrom']);
    const rows = await listProductRows(database().db, 'bit');
    expect(rows.map((row) => row.code)).not.toContain('OLD');
  });

  it('refuses an unknown seller', async () => {
    await expect(addProduct(on('2026-11-22'), { ...colocation, sellerId: 'acme' })).rejects.toThrow(
      new NotFoundError('seller', 'acme'),
    );
  });

  it('refuses a code the seller uses already, naming the product that has it; another seller may use it', async () => {
    const [first] = await listProductRows(database().db, 'bit');
    const again = addProduct(on('2026-11-22'), { ...colocation, name: 'Another' });
    await expect(again).rejects.toThrow(ConflictError);
    await expect(addProduct(on('2026-11-22'), { ...colocation, name: 'Another' })).rejects.toThrow(
      `seller bit already has product ${first!.id} with code 'COLO-1U' (1U colocation, Ede); choose another code`,
    );
    const vn = await addProduct(on('2026-11-22'), { ...colocation, sellerId: 'vitrumnet', kind: 'link' });
    expect(vn).toMatchObject({ sellerId: 'vitrumnet', code: 'COLO-1U' });
  });

  it('refuses a kind the seller’s terms do not bill: VitrumNet sells no domains', async () => {
    expect(
      await refusedFields(
        addProduct(on('2026-11-22'), { ...colocation, sellerId: 'vitrumnet', code: 'DOM', kind: 'domain' }),
      ),
    ).toEqual(['kind']);
  });

  describe('third-party services (vn:3.1)', () => {
    const service: AddProduct = {
      sellerId: 'vitrumnet',
      code: 'TP-TV',
      name: 'Television by Glasnet',
      kind: 'third-party-service',
      vatCategory: 'standard',
    };

    it('needs the provider that delivers it, and no other kind names one', async () => {
      expect(await refusedFields(addProduct(on('2026-11-22'), service))).toEqual(['providerId']);
      expect(
        await refusedFields(addProduct(on('2026-11-22'), { ...colocation, code: 'X', providerId: 'TP-1' })),
      ).toEqual(['providerId']);
    });

    it('refuses an unknown, a suspended or a not yet admitted provider', async () => {
      await expect(addProduct(on('2026-11-22'), { ...service, providerId: 'TP-999' })).rejects.toThrow(
        new NotFoundError('provider', 'TP-999'),
      );
      const suspended = await seedProvider(database().db, {
        admittedOn: '2026-01-01',
        suspendedOn: '2026-11-01',
      });
      await expect(addProduct(on('2026-11-22'), { ...service, providerId: suspended })).rejects.toThrow(
        /is suspended since 2026-11-01/,
      );
      const later = await seedProvider(database().db, { admittedOn: '2026-12-01' });
      await expect(addProduct(on('2026-11-22'), { ...service, providerId: later })).rejects.toThrow(
        /admitted only from 2026-12-01/,
      );
    });

    it('adds the service of an admitted provider', async () => {
      const providerId = await seedProvider(database().db, { admittedOn: '2026-01-01' });
      const product = await addProduct(on('2026-11-22'), { ...service, providerId });
      expect(product).toMatchObject({
        providerId,
        billing: { because: ['vn:7.1.3', 'vn:7.1.5'] },
      });
    });
  });
});
