import { customers } from '../../src/customers/schema.ts';
import type { Db } from '../../src/platform/database/index.ts';

/**
 * Customers with the given ids, for tests about something else (contracts, orders): the minimum a
 * customer row holds, written directly so those tests stay about their own subject.
 */
export async function seedCustomers(
  db: Db,
  ids: readonly string[],
  kind: 'business' | 'consumer' = 'business',
): Promise<void> {
  await db
    .insert(customers)
    .values(
      ids.map((id) => ({
        id,
        kind,
        legalName: `Customer ${id}`,
        email: `${id.toLowerCase()}@customer.example`,
        billingAddress: {
          street: 'Galileïlaan',
          houseNumber: '19',
          postcode: '6716 BP',
          city: 'Ede',
          country: 'NL',
        },
        createdAt: '2026-01-01T00:00:00Z',
        createdBy: 'test',
      })),
    )
    .onConflictDoNothing();
}
