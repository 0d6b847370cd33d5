import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { draftBillRun, getInvoice, issueBillRun, listInvoices, startBillRun } from '../../billing/index.ts';
import type { InvoiceView } from '../../billing/index.ts';
import { addProduct } from '../../catalog/index.ts';
import { seedNetworkService } from '../../catalog/use-cases/test-support.ts';
import { createQuote, placeOrder, recordOrderAction } from '../../contracts/index.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import { createCustomer } from '../../customers/index.ts';
import { networkServices } from '../../network/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';

const clerk: Actor = { id: 'user:abuse-desk', origin: 'test' };

/** A context on `date` at noon-free midnight UTC of the fixed clock. */
export const contextOn =
  (db: () => Db) =>
  (date: string, actor: Actor = clerk): Context => ({
    db: db(),
    clock: fixedClock(Temporal.PlainDate.from(date)),
    actor,
  });

let counter = 0;
const unique = (prefix: string) => `${prefix}${process.pid % 1000}${++counter}`;

export interface RunningContract {
  readonly customerId: string;
  readonly contractId: string;
  readonly serviceId: string;
  readonly productId: string;
}

/**
 * A customer with a contract of `sellerId` started on `startOn` and one active service on the network
 * under it: VitrumNet 12 months of access at € 250 a quarter with € 350 once; BIT the same prices
 * for an indefinite colocation contract.
 */
export async function runningContract(
  on: (date: string) => Context,
  sellerId: 'vitrumnet' | 'bit',
  startOn: string,
  termMonths: number | null = sellerId === 'vitrumnet' ? 12 : null,
): Promise<RunningContract> {
  const before = Temporal.PlainDate.from(startOn).subtract({ days: 20 }).toString();
  const code = unique('AB');
  const product = await addProduct(on(before), {
    sellerId,
    code,
    name: `Access ${code}`,
    kind: sellerId === 'vitrumnet' ? 'access' : 'colocation',
    vatCategory: 'standard',
    firstPrice: { amountCents: 25_000 },
  });
  const kvk = String(70_000_000 + (process.pid % 1000) * 1000 + counter);
  const customer = await createCustomer(on(before), {
    legalName: `Abuse Test ${code} B.V.`,
    kvkNumber: kvk,
    email: `abuse@${code.toLowerCase()}.example`,
    billingAddress: { street: 'Markt', houseNumber: '1', postcode: '3311 BD', city: 'Dordrecht' },
    contacts: [
      { name: 'Sanne Jansen', roles: ['primary', 'technical'], email: `sanne@${code.toLowerCase()}.example` },
    ],
  });
  const terms: OfferTerms = {
    contractKind: termMonths === null ? 'indefinite' : 'fixed-term',
    service: sellerId === 'vitrumnet' ? 'access' : 'colocation',
    description: `Access ${code}`,
    termMonths,
    paymentTermMonths: null,
    recurringCents: 25_000,
    oneTimeCents: 35_000,
    orderTotalInclVatCents: 72_600,
    productId: product.id,
  };
  const quote = await createQuote(on(before), { sellerId, customerId: customer.id, terms });
  const order = await placeOrder(on(before), { quoteId: quote.id });
  let contractId: string;
  if (sellerId === 'vitrumnet') {
    await recordOrderAction(on(before), { orderId: order.id, action: 'record-signed-form' });
    contractId = (await recordOrderAction(on(before), { orderId: order.id, action: 'accept' })).contract!.id;
  } else {
    contractId = (await recordOrderAction(on(before), { orderId: order.id, action: 'confirm' })).contract!.id;
  }
  await recordOrderAction(on(startOn), { orderId: order.id, action: 'activate' });
  const db = on(startOn).db;
  const serviceId = await seedNetworkService(db, customer.id, product.id, 'active');
  await db.update(networkServices).set({ contractId }).where(eq(networkServices.id, serviceId));
  return { customerId: customer.id, contractId, serviceId, productId: product.id };
}

/** The seller's bill run for `period`, started, drafted and issued on `date`; the customer's invoice. */
export async function billPeriod(
  on: (date: string) => Context,
  sellerId: string,
  period: string,
  date: string,
  customerId: string,
): Promise<InvoiceView | undefined> {
  const started = await startBillRun(on(date), { sellerId, period });
  await draftBillRun(on(date), started.id);
  const run = await issueBillRun(on(date), started.id);
  const { invoices } = await listInvoices(on(date).db, { billRunId: run.id });
  const mine = invoices.find((invoice) => invoice.customerId === customerId);
  return mine && getInvoice(on(date).db, mine.id);
}
