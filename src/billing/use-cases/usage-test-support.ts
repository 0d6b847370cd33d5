import { Temporal } from 'temporal-polyfill';
import { addProduct } from '../../catalog/index.ts';
import type { ProductKind } from '../../catalog/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { seedCustomers } from '../../../test/support/customers.ts';

export { refusedFields } from '../../../test/support/field-problems.ts';

/* For the usage tests only. */

export const usageToday = '2026-11-22';

export const contextOn = (db: Db, day = usageToday): Context => ({
  db,
  clock: fixedClock(Temporal.PlainDate.from(day)),
  actor: { id: 'user:anna', origin: 'test' },
});

/** VitrumNet's usage products (BIT's terms bill no usage), its hours, and products it cannot take usage on. */
export interface UsageFixture {
  readonly traffic: string;
  readonly hours: string;
  readonly bandwidth: string;
  readonly link: string;
  /** BIT's hourly product. */
  readonly foreign: string;
}

/** Customers CU-1 and CU-2, and products of VitrumNet and BIT, with codes unique to `tag`. */
export async function seedUsageFixture(db: Db, tag: string): Promise<UsageFixture> {
  await seedCustomers(db, ['CU-1', 'CU-2']);
  const context = contextOn(db);
  const add = async (sellerId: string, kind: ProductKind) =>
    (
      await addProduct(context, {
        sellerId,
        code: `${tag}-${kind}`,
        name: `${kind} (${tag})`,
        kind,
        vatCategory: 'standard',
      })
    ).id;
  return {
    traffic: await add('vitrumnet', 'usage-traffic'),
    hours: await add('vitrumnet', 'hourly-service'),
    bandwidth: await add('vitrumnet', 'usage-bandwidth-95'),
    link: await add('vitrumnet', 'link'),
    foreign: await add('bit', 'hourly-service'),
  };
}
