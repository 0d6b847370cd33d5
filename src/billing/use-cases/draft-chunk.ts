import { Temporal } from 'temporal-polyfill';
import { productKindOf } from '../../catalog/index.ts';
import type { ProductUnit, VatCategory } from '../../catalog/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { draftInvoice } from '../rules/invoice-draft.ts';
import type { DraftInput, DraftUsage } from '../rules/invoice-draft.ts';
import type { BillRunChunkRow, BillRunRow } from '../store/bill-runs.ts';
import { customerRows, markBilled, openCharges, openUsage, productFacts } from '../store/billing-inputs.ts';
import type { ProductFacts, SellerRow, UsageRecordRow } from '../store/billing-inputs.ts';
import { insertLines, insertRunInvoices, invoicesBillingAfter } from '../store/invoices.ts';
import { trimNumeric } from '../store/numeric-text.ts';
import { setBilledThrough, subscriptionsOfCustomers } from '../store/subscriptions.ts';
import type { SubscriptionRow } from '../store/subscriptions.ts';
import { draftInvoiceRow, invoiceLineRows } from './invoice-row.ts';
import { customerParty, sellerParty, vatCustomerOf } from './invoice-snapshots.ts';

/** UN/ECE recommendation 20 codes for the units products are priced per. */
const UNIT_CODES: Record<ProductUnit, string> = {
  period: 'C62',
  each: 'C62',
  hour: 'HUR',
  GB: 'E34',
  kWh: 'KWH',
  Mbps: 'E20',
};

export interface RunSetting {
  readonly run: BillRunRow;
  readonly seller: SellerRow;
  readonly profile: TermsProfile;
}

/**
 * Drafts the invoices of one chunk of a run in the caller's transaction: reads what each customer
 * owes, prices it by the rules, and stores the drafts with what they bill marked, so that nothing is
 * billed twice. Answers the number of drafts.
 */
export async function draftChunk(
  tx: Context['db'],
  context: Context,
  { run, seller, profile }: RunSetting,
  chunk: BillRunChunkRow,
): Promise<number> {
  const ids = chunk.customerIds;
  const [subs, charges, usage, customers] = [
    await subscriptionsOfCustomers(tx, seller.id, ids),
    await openCharges(tx, seller.id, ids, run.invoiceDate),
    await openUsage(tx, seller.id, ids, run.periodFrom),
    await customerRows(tx, ids),
  ];
  const products = await productFacts(tx, [
    ...subs.flatMap((s) => (s.productId ? [s.productId] : [])),
    ...usage.map((u) => u.productId),
  ]);
  const billedOn = await invoicesBillingAfter(
    tx,
    subs.flatMap((s) =>
      s.endsOn && s.billedThrough && s.billedThrough > s.endsOn
        ? [{ subscriptionId: s.id, after: s.endsOn }]
        : [],
    ),
  );
  const runFrom = Temporal.PlainDate.from(run.periodFrom);
  const invoiceDate = Temporal.PlainDate.from(run.invoiceDate);
  const now = context.clock.now().toString();
  // Grouped once: filtering the chunk's rows per customer costs customers × rows.
  const subsOf = byCustomer(subs);
  const chargesOf = byCustomer(charges);
  const usageOf = byCustomer(usage);
  const contractOf = new Map(subs.map((s) => [s.id, s.contractId]));
  const planned = customers.flatMap((customer) => {
    const input: DraftInput = {
      runFrom,
      invoiceDate,
      customer: vatCustomerOf(customer),
      subscriptions: (subsOf.get(customer.id) ?? []).map((s) => ({
        ...draftSubscription(s, products),
        billedOn: billedOn.get(s.id) ?? [],
      })),
      charges: (chargesOf.get(customer.id) ?? []).map((c) => ({
        ...c,
        vatRate: c.vatCategory,
        because: c.because as RuleId[],
      })),
      usage: (usageOf.get(customer.id) ?? []).map((u) => draftUsage(u, products, contractOf)),
    };
    const draft = draftInvoice(input);
    return draft ? [{ customer, draft }] : [];
  });
  if (planned.length === 0) return 0;
  // Set-based writes, a statement per table per chunk: a million subscriptions are billed in hours
  // of round trips otherwise.
  const invoiceIds = await insertRunInvoices(
    tx,
    planned.map(({ customer, draft }) =>
      draftInvoiceRow({
        kind: draft.kind,
        sellerId: seller.id,
        customerId: customer.id,
        billRunId: run.id,
        correctsId: draft.correctsId,
        paymentTermDays: profile.payment.termDays,
        periodFrom: draft.periodFrom,
        periodTo: draft.periodTo,
        language: customer.language,
        currency: 'EUR',
        seller: sellerParty(seller),
        customer: customerParty(customer),
        amounts: draft.amounts,
        because: [...new Set([...draft.amounts.because, ...profile.payment.rules])],
        createdAt: now,
      }),
    ),
  );
  const withIds = planned.map((plan) => ({ ...plan, invoiceId: invoiceIds.get(plan.customer.id)! }));
  await insertLines(
    tx,
    withIds.flatMap(({ draft, invoiceId }) => invoiceLineRows(invoiceId, draft.lines)),
  );
  await setBilledThrough(
    tx,
    withIds.flatMap(({ draft }) => [...draft.billedThrough].map(([id, through]) => ({ id, through }))),
  );
  await markBilled(tx, {
    charges: withIds.flatMap(({ draft, invoiceId }) =>
      draft.lines.flatMap((l) => (l.chargeId ? [{ id: l.chargeId, invoiceId }] : [])),
    ),
    usage: withIds.flatMap(({ draft, invoiceId }) =>
      draft.lines.flatMap((l) => (l.usageId ? [{ id: l.usageId, invoiceId }] : [])),
    ),
  });
  return planned.length;
}

