import { Temporal } from 'temporal-polyfill';
import { customers } from '../../customers/schema.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Database, Db } from '../../platform/database/index.ts';

/* For the tests beside the billing use cases only. */

export const date = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);

export function billingContext(database: () => Database, on = '2027-01-01'): () => Context {
  return () => ({
    db: database().db,
    clock: fixedClock(date(on)),
    actor: { id: 'user:billing', origin: 'test' },
  });
}

/** A customer row as billing needs it; Belgian with a VAT id for the reverse charge cases. */
export async function aCustomer(
  db: Db,
  id: string,
  options: {
    readonly kind?: 'business' | 'consumer';
    readonly country?: 'NL' | 'BE';
    readonly language?: 'nl' | 'en';
  } = {},
): Promise<void> {
  const belgian = options.country === 'BE';
  await db
    .insert(customers)
    .values({
      id,
      kind: options.kind ?? 'business',
      legalName: `Customer ${id} B.V.`,
      kvkNumber: null,
      vatId: belgian ? 'BE0403170701' : null,
      email: `${id.toLowerCase()}@customer.example`,
      language: options.language ?? 'nl',
      billingAddress: belgian
        ? { street: 'Wetstraat', houseNumber: '16', postcode: '1000', city: 'Brussel', country: 'BE' }
        : { street: 'Weena', houseNumber: '10', postcode: '3012 CM', city: 'Rotterdam', country: 'NL' },
      createdAt: '2026-01-01T00:00:00Z',
      createdBy: 'test',
    })
    .onConflictDoNothing();
}
