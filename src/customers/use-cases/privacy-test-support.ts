import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { invoiceLines, invoices } from '../../billing/schema.ts';
import { complaints } from '../../collections/schema.ts';
import { placeOrder, recordOrderAction } from '../../contracts/index.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import { premises } from '../../network/schema.ts';
import { notifyCustomer } from '../../notifications/index.ts';
import { faultTickets } from '../../operations/schema.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { createCustomer } from './create-customer.ts';

/* For the privacy tests only: a customer with personal data in many places. */

export const actor = { id: 'user:privacy', origin: 'test' };

export function on(db: () => Db, date: string): Context {
  return { db: db(), clock: fixedClock(Temporal.PlainDate.from(date)), actor };
}

/** The values the erasure must remove, as a person would search for them. */
export interface Person {
  readonly legalName: string;
  readonly email: string;
  readonly contactName: string;
  readonly phone: string;
  readonly street: string;
  readonly kvkNumber: string;
  readonly iban: string;
  /** A third person named only in free text. */
  readonly neighbour: string;
}

export function personOf(tag: string, kvkNumber: string): Person {
  return {
    legalName: `Zonnebloem${tag} Webdesign`,
    email: `wilma@zonnebloem${tag.toLowerCase()}.example`,
    contactName: `Wilma Zonnebloem${tag}`,
    phone: '+31612345678',
    street: `Klaprooshof${tag}`,
    kvkNumber,
    iban: 'NL20INGB0001234567',
    neighbour: `Klaassen${tag}`,
  };
}

const colocation: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: '1U colocation, Ede',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 30_000,
  oneTimeCents: 15_000,
  orderTotalInclVatCents: 163_350,
};

export interface Seeded {
  readonly customerId: string;
  readonly contractId: string;
  readonly invoiceId: string;
  readonly invoiceNumber: string;
  readonly invoiceTotalCents: number;
}

/**
 * On 2026-03-02: the customer with a contact, a confirmed contract (not yet ended), an issued
 * invoice of € 181,50 not yet paid, a message, a fault ticket naming a neighbour, a complaint and
 * premises.
 */
export async function seedCustomerWithHistory(db: () => Db, person: Person, number: string): Promise<Seeded> {
  const context = on(db, '2026-03-02');
  const customer = await createCustomer(context, {
    legalName: person.legalName,
    kvkNumber: person.kvkNumber,
    iban: person.iban,
    email: person.email,
    billingAddress: {
      street: person.street,
      houseNumber: '7',
      postcode: '3811 AB',
      city: 'Amersfoort',
      country: 'NL',
    },
    contacts: [
      {
        name: person.contactName,
        roles: ['primary', 'technical', 'fault'],
        email: person.email,
        phoneOfficeHours: person.phone,
        phoneOutsideOfficeHours: '+31687654321',
      },
    ],
  });
  const order = await placeOrder(context, {
    profileId: 'bit-2016-10-25',
    customerId: customer.id,
    terms: colocation,
  });
  const { contract } = await recordOrderAction(context, { orderId: order.id, action: 'confirm' });
  const invoiceId = await issuedInvoice(db(), customer.id, person, number);
  await db().transaction(async (tx) => {
    await notifyCustomer(tx, context, customer.id, ['technical'], {
      kind: 'fault-update',
      about: `customer:${customer.id}`,
      subject: `Storing bij ${person.legalName}`,
      body: `Beste ${person.contactName}, uw storing is opgelost. Bel ${person.phone} bij vragen.`,
      because: ['vn:6.4.9'],
    });
  });
  await db()
    .insert(faultTickets)
    .values({
      sellerId: 'bit',
      customerId: customer.id,
      kind: 'other',
      channel: 'phone',
      report: {
        reporterName: person.contactName,
        customerName: person.legalName,
        contactPerson: person.contactName,
        contactPhone: person.phone,
        description: `No light since ${person.neighbour} next door started digging`,
        phoneOfficeHours: person.phone,
        phoneOutsideOfficeHours: '+31687654321',
        endPointA: `${person.street} 7, Amersfoort`,
        endPointB: 'POP Amersfoort',
      },
      reportedAt: '2026-03-02T09:00:00Z',
      reportedBy: 'user:noc',
      state: 'acknowledged',
      createdAt: '2026-03-02T09:00:00Z',
    });
  await db()
    .insert(complaints)
    .values({
      sellerId: 'bit',
      customerId: customer.id,
      about: 'delivery',
      countsFrom: '2026-03-01',
      receivedOn: '2026-03-02',
      channel: 'email',
      description: `${person.contactName} says the technician was late`,
      inTime: true,
      because: ['bit:9.1'],
      recordedAt: '2026-03-02T10:00:00Z',
      recordedBy: 'user:clerk',
    });
  await db()
    .insert(premises)
    .values({
      address: {
        street: 'Stationsplein',
        houseNumber: '1',
        postcode: '3818 LE',
        city: 'Amersfoort',
        country: 'NL',
      },
      customerId: customer.id,
      createdAt: '2026-03-02T10:00:00Z',
    });
  return {
    customerId: customer.id,
    contractId: contract!.id,
    invoiceId,
    invoiceNumber: number,
    invoiceTotalCents: 18_150,
  };
}

