import { billRuns, invoiceLines, invoices, usageRecords } from '../../src/billing/schema.ts';
import { products } from '../../src/catalog/schema.ts';
import {
  disputes,
  dunningCases,
  dunningLetters,
  paymentAllocations,
  payments,
} from '../../src/collections/schema.ts';
import { cpeDevices, networkOrders } from '../../src/network/schema.ts';
import { faultTickets } from '../../src/operations/schema.ts';
import type { Db } from '../../src/platform/database/index.ts';
import { providers } from '../../src/providers/schema.ts';
import { seedCustomers } from './customers.ts';

/*
 * The hand-worked data of the back-office home and dashboards (today 2026-11-22, noon in Amsterdam),
 * written directly so the figures are exactly what the tests say. Seller `bit`:
 *
 *   invoice    customer issued      due          total   then                                   open 22-11  days late
 *   BO-A       BO-C1    2026-10-01  2026-10-23   363.00  credit note 121.00 (05-11), paid 42.00 200.00       30
 *   BO-B       BO-C1    2026-07-01  2026-08-23   508.20  paid 100.00 on 01-09, returned 05-09  508.20       91
 *   BO-D       BO-C1    2026-11-01  2026-11-22   100.00                                         100.00        0
 *   BO-E       BO-C2    2026-10-01  2026-10-22    70.00  disputed in full (open)                 70.00       31
 *   BO-F       BO-C2    2026-08-01  2026-09-22    30.00                                          30.00       61
 *   BO-G       BO-C2    2026-10-01  2026-10-15    50.00  paid in full                             0.00
 *
 * Recurring lines: BO-A 300.00 (fiber product), BO-B 300.00 (fiber) + 120.00 (no product); the credit
 * note takes 100.00 of the fiber fee back in Q4. A draft invoice and a usage line count for nothing.
 */

export const SEED_NOW = '2026-11-22T11:00:00Z';
const at = '2026-11-01T09:00:00Z';
const party = { name: 'x' } as never;

function invoice(
  id: string,
  customerId: string,
  issuedOn: string,
  dueOn: string,
  totalCents: number,
  extra: Partial<typeof invoices.$inferInsert> = {},
): typeof invoices.$inferInsert {
  return {
    id,
    kind: 'invoice',
    state: 'issued',
    sellerId: 'bit',
    customerId,
    series: 'BOT',
    number: id,
    issuedOn,
    dueOn,
    paymentTermDays: 14,
    language: 'nl',
    seller: party,
    customer: party,
    reverseCharge: false,
    notes: [],
    netCents: totalCents,
    vatCents: 0,
    totalCents,
    vatSubtotals: [],
    because: [],
    createdAt: at,
    ...extra,
  };
}

function line(
  invoiceId: string,
  position: number,
  source: 'recurring' | 'usage' | 'correction',
  netCents: number,
  extra: Partial<typeof invoiceLines.$inferInsert> = {},
): typeof invoiceLines.$inferInsert {
  return {
    invoiceId,
    position,
    source,
    description: `${source} ${position}`,
    quantity: '1',
    unitCode: 'C62',
    unitPriceCents: String(netCents),
    netCents,
    vatCategory: 'S',
    vatPercent: '21',
    because: [],
    figures: {},
    ...extra,
  };
}