function byCustomer<Row extends { readonly customerId: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.customerId);
    if (group) group.push(row);
    else groups.set(row.customerId, [row]);
  }
  return groups;
}

function draftSubscription(sub: SubscriptionRow, products: ReadonlyMap<string, ProductFacts>) {
  return {
    id: sub.id,
    cadence: sub.cadence,
    proration: sub.proration,
    priceCents: sub.priceCents,
    listPrices: sub.productId ? (products.get(sub.productId)?.prices ?? []) : [],
    startsOn: sub.startsOn,
    endsOn: sub.endsOn,
    billedThrough: sub.billedThrough,
    because: sub.because as RuleId[],
    contractId: sub.contractId,
    productId: sub.productId,
    description: sub.description,
    vatRate: sub.vatCategory,
  };
}

/** A usage record rated at its product's price on the day it occurred (bit:5.2, vn:7.4). */
function draftUsage(
  record: UsageRecordRow,
  products: ReadonlyMap<string, ProductFacts>,
  contractOf: ReadonlyMap<string, string | null>,
): DraftUsage {
  const product = products.get(record.productId);
  const price = product?.prices.filter((p) => p.from <= record.occurredOn).at(-1);
  if (!product || !price)
    throw new ConflictError(
      `usage record ${record.recordId} of ${record.customerId} cannot be rated: product ${record.productId} ` +
        `has no price on ${record.occurredOn}; schedule one and continue the run`,
    );
  return {
    id: record.id,
    recordId: record.recordId,
    // Usage of a contract's subscription is shown with the contract's other lines.
    contractId: record.subscriptionId ? (contractOf.get(record.subscriptionId) ?? null) : null,
    subscriptionId: record.subscriptionId,
    productId: record.productId,
    description: record.description ?? product.name,
    quantity: trimNumeric(record.quantity),
    unitCode: UNIT_CODES[productKindOf(product.kind).unit],
    unitPriceCents: price.cents,
    vatRate: product.vatCategory as VatCategory,
    occurredOn: record.occurredOn,
    because: record.because as RuleId[],
  };
}
