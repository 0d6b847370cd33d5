import { Temporal } from 'temporal-polyfill';
import { draftBillRun, issueBillRun, listInvoices, startBillRun } from '../../src/billing/index.ts';
import { addProduct } from '../../src/catalog/index.ts';
import { placeOrder, publishTermsVersion, recordOrderAction } from '../../src/contracts/index.ts';
import type { OfferTerms } from '../../src/contracts/index.ts';
import { createCustomer } from '../../src/customers/index.ts';
import { addCable } from '../../src/network/use-cases/add-cable.ts';
import { addNap } from '../../src/network/use-cases/add-nap.ts';
import { addPremises } from '../../src/network/use-cases/add-premises.ts';
import { changeNapState } from '../../src/network/use-cases/change-nap-state.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Context } from '../../src/platform/context.ts';
import type { Db } from '../../src/platform/database/index.ts';
import { admitProvider } from '../../src/providers/index.ts';
import { findShippedProfile } from '../../src/terms/index.ts';

/*
 * The portal journeys' data, made by the real use cases:
 * - a provider admitted with its service in VitrumNet's catalog, and an end user whose premises have
 *   an active NAP on a cable (what the provider orders on, vn:2.3.3);
 * - a customer of BIT with a running 12-month colocation contract (what the customer gives notice on);
 * - a customer of VitrumNet with a running access contract, for which a new version of VitrumNet's
 *   terms, published on 16 November 2026, was notified (what the customer objects to, vn:1.1.4).
 */

const on = (db: Db, date: string): Context => ({
  db,
  clock: fixedClock(Temporal.PlainDate.from(date)),
  actor: { id: 'test', origin: 'test' },
});

export const END_USER_NAME = 'Bakkerij De Korenaar B.V.';
export const NOTICE_CUSTOMER_NAME = 'Drukkerij Veluwezoom B.V.';
export const TERMS_CUSTOMER_NAME = 'Kaasmakerij Alblasserwaard B.V.';

export interface ProviderSeed {
  readonly providerId: string;
  readonly productId: string;
  readonly endUserId: string;
  readonly napId: string;
}

export async function seedProviderOrderNetwork(db: Db): Promise<ProviderSeed> {
  const endUser = await createCustomer(on(db, '2026-10-01'), {
    legalName: END_USER_NAME,
    kvkNumber: '24345678',
    email: 'administratie@korenaar.example',
    billingAddress: { street: 'Voorstraat', houseNumber: '12', postcode: '3311 ER', city: 'Dordrecht' },
    contacts: [
      {
        name: 'Els de Wit',
        roles: ['primary', 'technical', 'fault'],
        email: 'els@korenaar.example',
        phoneOfficeHours: '078 613 2200',
        phoneOutsideOfficeHours: '06 12345678',
      },
    ],
  });
  const premises = await addPremises(on(db, '2026-10-01'), {
    address: { street: 'Voorstraat', houseNumber: '12', postcode: '3311 ER', city: 'Dordrecht' },
    customerId: endUser.id,
  });
  await addCable(on(db, '2026-10-01'), { id: 'DDR-VOORSTRAAT-01', fiberCount: 48 });
  const nap = await addNap(on(db, '2026-10-01'), {
    premisesId: premises.id,
    cableId: 'DDR-VOORSTRAAT-01',
    fiber: 7,
  });
  await changeNapState(on(db, '2026-10-02'), { napId: nap.id, state: 'active' });
  const { provider } = await admitProvider(on(db, '2026-10-01'), {
    name: 'Glasnet Diensten B.V.',
    email: 'orders@glasnet.example',
    helpdeskPhone: '085 123 4567',
  });
  const product = await addProduct(on(db, '2026-10-01'), {
    sellerId: 'vitrumnet',
    code: 'GLASNET-1000',
    name: 'Glasnet internet 1 Gbit/s',
    kind: 'third-party-service',
    vatCategory: 'standard',
    providerId: provider.id,
    firstPrice: { amountCents: 0 },
  });
  return { providerId: provider.id, productId: product.id, endUserId: endUser.id, napId: nap.id };
}

const colocation: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: 'Colocatie 1U, Ede',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 30_000,
  oneTimeCents: 15_000,
  orderTotalInclVatCents: 163_350,
};

export interface NoticeSeed {
  readonly customerId: string;
  readonly contractId: string;
  /** Its BIT invoice for 2026-Q4, issued on 1 October 2026. */
  readonly invoiceNumber: string | null;
}

export async function seedNoticeCustomer(db: Db): Promise<NoticeSeed> {
  const customer = await createCustomer(on(db, '2026-01-02'), {
    legalName: NOTICE_CUSTOMER_NAME,
    kvkNumber: '09123456',
    email: 'info@veluwezoom.example',
    billingAddress: { street: 'Arnhemseweg', houseNumber: '5', postcode: '6711 HA', city: 'Ede' },
    contacts: [{ name: 'Pieter Smit', roles: ['primary', 'billing'], email: 'pieter@veluwezoom.example' }],
  });
  const order = await placeOrder(on(db, '2026-01-05'), {
    sellerId: 'bit',
    customerId: customer.id,
    terms: colocation,
  });
  const { contract } = await recordOrderAction(on(db, '2026-01-06'), {
    orderId: order.id,
    action: 'confirm',
  });
  await recordOrderAction(on(db, '2026-02-01'), { orderId: order.id, action: 'activate' });
  const run = await startBillRun(on(db, '2026-10-01'), { sellerId: 'bit', period: '2026-Q4' });
  await draftBillRun(on(db, '2026-10-01'), run.id);
  await issueBillRun(on(db, '2026-10-01'), run.id);
  const { invoices } = await listInvoices(db, { customerId: customer.id, state: 'issued' });
  return { customerId: customer.id, contractId: contract!.id, invoiceNumber: invoices[0]?.number ?? null };
}

export interface TermsSeed {
  readonly customerId: string;
  readonly contractId: string;
  /** The new version: VitrumNet 2.6, published on 16 November 2026 (objections until 16 December). */
  readonly versionId: string;
}

export async function seedTermsCustomer(db: Db): Promise<TermsSeed> {
  const current = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
  const customer = await createCustomer(on(db, '2026-01-02'), {
    legalName: TERMS_CUSTOMER_NAME,
    kvkNumber: '23456789',
    email: 'info@kaasmakerij.example',
    billingAddress: { street: 'Kerkstraat', houseNumber: '8', postcode: '2971 AK', city: 'Bleskensgraaf' },
    contacts: [{ name: 'Marieke Verhoef', roles: ['primary'], email: 'marieke@kaasmakerij.example' }],
  });
  const order = await placeOrder(on(db, '2026-01-05'), {
    profileId: current.id,
    customerId: customer.id,
    terms: { ...colocation, service: 'access', description: 'Toegang, Bleskensgraaf', termMonths: 24 },
  });
  await recordOrderAction(on(db, '2026-01-05'), { orderId: order.id, action: 'record-signed-form' });
  const { contract } = await recordOrderAction(on(db, '2026-02-01'), {
    orderId: order.id,
    action: 'activate',
  });
  const version = {
    ...current,
    id: 'vitrumnet-2.6-2026-11-16',
    version: '2.6',
    publishedOn: '2026-11-16',
    contracts: {
      ...current.contracts,
      fixedTerm: { ...current.contracts.fixedTerm!, notice: { months: 3, days: 0 } },
    },
  };
  await publishTermsVersion(on(db, '2026-11-16'), { document: version, supersedes: current.id });
  return { customerId: customer.id, contractId: contract!.id, versionId: version.id };
}
