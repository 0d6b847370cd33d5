import { Temporal } from 'temporal-polyfill';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Database } from '../../platform/database/index.ts';
import type { CreateCustomer } from './create-customer.ts';

/** For the tests of this folder: a context on a test store, and customers that pass every check. */
export function testContext(database: () => Database): () => Context {
  return () => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from('2026-11-22')),
    actor: { id: 'user:anna', origin: 'test' },
  });
}

/** A Dutch VAT id that passes the 11-proof, one per `n` (1 to 9 999 999). */
export function dutchVatId(n: number): string {
  for (let candidate = n * 10; ; candidate++) {
    const eight = String(candidate).padStart(8, '0');
    const sum = [...eight].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
    if (sum % 11 < 10) return `NL${eight}${sum % 11}B01`;
  }
}

/** A Dutch business with KvK number `kvk` and, when `vat` is given, the VAT id made from it. */
export function business(kvk: number, options: { vat?: number; name?: string } = {}): CreateCustomer {
  return {
    legalName: options.name ?? `Company ${kvk} B.V.`,
    kvkNumber: String(kvk).padStart(8, '0'),
    ...(options.vat === undefined ? {} : { vatId: dutchVatId(options.vat) }),
    email: `billing@company${kvk}.example`,
    billingAddress: { street: 'Stationsplein', houseNumber: '1', postcode: '3511 ED', city: 'Utrecht' },
  };
}