export async function seedBackOfficeFigures(db: Db): Promise<void> {
  await seedCustomers(db, ['BO-C1', 'BO-C2', 'BO-C3']);
  await db.insert(products).values([
    {
      id: 'BO-P1',
      sellerId: 'bit',
      code: 'BO-FIBER',
      name: 'Glasvezel 1 Gbit/s',
      kind: 'access' as const,
      vatCategory: 'standard' as const,
      createdAt: at,
    },
    {
      id: 'BO-P2',
      sellerId: 'bit',
      code: 'BO-TRAFFIC',
      name: 'Dataverkeer',
      kind: 'usage-traffic' as const,
      vatCategory: 'standard' as const,
      createdAt: at,
    },
  ]);
  await db.insert(invoices).values([
    invoice('BO-A', 'BO-C1', '2026-10-01', '2026-10-23', 36300),
    invoice('BO-B', 'BO-C1', '2026-07-01', '2026-08-23', 50820),
    invoice('BO-D', 'BO-C1', '2026-11-01', '2026-11-22', 10000),
    invoice('BO-E', 'BO-C2', '2026-10-01', '2026-10-22', 7000),
    invoice('BO-F', 'BO-C2', '2026-08-01', '2026-09-22', 3000),
    invoice('BO-G', 'BO-C2', '2026-10-01', '2026-10-15', 5000),
    invoice('BO-CN', 'BO-C1', '2026-11-05', '2026-11-05', 12100, { kind: 'credit-note', correctsId: 'BO-A' }),
    invoice('BO-DRAFT', 'BO-C1', '2026-11-20', '2026-12-04', 99900, {
      state: 'draft',
      series: null,
      number: null,
    }),
  ]);
  await db
    .insert(invoiceLines)
    .values([
      line('BO-A', 1, 'recurring', 30000, { productId: 'BO-P1', subscriptionId: 'BO-SUB-1' }),
      line('BO-A', 2, 'usage', 5000, { productId: 'BO-P2' }),
      line('BO-B', 1, 'recurring', 30000, { productId: 'BO-P1', subscriptionId: 'BO-SUB-1' }),
      line('BO-B', 2, 'recurring', 12000, { subscriptionId: 'BO-SUB-2' }),
      line('BO-CN', 1, 'correction', 10000, { productId: 'BO-P1', subscriptionId: 'BO-SUB-1' }),
      line('BO-DRAFT', 1, 'recurring', 99900, { productId: 'BO-P1', subscriptionId: 'BO-SUB-1' }),
    ]);
  await db
    .insert(payments)
    .values([
      payment('BO-PAY-1', 'BO-C1', 4200, '2026-11-10'),
      payment('BO-PAY-2', 'BO-C1', 10000, '2026-09-01', { returnedOn: '2026-09-05' }),
      payment('BO-PAY-3', 'BO-C2', 5000, '2026-10-10'),
      payment('BO-PAY-4', null, 1250, '2026-11-20', { remittance: 'onbekende betaling' }),
      payment('BO-PAY-5', null, 990, '2026-11-21', { sellerId: 'vitrumnet' }),
    ]);
  await db
    .insert(paymentAllocations)
    .values([
      allocation('BO-PAY-1', 'BO-C1', 'BO-A', 4200, '2026-11-10'),
      allocation('BO-PAY-2', 'BO-C1', 'BO-B', 10000, '2026-09-01', '2026-09-05'),
      allocation('BO-PAY-3', 'BO-C2', 'BO-G', 5000, '2026-10-10'),
    ]);
  await db.insert(disputes).values([
    {
      id: 'BO-DSP-1',
      invoiceId: 'BO-E',
      customerId: 'BO-C2',
      amountCents: 7000,
      reason: 'niet geleverd',
      openedOn: '2026-11-02',
      state: 'open',
    },
    {
      id: 'BO-DSP-2',
      invoiceId: 'BO-G',
      customerId: 'BO-C2',
      amountCents: 1000,
      reason: 'te hoog',
      openedOn: '2026-10-20',
      state: 'upheld',
      resolvedOn: '2026-10-25',
    },
  ]);
  // BO-C2 had its reminder on 20-11: the next step (collection costs, 14 days) is not due today.
  await db
    .insert(dunningCases)
    .values({ id: 'BO-DC-1', sellerId: 'bit', customerId: 'BO-C2', openedOn: '2026-11-20' });
  await db.insert(dunningLetters).values({
    caseId: 'BO-DC-1',
    step: 'reminder',
    sentOn: '2026-11-20',
    payBy: '2026-11-27',
    letter: {},
    totalCents: 3000,
    because: [],
  });
  await db.insert(billRuns).values({
    id: 'BO-BR-1',
    sellerId: 'bit',
    period: '2026-Q4',
    periodFrom: '2026-10-01',
    periodTo: '2026-12-31',
    invoiceDate: '2026-10-01',
    state: 'issued',
    chunks: 1,
    customers: 1,
    createdAt: at,
    createdBy: 'test',
  });
  await db
    .insert(usageRecords)
    .values([
      usage('BO-U1', 'BO-C1', '2026-10-03', '12.5'),
      usage('BO-U2', 'BO-C1', '2026-10-28', '7.25'),
      usage('BO-U3', 'BO-C2', '2026-11-02', '40'),
    ]);
  await seedOperations(db);
}

