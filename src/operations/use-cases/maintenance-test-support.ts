import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { seedNetworkService } from '../../catalog/use-cases/test-support.ts';
import type { NetworkServiceState } from '../../network/index.ts';
import { cables, links, naps, networkServices, premises } from '../../network/schema.ts';
import { seedProduct } from '../../network/use-cases/network-order-test-support.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';

/*
 * For the maintenance tests only: a piece of network written directly (the inventory and orders are
 * the network context's subject) — a cable with NAPs, links between them, services placed on them.
 */

let counter = 0;
/** A name no other test of the run uses. */
export const unique = (prefix: string): string => `${prefix}-${process.pid}-${++counter}`;

/** A clock standing still at one instant. */
export function clockAt(instant: string): Clock {
  const now = Temporal.Instant.from(instant);
  return { now: () => now, today: () => now.toZonedDateTimeISO('Europe/Amsterdam').toPlainDate() };
}

export function nocContext(db: Db, now = '2027-03-20T09:00:00Z'): Context {
  return { db, clock: clockAt(now), actor: { id: 'user:noc', origin: 'test' } };
}

const at = '2027-01-01T00:00:00Z';

export async function seedCable(db: Db, fiberCount = 48): Promise<string> {
  const id = unique('CBL-MW');
  await db.insert(cables).values({ id, fiberCount, createdAt: at });
  return id;
}

export async function seedNapOn(db: Db, cableId: string, customerId: string | null = null): Promise<string> {
  const [place] = await db
    .insert(premises)
    .values({
      address: {
        street: 'Weena',
        houseNumber: String(++counter),
        postcode: '3012 CM',
        city: 'Rotterdam',
        country: 'NL',
      },
      customerId,
      createdAt: at,
    })
    .returning({ id: premises.id });
  const [nap] = await db
    .insert(naps)
    .values({ premisesId: place!.id, cableId, state: 'active', createdAt: at })
    .returning({ id: naps.id });
  return nap!.id;
}

export async function seedLink(db: Db, customerId: string, aNapId: string, zNapId: string): Promise<string> {
  const [link] = await db
    .insert(links)
    .values({
      customerId,
      aNapId,
      zNapId,
      bandwidthMbps: 1000,
      poolId: 'default',
      vlan: 100 + (++counter % 3800),
      createdAt: at,
    })
    .returning({ id: links.id });
  return link!.id;
}

/** A service of the customer at a NAP or on a link, of a provider or the operator's own. */
export async function seedPlacedService(
  db: Db,
  place: {
    customerId: string;
    napId?: string;
    linkId?: string;
    providerId?: string;
    state?: NetworkServiceState;
  },
): Promise<string> {
  const product = await seedProduct(db, place.providerId ?? null);
  const id = await seedNetworkService(db, place.customerId, product, place.state ?? 'active');
  await db
    .update(networkServices)
    .set({ napId: place.napId ?? null, linkId: place.linkId ?? null, providerId: place.providerId ?? null })
    .where(eq(networkServices.id, id));
  return id;
}
