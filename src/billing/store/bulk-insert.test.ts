import { asc, inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { customers } from '../../customers/schema.ts';
import { pendingCharges } from '../schema.ts';
import { bulkInsert } from './bulk-insert.ts';

describeEachStore('bulkInsert', (database) => {
  const charge = (n: number, description: string, because: string[]) => ({
    sellerId: 'bit',
    customerId: 'CU-BULK',
    contractId: n % 2 === 0 ? null : `CT-${n}`,
    productId: null,
    description,
    amountCents: n % 2 === 0 ? -7_500 : 9_007_199_254_740_991,
    vatCategory: 'standard' as const,
    raisedOn: '2027-03-31',
    because,
    dedupeKey: `bulk:${n}:${description}`,
    createdAt: '2027-03-31T10:00:00.000Z',
  });

  it('writes each row as the query builder would, defaults and all, and answers what it returns', async () => {
    const rows = [
      charge(1, 'Verwijderen "oude" switch, {rack 4}\\B', ['vn:1.6.8', 'a "quoted", {braced} id', 'NULL']),
      charge(2, '', []),
    ];
    const returned = await bulkInsert<{ id: string; dedupe_key: string }>(
      database().db,
      pendingCharges,
      rows,
      'id, dedupe_key',
    );
    expect(returned.map((row) => row.dedupe_key)).toEqual(rows.map((row) => row.dedupeKey));
    expect(returned.every((row) => /^CH-\d+$/.test(row.id))).toBe(true);
    const stored = await database()
      .db.select()
      .from(pendingCharges)
      .where(
        inArray(
          pendingCharges.id,
          returned.map((row) => row.id),
        ),
      )
      .orderBy(asc(pendingCharges.dedupeKey));
    expect(stored).toEqual(
      rows.map((row, i) => ({ ...row, id: returned[i]!.id, invoiceId: null, createdAt: expect.any(String) })),
    );
    expect(stored.map((row) => new Date(row.createdAt).toISOString())).toEqual(
      rows.map((row) => row.createdAt),
    );
  });

  it('keeps JSON documents and leaves out the columns no row gives', async () => {
    const address = {
      street: 'Wetstraat "16"',
      houseNumber: '16',
      postcode: '1000',
      city: 'Brussel',
      country: 'BE',
    };
    await bulkInsert(database().db, customers, [
      {
        id: 'CU-BULK-J',
        kind: 'business',
        legalName: 'Café \u00e9\u00e8 \u{1F600} B.V.',
        email: 'j@bulk.example',
        billingAddress: address,
        deliveryAddress: null,
        createdAt: '2027-01-01T00:00:00.000Z',
        createdBy: 'test',
      },
    ]);
    const [row] = await database()
      .db.select()
      .from(customers)
      .where(inArray(customers.id, ['CU-BULK-J']));
    // `language` was given by no row: its default applies.
    expect(row).toMatchObject({
      legalName: 'Café \u00e9\u00e8 \u{1F600} B.V.',
      billingAddress: address,
      language: 'nl',
    });
  });

  it('round-trips any text and any list of texts', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !s.includes('\u0000'));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(text, fc.array(text, { maxLength: 4 })), { maxLength: 5 }),
        async (cases) => {
          run += 1;
          const rows = cases.map(([description, because], i) => ({
            ...charge(i, description, because),
            dedupeKey: `bulk-property:${run}:${i}`,
          }));
          const returned = await bulkInsert<{ id: string }>(database().db, pendingCharges, rows, 'id');
          const stored = await database()
            .db.select({ description: pendingCharges.description, because: pendingCharges.because })
            .from(pendingCharges)
            .where(inArray(pendingCharges.id, returned.map((row) => row.id).concat(['none'])))
            .orderBy(asc(pendingCharges.dedupeKey));
          expect(stored).toEqual(rows.map(({ description, because }) => ({ description, because })));
        },
      ),
      { numRuns: 25 },
    );
  });
});
