import { Temporal } from 'temporal-polyfill';
import { products } from '../../catalog/schema.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { admitProvider } from '../../providers/index.ts';
import { cables, naps, premises } from '../schema.ts';
import type { NapState } from '../rules/index.ts';

/*
 * Rows the network-order tests stand on, written directly (the inventory and catalog use cases are
 * other people's subject): a cable, premises with a NAP for a customer, products of providers.
 */

export const orderTestDay = Temporal.PlainDate.from('2026-11-22');

export function operatorContext(db: Db, today = orderTestDay): Context {
  return { db, clock: fixedClock(today), actor: { id: 'user:noc', origin: 'test' } };
}

export function providerContext(db: Db, providerId: string, today = orderTestDay): Context {
  return {
    db,
    clock: fixedClock(today),
    actor: { id: `provider:${providerId}/TK-x`, origin: 'test', providerId },
  };
}

let sequence = 0;

export async function seedProvider(db: Db, name: string): Promise<string> {
  const { provider } = await admitProvider(operatorContext(db), {
    name,
    email: `orders@${name.toLowerCase().replace(/\W/g, '')}.example`,
    helpdeskPhone: '0318 648 688',
    webhookUrl: `https://${name.toLowerCase().replace(/\W/g, '')}.example/hooks`,
  });
  return provider.id;
}

/** A product of the provider (or the operator's own when null); retired on `retiredOn` if given. */
export async function seedProduct(
  db: Db,
  providerId: string | null,
  retiredOn: string | null = null,
): Promise<string> {
  sequence += 1;
  const [row] = await db
    .insert(products)
    .values({
      sellerId: 'vitrumnet',
      code: `T-${process.pid}-${sequence}`,
      name: `Service ${sequence}`,
      kind: providerId === null ? 'access' : 'third-party-service',
      vatCategory: 'standard',
      providerId,
      retiredOn,
      createdAt: '2026-01-01T00:00:00Z',
    })
    .returning({ id: products.id });
  return row!.id;
}

/** Premises of the customer with one NAP on a test cable; answers the NAP's id. */
export async function seedNap(
  db: Db,
  customerId: string | null,
  state: NapState = 'active',
): Promise<string> {
  await db
    .insert(cables)
    .values({ id: 'CBL-TEST', fiberCount: 12, createdAt: '2026-01-01T00:00:00Z' })
    .onConflictDoNothing();
  const [place] = await db
    .insert(premises)
    .values({
      address: { street: 'Weena', houseNumber: '1', postcode: '3012 CM', city: 'Rotterdam', country: 'NL' },
      customerId,
      createdAt: '2026-01-01T00:00:00Z',
    })
    .returning({ id: premises.id });
  const [nap] = await db
    .insert(naps)
    .values({ premisesId: place!.id, cableId: 'CBL-TEST', state, createdAt: '2026-01-01T00:00:00Z' })
    .returning({ id: naps.id });
  return nap!.id;
}

/** A complete, signed form as a provider hands it in (vn:2.3.3); each call is another file. */
export function signedFormOf(signedBy = 'J. de Vries') {
  sequence += 1;
  return {
    fileName: 'aanvraagformulier.pdf',
    sha256: formHash(sequence),
    signedOn: Temporal.PlainDate.from('2026-11-20'),
    signedBy,
  };
}

/** The SHA-256 (hex) of the n-th test form: any 64 hex digits will do. */
export function formHash(n: number): string {
  return n.toString(16).padStart(64, 'a');
}
