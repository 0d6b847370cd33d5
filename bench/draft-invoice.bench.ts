import { Temporal } from 'temporal-polyfill';
import { draftInvoice } from '../src/billing/rules/invoice-draft.ts';
import type { DraftInput, DraftSubscription, DraftUsage } from '../src/billing/rules/invoice-draft.ts';
import { vatBreakdown } from '../src/shared/money/index.ts';
import type { VatCategory } from '../src/shared/money/index.ts';
import { defineBenchmark } from './benchmark.ts';

/*
 * The pricing of a bill run on its own: the rules' `draftInvoice` for 1,000 customers shaped like
 * the bill-run bench's (4 quarterly subscriptions, a quarter of traffic), so the rules' share of a
 * run can be followed apart from the database's.
 */

const runFrom = Temporal.PlainDate.from('2027-01-01');

function subscription(customer: number, n: number, started: string): DraftSubscription {
  const priceCents = [4500, 1200, 9900, 300][n]!;
  return {
    id: `sub-${customer}-${n}`,
    cadence: 'quarter',
    proration: 'days',
    priceCents,
    // The access fee's list price rises mid-quarter for 1 customer in 50: two lines (vn:7.4.1).
    listPrices:
      n === 0 && customer % 50 === 0
        ? [
            { from: '2026-01-01', cents: priceCents },
            { from: '2027-02-15', cents: priceCents + 500 },
          ]
        : [],
    startsOn: started,
    endsOn: null,
    billedThrough: started === '2025-03-14' ? '2026-12-31' : null,
    because: ['vn:7.1.5'],
    priceBecause: ['vn:7.4.1'],
    contractId: `contract-${customer}-${n % 2}`,
    productId: `product-${n}`,
    description: `Product ${n}`,
    vatRate: 'standard',
  };
}

function traffic(customer: number, month: number): DraftUsage {
  return {
    id: customer * 12 + month,
    recordId: `traffic-${customer}-${month}`,
    contractId: `contract-${customer}-0`,
    subscriptionId: null,
    productId: 'traffic',
    description: 'Traffic',
    quantity: '123.5',
    unitCode: 'E34',
    unitPriceCents: 12,
    vatRate: 'standard',
    occurredOn: `2026-${month}-28`,
    because: ['vn:7.1.4'],
  };
}

function customerQuarter(customer: number): DraftInput {
  // 1 in 20 started inside Q4 and was never billed: a prorated Q4 line before Q1 (bit:11.1).
  const started = customer % 20 === 0 ? '2026-11-17' : '2025-03-14';
  return {
    runFrom,
    invoiceDate: runFrom,
    // 1 in 100 a Belgian business: reverse charge (nl:vat).
    customer:
      customer % 100 === 1
        ? { kind: 'business', country: 'BE', vatId: 'BE0123456749' }
        : { kind: 'business', country: 'NL', vatId: 'NL123456789B01' },
    subscriptions: [0, 1, 2, 3].map((n) => subscription(customer, n, started)),
    charges: [],
    usage: [10, 11, 12].map((month) => traffic(customer, month)),
  };
}

const customers = Array.from({ length: 1000 }, (_, i) => customerQuarter(i));
const drafted = customers.map((input) => draftInvoice(input)!);

export default defineBenchmark({
  name: 'pricing a quarter (1,000 customers of 4 subscriptions and 3 usage records per call)',
  floor: {
    name: 'vatBreakdown of the same invoices: the least an invoice total costs',
    operations: customers.length,
    run: () =>
      drafted.map((draft) =>
        vatBreakdown(
          draft.lines.map((line) => ({
            netCents: line.netCents,
            category: line.vatCategory as VatCategory,
            percent: line.vatPercent,
          })),
        ),
      ),
  },
  cases: [
    {
      name: 'draftInvoice (bit:11.1, vn:7.1.3, vn:7.1.4, vn:7.1.5, vn:7.4.1, nl:vat)',
      operations: customers.length,
      run: () => customers.map((input) => draftInvoice(input)),
    },
  ],
});
