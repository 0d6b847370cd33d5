import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { usageRecords } from '../schema.ts';
import { recordUsage } from './record-usage.ts';
import { contextOn, refusedFields, seedUsageFixture } from './usage-test-support.ts';
import type { UsageFixture } from './usage-test-support.ts';

describeEachStore('recordUsage', (database) => {
  let products: UsageFixture;
  beforeAll(async () => {
    products = await seedUsageFixture(database().db, 'RU');
  });
  const db = () => database().db;
  const rowsOf = (prefix: string) =>
    db()
      .select()
      .from(usageRecords)
      .orderBy(asc(usageRecords.id))
      .then((rows) => rows.filter((row) => row.recordId.startsWith(prefix)));

  it('adds a batch, citing vn:7.1.4 for usage and vn:6.4.8 for repair hours, and a replay adds nothing', async () => {
    const records = [
      {
        recordId: 'A-1',
        customerId: 'CU-1',
        productId: products.traffic,
        quantity: '12.5',
        occurredOn: '2026-10-31',
      },
      {
        recordId: 'A-2',
        customerId: 'CU-2',
        productId: products.hours,
        quantity: 1.5,
        occurredOn: '2026-11-02',
        description: 'Patching in rack 4',
      },
    ];
    expect(await recordUsage(contextOn(db()), 'vitrumnet', records)).toEqual({
      received: 2,
      added: 2,
      duplicates: 0,
    });
    expect(await rowsOf('A-')).toMatchObject([
      {
        sellerId: 'vitrumnet',
        recordId: 'A-1',
        customerId: 'CU-1',
        quantity: '12.500000',
        occurredOn: '2026-10-31',
        description: null,
        subscriptionId: null,
        because: ['vn:7.1.4'],
        invoiceId: null,
      },
      { recordId: 'A-2', quantity: '1.500000', because: ['vn:6.4.8'], description: 'Patching in rack 4' },
    ]);
    const again = await recordUsage(contextOn(db()), 'vitrumnet', [
      ...records,
      { ...records[0]!, recordId: 'A-3' },
    ]);
    expect(again).toEqual({ received: 3, added: 1, duplicates: 2 });
    const trail = await auditTrailOf(db(), { type: 'seller', id: 'vitrumnet' });
    expect(trail.filter((e) => e.action === 'usage.recorded').map((e) => e.details)).toEqual([
      { received: 2, added: 2, duplicates: 0, firstRecordId: 'A-1', lastRecordId: 'A-2' },
      { received: 3, added: 1, duplicates: 2, firstRecordId: 'A-1', lastRecordId: 'A-3' },
    ]);
  });

  it('counts a record the batch repeats as a duplicate; the same id of another seller is its own', async () => {
    const record = {
      recordId: 'B-1',
      customerId: 'CU-1',
      productId: products.traffic,
      quantity: '1',
      occurredOn: '2026-11-01',
    };
    expect(await recordUsage(contextOn(db()), 'vitrumnet', [record, record])).toEqual({
      received: 2,
      added: 1,
      duplicates: 1,
    });
    const hours = { ...record, productId: products.foreign };
    expect(await recordUsage(contextOn(db()), 'bit', [hours])).toMatchObject({ added: 1 });
    const [row] = await db()
      .select()
      .from(usageRecords)
      .where(and(eq(usageRecords.sellerId, 'bit'), eq(usageRecords.recordId, 'B-1')));
    expect(row?.because).toEqual(['bit:5.1']);
  });

  it('refuses the whole batch naming records[i].field, and writes nothing', async () => {
    const good = {
      recordId: 'C-1',
      customerId: 'CU-1',
      productId: products.traffic,
      quantity: '2',
      occurredOn: '2026-11-01',
    };
    const fields = await refusedFields(
      recordUsage(contextOn(db()), 'vitrumnet', [
        good,
        { ...good, recordId: 'C-2', quantity: '-3' },
        { ...good, recordId: 'C-3', occurredOn: '2026-11-23' },
        { ...good, recordId: 'C-4', unit: 'GB' },
      ]),
    );
    expect(fields).toEqual(['records[1].quantity', 'records[2].occurredOn', 'records[3].unit']);
    const references = await refusedFields(
      recordUsage(contextOn(db()), 'vitrumnet', [
        good,
        { ...good, recordId: 'C-5', customerId: 'CU-404' },
        { ...good, recordId: 'C-6', productId: products.link },
        { ...good, recordId: 'C-7', productId: products.foreign },
        { ...good, recordId: 'C-8', subscriptionId: 'SUB-404' },
      ]),
    );
    expect(references).toEqual([
      'records[1].customerId',
      'records[2].productId',
      'records[3].productId',
      'records[4].subscriptionId',
    ]);
    expect(await rowsOf('C-')).toEqual([]);
    await expect(recordUsage(contextOn(db()), 'acme', [good])).rejects.toBeInstanceOf(NotFoundError);
    expect(await refusedFields(recordUsage(contextOn(db()), ' ', [good]))).toEqual(['sellerId']);
  });

  it('takes 10,000 records at once and refuses one more', async () => {
    const batch = Array.from({ length: 10_000 }, (_, i) => ({
      recordId: `D-${i}`,
      customerId: i % 2 ? 'CU-1' : 'CU-2',
      productId: products.traffic,
      quantity: `${i}.5`,
      occurredOn: '2026-11-01',
    }));
    expect(await recordUsage(contextOn(db()), 'vitrumnet', batch)).toEqual({
      received: 10_000,
      added: 10_000,
      duplicates: 0,
    });
    const count = await db()
      .select({ id: usageRecords.id })
      .from(usageRecords)
      .where(eq(usageRecords.recordId, 'D-9999'));
    expect(count).toHaveLength(1);
    const tooMany = [...batch, { ...batch[0]!, recordId: 'D-10000' }];
    expect(await refusedFields(recordUsage(contextOn(db()), 'vitrumnet', tooMany))).toEqual(['records']);
  });
});