async function seedOperations(db: Db): Promise<void> {
  const ticket = (id: string, maximumBy: string, state = 'in-progress') => ({
    id,
    sellerId: 'vitrumnet',
    customerId: 'BO-C3',
    kind: 'fiber-break' as const,
    channel: 'back-office' as const,
    report: {
      reporterName: 'NOC',
      customerName: 'Customer BO-C3',
      contactPerson: 'Jan',
      contactPhone: '0318000000',
      description: 'Glasvezelbreuk',
      phoneOfficeHours: '0318000000',
      phoneOutsideOfficeHours: '0318000000',
      endPointA: 'A',
      endPointB: 'B',
    },
    reportedAt: '2026-11-21T09:00:00Z',
    reportedBy: 'test',
    state: state as never,
    fiberCount: 48,
    maximumBy,
    createdAt: '2026-11-21T09:00:00Z',
  });
  // Now is 22-11 11:00Z: FLT breached an hour ago, one warned (max in an hour), one with time left, one resolved.
  await db
    .insert(faultTickets)
    .values([
      ticket('BO-FLT-1', '2026-11-22T10:00:00Z'),
      ticket('BO-FLT-2', '2026-11-22T12:00:00Z'),
      ticket('BO-FLT-3', '2026-11-22T16:00:00Z'),
      ticket('BO-FLT-4', '2026-11-22T08:00:00Z', 'resolved'),
    ]);
  await db
    .insert(cpeDevices)
    .values([cpe('BO-CPE-1', 'SN-OVERDUE', '2026-11-15'), cpe('BO-CPE-2', 'SN-NOT-YET', '2026-11-25')]);
  await db.insert(providers).values({
    id: 'BO-TP-1',
    name: 'Provider BO',
    email: 'noc@provider.example',
    admittedOn: '2026-01-01',
    createdAt: at,
  });
  await db
    .insert(networkOrders)
    .values([
      order('BO-NO-1', 'accepted', 'BO-TP-1', '2026-12-01'),
      order('BO-NO-2', 'submitted', 'BO-TP-1', '2026-12-02'),
      order('BO-NO-3', 'accepted', null, '2026-12-03'),
    ]);
}

function payment(
  id: string,
  customerId: string | null,
  amountCents: number,
  valueDate: string,
  extra: Partial<typeof payments.$inferInsert> = {},
): typeof payments.$inferInsert {
  return {
    id,
    sellerId: 'bit',
    customerId,
    source: 'bank',
    amountCents,
    valueDate,
    remittance: id,
    recordedAt: at,
    recordedBy: 'test',
    ...extra,
  };
}

function allocation(
  paymentId: string,
  customerId: string,
  invoiceId: string,
  amountCents: number,
  allocatedOn: string,
  reversedOn: string | null = null,
): typeof paymentAllocations.$inferInsert {
  return {
    paymentId,
    customerId,
    invoiceId,
    component: 'principal',
    amountCents,
    allocatedOn,
    because: [],
    reversedOn,
  };
}

function usage(recordId: string, customerId: string, occurredOn: string, quantity: string) {
  return {
    sellerId: 'bit',
    recordId,
    customerId,
    productId: 'BO-P2',
    quantity,
    occurredOn,
    because: [],
    receivedAt: at,
  };
}

function cpe(id: string, serialNumber: string, returnDueOn: string): typeof cpeDevices.$inferInsert {
  return {
    id,
    serialNumber,
    model: 'Switch 8',
    ports: 8,
    sticker: `ST-${id}`,
    state: 'return-due' as never,
    depositCents: 5000,
    customerId: 'BO-C3',
    returnDueOn,
    createdAt: at,
  };
}

function order(id: string, state: string, providerId: string | null, requestedOn: string) {
  return {
    id,
    productId: 'BO-P1',
    kind: 'access' as const,
    providerId,
    customerId: 'BO-C3',
    spec: {},
    requestedOn,
    state: state as never,
    submittedAt: '2026-11-15T10:00:00Z',
    updatedAt: '2026-11-16T10:00:00Z',
  };
}

interface Injector {
  inject(request: {
    method: 'POST';
    url: string;
    payload: object;
  }): Promise<{ statusCode: number; body: string; json(): unknown }>;
}

const colocation = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: '1U colocatie, Ede',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 30000,
  oneTimeCents: 15000,
  orderTotalInclVatCents: 163350,
};

/**
 * Two BIT colocation contracts of BO-C1 through the API: one started 2026-01-01, whose notice
 * deadline (2026-12-01) falls within 30 days of 2026-11-22; one started 2026-11-10, far from any date.
 */
export async function seedBackOfficeContracts(server: Injector): Promise<string[]> {
  const ids: string[] = [];
  for (const [received, confirmed, activated] of [
    ['2025-12-01', '2025-12-02', '2026-01-01'],
    ['2026-11-02', '2026-11-03', '2026-11-10'],
  ] as const) {
    const post = async (url: string, payload: object) => {
      const response = await server.inject({ method: 'POST', url, payload });
      if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response.json() as { id: string; contractId: string };
    };
    const order = await post('/orders', {
      profileId: 'bit-2016-10-25',
      customerId: 'BO-C1',
      terms: colocation,
      receivedOn: received,
    });
    const done = await post(`/orders/${order.id}/confirm`, { on: confirmed });
    await post(`/orders/${order.id}/activate`, { on: activated });
    ids.push(done.contractId);
  }
  return ids;
}
