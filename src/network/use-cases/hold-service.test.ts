import { Temporal } from 'temporal-polyfill';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { seedNetworkService } from '../../catalog/use-cases/test-support.ts';
import { products } from '../../catalog/schema.ts';
import { contracts, orders } from '../../contracts/schema.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { networkServices, provisioningJobs } from '../schema.ts';
import { holdService, liftHold } from './hold-service.ts';
import { resumeAfterPayment, suspendForNonPayment } from './suspend-for-non-payment.ts';

const context = (db: Db): Context => ({
  db,
  clock: fixedClock(Temporal.PlainDate.from('2027-03-01')),
  actor: { id: 'user:noc', origin: 'test' },
});

/** A service under a contract of VitrumNet, as non-payment suspension finds them. */
async function serviceUnderContract(db: Db, customerId: string): Promise<string> {
  const [order] = await db
    .insert(orders)
    .values({
      sellerId: 'vitrumnet',
      profileId: 'vitrumnet-2.5-2018-04-15',
      customerId,
      customerKind: 'business',
      terms: {} as OfferTerms,
      receivedOn: '2027-01-01',
    })
    .returning({ id: orders.id });
  const [contract] = await db
    .insert(contracts)
    .values({ orderId: order!.id, customerId, createdAt: '2027-01-01T00:00:00Z' })
    .returning({ id: contracts.id });
  const serviceId = await seedNetworkService(db, customerId, await productOf(db), 'active');
  await db.update(networkServices).set({ contractId: contract!.id }).where(eq(networkServices.id, serviceId));
  return serviceId;
}

let productNumber = 0;

async function productOf(db: Db): Promise<string> {
  productNumber += 1;
  const [row] = await db
    .insert(products)
    .values({
      sellerId: 'vitrumnet',
      code: `HOLD-${productNumber}`,
      name: 'Access',
      kind: 'access',
      vatCategory: 'standard',
      createdAt: '2027-01-01T00:00:00Z',
    })
    .returning({ id: products.id });
  return row!.id;
}

const stateOf = async (db: Db, serviceId: string) =>
  (await db.select().from(networkServices).where(eq(networkServices.id, serviceId)))[0]!.state;

const actionsFor = async (db: Db, serviceId: string) =>
  (
    await db
      .select()
      .from(provisioningJobs)
      .where(eq(provisioningJobs.subject, `service:${serviceId}`))
  )
    .sort((a, b) => a.seq - b.seq)
    .map((job) => job.action);

const because = ['vn:4.1.4'] as const;

