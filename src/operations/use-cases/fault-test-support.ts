import { Temporal } from 'temporal-polyfill';
import { products, productPrices } from '../../catalog/schema.ts';
import { contracts, orders } from '../../contracts/schema.ts';
import type { Context } from '../../platform/context.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/database/index.ts';
import {
  cables,
  links,
  naps,
  networkOrders,
  networkServices,
  premises,
  vlanPools,
} from '../../network/schema.ts';
import { admitProvider } from '../../providers/index.ts';
import { seedCustomers } from '../../../test/support/customers.ts';

/*
 * For the fault tests only: the network a fault happens on, written directly (the inventory, order
 * and contract use cases are other tests' subject): a customer with a contract of a seller, a link
 * between two NAPs on a cable, and the service on it, optionally a provider's.
 */

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;
const created = '2026-01-01T00:00:00Z';

/** A clock standing at one instant. */
export function clockAt(iso: string): Clock {
  const instant = Temporal.Instant.from(iso);
  return {
    now: () => instant,
    today: () => instant.toZonedDateTimeISO('Europe/Amsterdam').toPlainDate(),
  };
}

export function nocAt(db: Db, iso: string): Context {
  return { db, clock: clockAt(iso), actor: { id: 'user:noc', origin: 'test' } };
}

export function providerAt(db: Db, providerId: string, iso: string): Context {
  return {
    db,
    clock: clockAt(iso),
    actor: { id: `provider:${providerId}/TK-1`, origin: 'test', providerId },
  };
}

export interface FaultNetwork {
  readonly customerId: string;
  readonly contractId: string;
  readonly cableId: string;
  readonly napIds: readonly [string, string];
  readonly linkId: string;
  readonly serviceId: string;
}

/** A customer of `sellerId` with a link on a cable of `fiberCount` fibers, its contract and service. */
export async function seedFaultNetwork(
  db: Db,
  options: { sellerId?: 'vitrumnet' | 'bit'; fiberCount?: number; providerId?: string | null } = {},
): Promise<FaultNetwork> {
  const sellerId = options.sellerId ?? 'vitrumnet';
  const customerId = unique('CUS');
  await seedCustomers(db, [customerId]);
  const cableId = unique('CBL');
  await db.insert(cables).values({ id: cableId, fiberCount: options.fiberCount ?? 48, createdAt: created });
  const napIds: string[] = [];
  for (const street of ['Voorstraat', 'Wijnstraat']) {
    const [place] = await db
      .insert(premises)
      .values({
        address: {
          street,
          houseNumber: String(++counter),
          postcode: '3311 ER',
          city: 'Dordrecht',
          country: 'NL',
        },
        customerId,
        createdAt: created,
      })
      .returning({ id: premises.id });
    const [nap] = await db
      .insert(naps)
      .values({ premisesId: place!.id, cableId, state: 'active', createdAt: created })
      .returning({ id: naps.id });
    napIds.push(nap!.id);
  }
  const [order] = await db
    .insert(orders)
    .values({
      sellerId,
      profileId: sellerId === 'bit' ? 'bit-2016-10-25' : 'vitrumnet-2.5-2018-04-15',
      customerId,
      customerKind: 'business',
      terms: { contractKind: 'fixed-term', service: 'link', description: 'Link' } as never,
      receivedOn: '2026-01-02',
    })
    .returning({ id: orders.id });
  const [contract] = await db
    .insert(contracts)
    .values({ orderId: order!.id, customerId, createdAt: created })
    .returning({ id: contracts.id });
  const poolId = unique('pool');
  await db.insert(vlanPools).values({ id: poolId, first: 100, last: 199 });
  const [link] = await db
    .insert(links)
    .values({
      customerId,
      aNapId: napIds[0]!,
      zNapId: napIds[1]!,
      bandwidthMbps: 1000,
      poolId,
      vlan: 100,
      contractId: contract!.id,
      createdAt: created,
    })
    .returning({ id: links.id });
  const providerId = options.providerId ?? null;
  const [networkOrder] = await db
    .insert(networkOrders)
    .values({
      kind: providerId ? 'third-party-service' : 'link',
      providerId,
      customerId,
      napId: napIds[0]!,
      spec: {},
      state: 'active',
      contractId: contract!.id,
      submittedAt: created,
      updatedAt: created,
    })
    .returning({ id: networkOrders.id });
  const [service] = await db
    .insert(networkServices)
    .values({
      orderId: networkOrder!.id,
      customerId,
      providerId,
      napId: napIds[0]!,
      linkId: link!.id,
      contractId: contract!.id,
      state: 'active',
      openedOn: '2026-01-10',
      createdAt: created,
    })
    .returning({ id: networkServices.id });
  return {
    customerId,
    contractId: contract!.id,
    cableId,
    napIds: [napIds[0]!, napIds[1]!],
    linkId: link!.id,
    serviceId: service!.id,
  };
}

export async function seedFaultProvider(db: Db): Promise<string> {
  const name = unique('Glasnet');
  const { provider } = await admitProvider(nocAt(db, '2026-01-01T12:00:00Z'), {
    name,
    email: `noc@${name.toLowerCase()}.example`,
    helpdeskPhone: '0318 648 688',
  });
  return provider.id;
}

/** The seller's hourly product at €95.00 an hour (bit:5.1). */
export async function seedHourlyProduct(db: Db, sellerId = 'vitrumnet'): Promise<string> {
  const [product] = await db
    .insert(products)
    .values({
      sellerId,
      code: unique('HOUR'),
      name: 'Engineer hour',
      kind: 'hourly-service',
      vatCategory: 'standard',
      createdAt: created,
    })
    .returning({ id: products.id });
  await db.insert(productPrices).values({
    productId: product!.id,
    effectiveFrom: '2026-01-01',
    amountCents: 9_500,
    announcedOn: '2025-12-01',
    recordedAt: created,
    recordedBy: 'test',
  });
  return product!.id;
}

/** A complete vn:6.4.9 report. */
export const aReport = {
  reporterName: 'Noor Bakker',
  customerName: 'Bakkerij De Korenaar B.V.',
  contactPerson: 'Jan de Vries',
  contactPhone: '06 12345678',
  description: 'No light on the link since 00:20',
  phoneOfficeHours: '0318 648 688',
  phoneOutsideOfficeHours: '06 87654321',
  endPointA: 'Voorstraat 12, Dordrecht',
  endPointB: 'Wijnstraat 3, Dordrecht',
};