/** An issued invoice with the customer's snapshot, as billing leaves it. */
async function issuedInvoice(db: Db, customerId: string, person: Person, number: string): Promise<string> {
  const [seller] = await queryRows<{ legal_name: string }>(
    db,
    sql`select legal_name from sellers where id = 'bit'`,
  );
  const address = {
    street: person.street,
    houseNumber: '7',
    postcode: '3811 AB',
    city: 'Amersfoort',
    country: 'NL',
  };
  const [invoice] = await db
    .insert(invoices)
    .values({
      kind: 'invoice',
      state: 'issued',
      sellerId: 'bit',
      customerId,
      series: 'BIT',
      number,
      issuedOn: '2026-03-02',
      dueOn: '2026-03-16',
      paymentTermDays: 14,
      language: 'nl',
      seller: {
        id: 'bit',
        legalName: seller!.legal_name,
        kvkNumber: '09090000',
        vatId: 'NL000099998B57',
        address: {
          street: 'Galileïlaan',
          houseNumber: '19',
          postcode: '6716 BP',
          city: 'Ede',
          country: 'NL',
        },
        email: null,
        iban: 'NL91ABNA0417164300',
        bic: 'ABNANL2A',
      },
      customer: {
        id: customerId,
        legalName: person.legalName,
        kind: 'business',
        kvkNumber: person.kvkNumber,
        vatId: null,
        address,
        email: person.email,
        iban: null,
        bic: null,
      },
      reverseCharge: false,
      notes: [],
      netCents: 15_000,
      vatCents: 3_150,
      totalCents: 18_150,
      vatSubtotals: [],
      because: ['nl:vat'],
      createdAt: '2026-03-02T08:00:00Z',
      issuedAt: '2026-03-02T08:00:00Z',
      issuedBy: 'user:billing',
    })
    .returning({ id: invoices.id });
  await db.insert(invoiceLines).values({
    invoiceId: invoice!.id,
    position: 1,
    source: 'charge',
    description: 'Installation',
    quantity: '1',
    unitCode: 'C62',
    unitPriceCents: '15000',
    netCents: 15_000,
    vatCategory: 'S',
    vatPercent: '21',
    because: [],
    figures: {},
  });
  return invoice!.id;
}

/** As the next bill run would: the charges the contract raised (a cancellation fee) put on an invoice. */
export async function billPendingCharges(db: Db, customerId: string, invoiceId: string): Promise<void> {
  await db.execute(
    sql`update pending_charges set invoice_id = ${invoiceId} where customer_id = ${customerId} and invoice_id is null`,
  );
}