describeEachStore('holds on a service (abuse, force majeure) beside non-payment', (database) => {
  beforeAll(async () => {
    await seedCustomers(database().db, ['CU-H1', 'CU-H2', 'CU-H3', 'CU-H4']);
  });

  it('a block keeps the service active and is undone on the network when lifted', async () => {
    const { db } = database();
    const serviceId = await serviceUnderContract(db, 'CU-H1');
    await db.transaction((tx) =>
      holdService(tx, context(db), {
        serviceId,
        reason: 'abuse',
        measure: 'block',
        reference: 'AB-1',
        because,
      }),
    );
    expect(await stateOf(db, serviceId)).toBe('active');
    await expect(
      db.transaction((tx) =>
        holdService(tx, context(db), {
          serviceId,
          reason: 'abuse',
          measure: 'block',
          reference: 'AB-1',
          because,
        }),
      ),
    ).rejects.toThrow(/already has a block for AB-1/);
    const lifted = await db.transaction((tx) =>
      liftHold(tx, context(db), { serviceId, reference: 'AB-1', because }),
    );
    expect(lifted).toHaveLength(1);
    expect(await actionsFor(db, serviceId)).toEqual(['service.block', 'service.unblock']);
  });

  it('two suspending holds: the service comes back only when the last is lifted', async () => {
    const { db } = database();
    const serviceId = await serviceUnderContract(db, 'CU-H2');
    const hold = (reference: string, reason: 'abuse' | 'force-majeure') =>
      db.transaction((tx) =>
        holdService(tx, context(db), { serviceId, reason, measure: 'suspend', reference, because }),
      );
    await hold('AB-2', 'abuse');
    await hold('FM-1', 'force-majeure');
    expect(await stateOf(db, serviceId)).toBe('suspended');
    await db.transaction((tx) => liftHold(tx, context(db), { serviceId, reference: 'FM-1', because }));
    expect(await stateOf(db, serviceId)).toBe('suspended');
    await db.transaction((tx) => liftHold(tx, context(db), { serviceId, reference: 'AB-2', because }));
    expect(await stateOf(db, serviceId)).toBe('active');
    expect(await actionsFor(db, serviceId)).toEqual(['service.suspend', 'service.suspend', 'service.resume']);
  });

  it('a payment does not reopen a held service, and the hold lifted later does', async () => {
    const { db } = database();
    const serviceId = await serviceUnderContract(db, 'CU-H3');
    const suspension = {
      customerId: 'CU-H3',
      sellerId: 'vitrumnet',
      on: '2027-03-01',
      because: ['vn:7.1.7'] as const,
    };
    await db.transaction((tx) =>
      holdService(tx, context(db), {
        serviceId,
        reason: 'abuse',
        measure: 'suspend',
        reference: 'AB-3',
        because,
      }),
    );
    await db.transaction((tx) => suspendForNonPayment(tx, context(db), suspension));
    expect(await db.transaction((tx) => resumeAfterPayment(tx, context(db), suspension))).toEqual([]);
    expect(await stateOf(db, serviceId)).toBe('suspended');
    await db.transaction((tx) => liftHold(tx, context(db), { serviceId, reference: 'AB-3', because }));
    expect(await stateOf(db, serviceId)).toBe('active');
  });

  it('a hold lifted while the customer still does not pay leaves the service suspended', async () => {
    const { db } = database();
    const serviceId = await serviceUnderContract(db, 'CU-H4');
    const suspension = {
      customerId: 'CU-H4',
      sellerId: 'vitrumnet',
      on: '2027-03-01',
      because: ['vn:7.1.7'] as const,
    };
    await db.transaction((tx) => suspendForNonPayment(tx, context(db), suspension));
    await db.transaction((tx) =>
      holdService(tx, context(db), {
        serviceId,
        reason: 'force-majeure',
        measure: 'suspend',
        reference: 'FM-2',
        because,
      }),
    );
    await db.transaction((tx) => liftHold(tx, context(db), { serviceId, reference: 'FM-2', because }));
    expect(await stateOf(db, serviceId)).toBe('suspended');
    expect(await actionsFor(db, serviceId)).toEqual(['service.suspend', 'service.suspend']);
    expect(await db.transaction((tx) => resumeAfterPayment(tx, context(db), suspension))).toEqual([
      serviceId,
    ]);
    expect(await stateOf(db, serviceId)).toBe('active');
  });

  it('a hold lifted after the service closed asks the network for nothing', async () => {
    const { db } = database();
    const serviceId = await serviceUnderContract(db, 'CU-H1');
    await db.transaction((tx) =>
      holdService(tx, context(db), {
        serviceId,
        reason: 'abuse',
        measure: 'suspend',
        reference: 'AB-5',
        because,
      }),
    );
    await db.update(networkServices).set({ state: 'closed' }).where(eq(networkServices.id, serviceId));
    const lifted = await db.transaction((tx) =>
      liftHold(tx, context(db), { serviceId, reference: 'AB-5', because }),
    );
    expect(lifted).toHaveLength(1);
    expect(await stateOf(db, serviceId)).toBe('closed');
    expect(await actionsFor(db, serviceId)).toEqual(['service.suspend']);
  });

  it('refuses a service that is not running, and one that does not exist', async () => {
    const { db } = database();
    await expect(
      db.transaction((tx) =>
        holdService(tx, context(db), {
          serviceId: 'S-404',
          reason: 'abuse',
          measure: 'block',
          reference: 'AB-9',
          because,
        }),
      ),
    ).rejects.toThrow(/S-404/);
  });
});
