import { Temporal } from 'temporal-polyfill';
import {
  createSubscription,
  draftBillRun,
  issueBillRun,
  listInvoices,
  startBillRun,
} from '../../src/billing/index.ts';
import { addProduct } from '../../src/catalog/index.ts';
import { recordComplaint } from '../../src/collections/index.ts';
import { createQuote, placeOrder, recordOrderAction } from '../../src/contracts/index.ts';
import type { OfferTerms } from '../../src/contracts/index.ts';
import { createCustomer } from '../../src/customers/index.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Context } from '../../src/platform/context.ts';
import type { Db } from '../../src/platform/database/index.ts';
import { seedCustomers } from '../support/customers.ts';

/*
 * The billing journeys' customer: colocation 1U in Ede with BIT at € 450,00 a quarter plus € 150,00
 * installation, from quote to a contract handed over on 1 October 2026. Its 2026-Q4 invoice is
 * € 600,00 net + 21 % VAT = € 726,00 (bit:11.1 in advance), due 15 October (bit:11.3: 14 days).
 */

export const BIT_IBAN = 'NL91ABNA0417164300';
export const CUSTOMER_NAME = 'Serverhuis Veluwe B.V.';

const contextOn = (db: Db, date: string): Context => ({
  db,
  clock: fixedClock(Temporal.PlainDate.from(date)),
  actor: { id: 'test', origin: 'test' },
});

/**
 * Two VitrumNet customers billed € 100,00 + 21 % VAT = € 121,00 for 2026-Q4 on 1 October, due
 * 31 October (vn:7.1.5: 30 days), neither paid: CU-LATE1 is due its reminder from 7 November
 * (+7 days), CU-LATE2 disputes € 60,50 of its invoice (received 5 October, in time).
 */
export async function seedLatePayers(db: Db): Promise<{ disputedNumber: string }> {
  const on = (date: string) => contextOn(db, date);
  await seedCustomers(db, ['CU-LATE1', 'CU-LATE2']);
  for (const customerId of ['CU-LATE1', 'CU-LATE2'])
    await createSubscription(on('2026-09-15'), {
      sellerId: 'vitrumnet',
      customerId,
      description: 'Glasvezel 1 Gbit/s',
      priceCents: 10_000,
      startsOn: Temporal.PlainDate.from('2026-10-01'),
    });
  const run = await startBillRun(on('2026-10-01'), { sellerId: 'vitrumnet', period: '2026-Q4' });
  await draftBillRun(on('2026-10-01'), run.id);
  await issueBillRun(on('2026-10-01'), run.id);
  const { invoices } = await listInvoices(db, { billRunId: run.id, customerId: 'CU-LATE2' });
  const disputedNumber = invoices[0]!.number!;
  await recordComplaint(on('2026-10-05'), {
    sellerId: 'vitrumnet',
    customerId: 'CU-LATE2',
    about: 'invoice',
    invoiceNumber: disputedNumber,
    receivedOn: Temporal.PlainDate.from('2026-10-05'),
    channel: 'email',
    description: 'De helft van het kwartaal was er geen verbinding',
    disputedCents: 6_050,
  });
  return { disputedNumber };
}

export async function seedColocationCustomer(db: Db): Promise<{ customerId: string; contractId: string }> {
  const on = (date: string) => contextOn(db, date);
  const product = await addProduct(on('2026-09-01'), {
    sellerId: 'bit',
    code: 'COLO-1U-EDE',
    name: 'Colocation 1U, Ede',
    kind: 'colocation',
    vatCategory: 'standard',
    firstPrice: { amountCents: 45_000 },
  });
  const customer = await createCustomer(on('2026-09-01'), {
    legalName: CUSTOMER_NAME,
    kvkNumber: '30281234',
    email: 'facturen@serverhuis.example',
    billingAddress: { street: 'Markt', houseNumber: '1', postcode: '6711 AA', city: 'Ede' },
    contacts: [{ name: 'Sanne Jansen', roles: ['primary', 'billing'], email: 'sanne@serverhuis.example' }],
  });
  const terms: OfferTerms = {
    contractKind: 'indefinite',
    service: 'colocation',
    description: 'Colocation 1U, Ede',
    termMonths: null,
    paymentTermMonths: null,
    recurringCents: 45_000,
    oneTimeCents: 15_000,
    orderTotalInclVatCents: 72_600,
    productId: product.id,
  };
  const quote = await createQuote(on('2026-09-07'), { sellerId: 'bit', customerId: customer.id, terms });
  const order = await placeOrder(on('2026-09-08'), { quoteId: quote.id });
  const { contract } = await recordOrderAction(on('2026-09-09'), { orderId: order.id, action: 'confirm' });
  await recordOrderAction(on('2026-10-01'), { orderId: order.id, action: 'activate' });
  return { customerId: customer.id, contractId: contract!.id };
}
