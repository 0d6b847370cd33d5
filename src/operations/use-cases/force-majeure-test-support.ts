import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { createQuote, placeOrder, recordOrderAction } from '../../contracts/index.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import { seedNap } from '../../network/use-cases/network-order-test-support.ts';
import { networkOrders, networkServices, provisioningJobs } from '../../network/schema.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';

/* For the force-majeure tests only: contracts formed by the contracts use cases, with a service on a NAP. */

export const day = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);

export const contextOn = (db: Db, date: string, actorId = 'user:noc'): Context => ({
  db,
  clock: fixedClock(day(date)),
  actor: { id: actorId, origin: 'test' },
});

const termsOf = (seller: 'bit' | 'vitrumnet'): OfferTerms =>
  seller === 'bit'
    ? {
        contractKind: 'indefinite',
        service: 'link',
        description: 'Link Ede–Amsterdam 1 Gbit/s',
        termMonths: null,
        paymentTermMonths: null,
        recurringCents: 30_000,
        oneTimeCents: 0,
        orderTotalInclVatCents: 36_300,
      }
    : {
        contractKind: 'fixed-term',
        service: 'access',
        description: 'Access 1 Gbit/s',
        termMonths: 12,
        paymentTermMonths: null,
        recurringCents: 25_000,
        oneTimeCents: 0,
        orderTotalInclVatCents: 30_250,
      };

/**
 * A contract of the seller formed on `formedOn` and delivered the same day, with an active service on
 * a NAP of its own (written directly: the network order flow is another subject).
 */
export async function contractWithService(
  db: Db,
  seller: 'bit' | 'vitrumnet',
  customerId: string,
  formedOn: string,
  providerId: string | null = null,
): Promise<{ contractId: string; serviceId: string; napId: string }> {
  const on = contextOn(db, formedOn, 'user:sales');
  const quote = await createQuote(on, { sellerId: seller, customerId, terms: termsOf(seller) });
  const order = await placeOrder(on, { quoteId: quote.id });
  let formed;
  if (seller === 'bit') formed = await recordOrderAction(on, { orderId: order.id, action: 'confirm' });
  else {
    await recordOrderAction(on, { orderId: order.id, action: 'record-signed-form' });
    formed = await recordOrderAction(on, { orderId: order.id, action: 'accept' });
  }
  const contractId = formed.contract!.id;
  await recordOrderAction(on, { orderId: order.id, action: 'activate' });
  const napId = await seedNap(db, customerId);
  const at = `${formedOn}T09:00:00Z`;
  const [networkOrder] = await db
    .insert(networkOrders)
    .values({
      kind: providerId ? 'third-party-service' : 'access',
      providerId,
      customerId,
      napId,
      spec: {},
      state: 'active',
      contractId,
      submittedAt: at,
      updatedAt: at,
    })
    .returning({ id: networkOrders.id });
  const [service] = await db
    .insert(networkServices)
    .values({
      orderId: networkOrder!.id,
      customerId,
      providerId,
      napId,
      contractId,
      state: 'active',
      openedOn: formedOn,
      createdAt: at,
    })
    .returning({ id: networkServices.id });
  return { contractId, serviceId: service!.id, napId };
}

export async function serviceState(db: Db, serviceId: string): Promise<string> {
  const [row] = await db.select().from(networkServices).where(eq(networkServices.id, serviceId));
  return row!.state;
}

/** The provisioning actions queued for a service, in the order the network must apply them. */
export async function provisioningOf(db: Db, serviceId: string): Promise<string[]> {
  const jobs = await db
    .select()
    .from(provisioningJobs)
    .where(eq(provisioningJobs.subject, `service:${serviceId}`));
  return jobs.sort((a, b) => a.seq - b.seq).map((job) => job.action);
}
