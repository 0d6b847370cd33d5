import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import {
  draftBillRun,
  getInvoice,
  issueBillRun,
  listInvoices,
  listSubscriptions,
  startBillRun,
} from '../../src/billing/index.ts';
import type { InvoiceView } from '../../src/billing/index.ts';
import { recordUsage } from '../../src/billing/use-cases/record-usage.ts';
import { addProduct, schedulePrice } from '../../src/catalog/index.ts';
import {
  createQuote,
  getContract,
  giveNotice,
  placeOrder,
  recordOrderAction,
  terminateContract,
} from '../../src/contracts/index.ts';
import type { OfferTerms } from '../../src/contracts/index.ts';
import { createCustomer } from '../../src/customers/index.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Context } from '../../src/platform/context.ts';
import { describeEachStore } from '../support/stores.ts';

/*
 * One customer of each seller billed through a year, the clock moved quarter by quarter, every figure
 * worked out by hand beside its expectation. The year runs over 2028 so that Q1 2028 has 91 days
 * (leap year). Quarter lengths used below: Q4 2027 92, Q1 2028 91, Q2 2028 91, Q3 2028 92,
 * Q4 2028 92, Q1 2029 90 days.
 */

const day = (text: string) => Temporal.PlainDate.from(text);
const clerk = { id: 'user:bart', origin: 'test' };

/** [source, from, to, net] per line: what a clerk checks on an invoice. */
const linesOf = (invoice: InvoiceView) =>
  invoice.lines.map((line) => [line.source, line.periodFrom, line.periodTo, line.netCents]);

describeEachStore('a year of quarterly bill runs for a BIT and a VitrumNet customer', (database) => {
  const on = (date: string): Context => ({ db: database().db, clock: fixedClock(day(date)), actor: clerk });

  /** The seller's run for the quarter started, drafted and issued on its first day; its one invoice. */
  async function billQuarter(sellerId: string, period: string, date: string) {
    const started = await startBillRun(on(date), { sellerId, period });
    await draftBillRun(on(date), started.id);
    const run = await issueBillRun(on(date), started.id);
    const { invoices } = await listInvoices(database().db, { billRunId: run.id });
    expect(invoices.length).toBeLessThanOrEqual(1);
    const invoice = invoices[0] && (await getInvoice(database().db, invoices[0].id));
    return { run, invoice };
  }

  /** Every document of the seller by number: [number, kind, issued, due]. */
  async function numbersOf(sellerId: string) {
    const { invoices } = await listInvoices(database().db, { sellerId, limit: 500 });
    return invoices.map((i) => [i.number, i.kind, i.issuedOn, i.dueOn]).sort();
  }

  async function aCustomer(date: string, legalName: string, kvkNumber: string, city: string) {
    return createCustomer(on(date), {
      legalName,
      kvkNumber,
      email: `facturen@${kvkNumber}.example`,
      billingAddress: { street: 'Markt', houseNumber: '1', postcode: '3311 BD', city },
      contacts: [
        { name: 'Sanne Jansen', roles: ['primary', 'billing'], email: `sanne@${kvkNumber}.example` },
      ],
    });
  }

  it('BIT B.V.: late start caught up, a price change inside a quarter, notice to a quarter end (bit:11.1, bit:11.3, bit:12.2)', async () => {
    // Half a rack in Ede at € 450.00 a quarter; installation € 150.00 once.
    const product = await addProduct(on('2027-09-01'), {
      sellerId: 'bit',
      code: 'COLO-HALF-EDE',
      name: 'Colocation half rack, Ede',
      kind: 'colocation',
      vatCategory: 'standard',
      firstPrice: { amountCents: 45_000 },
    });
    const customer = await aCustomer('2027-09-01', 'Houtmolen Hosting B.V.', '30276543', 'Ede');
    const colocation: OfferTerms = {
      contractKind: 'indefinite',
      service: 'colocation',
      description: 'Colocation half rack, Ede',
      termMonths: null,
      paymentTermMonths: null,
      recurringCents: 45_000,
      oneTimeCents: 15_000,
      orderTotalInclVatCents: 72_600,
      productId: product.id,
    };
    const quote = await createQuote(on('2027-09-06'), {
      sellerId: 'bit',
      customerId: customer.id,
      terms: colocation,
    });
    const order = await placeOrder(on('2027-09-08'), { quoteId: quote.id });
    // bit:2.3: written confirmation forms the contract at once; the one-time charge is raised then.
    const { contract } = await recordOrderAction(on('2027-09-09'), { orderId: order.id, action: 'confirm' });
    const contractId = contract!.id;

    // Q4 2027: nothing is available yet, only the installation charge raised on 9 September is billed.
    const q4 = await billQuarter('bit', '2027-Q4', '2027-10-01');
    expect(linesOf(q4.invoice!)).toEqual([['charge', null, null, 15_000]]);
    expect(q4.invoice).toMatchObject({
      number: 'BIT-000001',
      issuedOn: '2027-10-01',
      dueOn: '2027-10-15', // bit:11.3: 1 October + 14 days
      netCents: 15_000,
      vatCents: 3_150, // 15000 × 21 % = 3150
      totalCents: 18_150,
    });

    // The rack is handed over on 16 November, after Q4 was billed: its days are caught up in Q1.
    await recordOrderAction(on('2027-11-16'), { orderId: order.id, action: 'activate' });
    const q1 = await billQuarter('bit', '2028-Q1', '2028-01-01');
    expect(linesOf(q1.invoice!)).toEqual([
      ['recurring', '2027-11-16', '2027-12-31', 22_500], // 46 of Q4 2027's 92 days: 45000 × 46 / 92 = 22500
      ['recurring', '2028-01-01', '2028-03-31', 45_000], // Q1 2028 in full (91 days, leap year): 45000
    ]);
    expect(q1.invoice).toMatchObject({
      number: 'BIT-000002',
      dueOn: '2028-01-15', // 1 January + 14 days
      netCents: 67_500, // 22500 + 45000
      vatCents: 14_175, // 67500 × 21 % = 14175
      totalCents: 81_675,
    });

    // On 1 March the price goes to € 495.00 from 16 May (bit:5.2); Q2 is split at that day.
    const change = await schedulePrice(on('2028-03-01'), {
      productId: product.id,
      amountCents: 49_500,
      effectiveFrom: day('2028-05-16'),
    });
    expect(change).toMatchObject({ previousCents: 45_000, changed: true, told: [customer.id] });
    const q2 = await billQuarter('bit', '2028-Q2', '2028-04-01');
    expect(linesOf(q2.invoice!)).toEqual([
      // 1 Apr – 15 May: 30 + 15 = 45 of Q2's 91 days, old price: 45000 × 45 / 91 = 22252.75 → 22253
      ['recurring', '2028-04-01', '2028-05-15', 22_253],
      // 16 May – 30 Jun: 16 + 30 = 46 of 91 days, new price: 49500 × 46 / 91 = 25021.98 → 25022
      ['recurring', '2028-05-16', '2028-06-30', 25_022],
    ]);
    expect(q2.invoice).toMatchObject({
      number: 'BIT-000003',
      dueOn: '2028-04-15',
      netCents: 47_275, // 22253 + 25022
      vatCents: 9_928, // 47275 × 21 % = 9927.75 → 9928
      totalCents: 57_203,
    });

    const q3 = await billQuarter('bit', '2028-Q3', '2028-07-01');
    expect(linesOf(q3.invoice!)).toEqual([['recurring', '2028-07-01', '2028-09-30', 49_500]]);
    expect(q3.invoice).toMatchObject({
      number: 'BIT-000004',
      dueOn: '2028-07-15',
      vatCents: 10_395, // 49500 × 21 % = 10395
    });

    // bit:12.2: notice on 5 September + 1 month = 5 October, past the end of Q3: the end of Q4 it is.
    const ending = await giveNotice(on('2028-09-05'), { contractId, by: 'customer', channel: 'post' });
    expect(ending).toMatchObject({ status: 'ending', effectiveEnd: '2028-12-31', endedBy: 'notice' });
    const q4Last = await billQuarter('bit', '2028-Q4', '2028-10-01');
    expect(linesOf(q4Last.invoice!)).toEqual([['recurring', '2028-10-01', '2028-12-31', 49_500]]);
    expect(q4Last.invoice).toMatchObject({
      number: 'BIT-000005',
      dueOn: '2028-10-15',
      totalCents: 59_895, // 49500 + 10395
    });

    // Ended on 31 December: nothing is billed after, and nothing is owed back.
    const contractAfter = await getContract(database().db, contractId, day('2029-01-01'));
    expect(contractAfter.timeline.status).toBe('ended');
    const q1Next = await billQuarter('bit', '2029-Q1', '2029-01-01');
    expect(q1Next.run).toMatchObject({ customers: 0, invoices: { issued: 0 } });
    expect(q1Next.invoice).toBeUndefined();
    const [subscription] = await listSubscriptions(database().db, { customerId: customer.id });
    expect(subscription).toMatchObject({
      startsOn: '2027-11-16',
      endsOn: '2028-12-31',
      billedThrough: '2028-12-31',
    });

    // A rerun of an issued quarter finds its run and adds nothing.
    const before = await numbersOf('bit');
    const rerun = await billQuarter('bit', '2028-Q4', '2028-10-01');
    expect(rerun.run.id).toBe(q4Last.run.id);
    expect(await numbersOf('bit')).toEqual(before);
    // nl:vat: one series, consecutive, each invoice due 14 days after its date.
    expect(before).toEqual([
      ['BIT-000001', 'invoice', '2027-10-01', '2027-10-15'],
      ['BIT-000002', 'invoice', '2028-01-01', '2028-01-15'],
      ['BIT-000003', 'invoice', '2028-04-01', '2028-04-15'],
      ['BIT-000004', 'invoice', '2028-07-01', '2028-07-15'],
      ['BIT-000005', 'invoice', '2028-10-01', '2028-10-15'],
    ]);
  });

  it('VitrumNet B.V.: one-time charge at acceptance, start in leap February, usage in arrears, termination with the remaining term (vn:7.1.3–7.1.5, vn:7.3.1, vn:1.6.4)', async () => {
    // Access in Dordrecht at € 250.00 a quarter, connection € 350.00 once, traffic € 0.04 per GB.
    const access = await addProduct(on('2027-12-01'), {
      sellerId: 'vitrumnet',
      code: 'ACCESS-1G-DDR',
      name: 'Access 1 Gbit/s, Dordrecht',
      kind: 'access',
      vatCategory: 'standard',
      firstPrice: { amountCents: 25_000 },
    });
    const traffic = await addProduct(on('2027-12-01'), {
      sellerId: 'vitrumnet',
      code: 'TRAFFIC-GB',
      name: 'Extra traffic per GB',
      kind: 'usage-traffic',
      vatCategory: 'standard',
      firstPrice: { amountCents: 4 },
    });
    const customer = await aCustomer('2027-12-01', 'Drukkerij Merwede B.V.', '24187654', 'Dordrecht');
    const terms: OfferTerms = {
      contractKind: 'fixed-term',
      service: 'access',
      description: 'Access 1 Gbit/s, Dordrecht',
      termMonths: 12,
      paymentTermMonths: null,
      recurringCents: 25_000,
      oneTimeCents: 35_000,
      orderTotalInclVatCents: 72_600,
      productId: access.id,
    };
    const quote = await createQuote(on('2027-12-01'), {
      sellerId: 'vitrumnet',
      customerId: customer.id,
      terms,
    });
    const order = await placeOrder(on('2027-12-06'), { quoteId: quote.id });
    await recordOrderAction(on('2027-12-06'), { orderId: order.id, action: 'record-signed-form' });
    // vn:1.5.2: acceptance forms the contract; vn:7.3.1: the one-time charges are billed at the order.
    const { contract } = await recordOrderAction(on('2027-12-13'), { orderId: order.id, action: 'accept' });
    const contractId = contract!.id;

    // Q1 2028: the service is not available yet (vn:7.1.3), so only the connection charge.
    const q1 = await billQuarter('vitrumnet', '2028-Q1', '2028-01-01');
    expect(linesOf(q1.invoice!)).toEqual([['charge', null, null, 35_000]]);
    expect(q1.invoice!.lines[0]!.because).toEqual(['vn:7.1.3', 'vn:7.3.1']);
    expect(q1.invoice).toMatchObject({
      number: 'VN-000001',
      issuedOn: '2028-01-01',
      dueOn: '2028-01-31', // vn:7.1.5: 1 January + 30 days
      netCents: 35_000,
      vatCents: 7_350, // 35000 × 21 % = 7350
      totalCents: 42_350,
    });

    // Made available on 15 February 2028: the fee is due from then (vn:7.1.3), caught up in Q2.
    await recordOrderAction(on('2028-02-15'), { orderId: order.id, action: 'activate' });
    const q2 = await billQuarter('vitrumnet', '2028-Q2', '2028-04-01');
    expect(linesOf(q2.invoice!)).toEqual([
      // 15 Feb – 31 Mar: 15 + 31 = 46 of Q1 2028's 91 days (29 February counts):
      // 25000 × 46 / 91 = 12637.36 → 12637 (in a 90-day Q1 it would be 25000 × 45 / 90 = 12500)
      ['recurring', '2028-02-15', '2028-03-31', 12_637],
      ['recurring', '2028-04-01', '2028-06-30', 25_000], // Q2 in advance, in full (vn:7.1.5)
    ]);
    expect(q2.invoice).toMatchObject({
      number: 'VN-000002',
      dueOn: '2028-05-01', // 1 April + 30 days
      netCents: 37_637, // 12637 + 25000
      vatCents: 7_904, // 37637 × 21 % = 7903.77 → 7904
      totalCents: 45_541,
    });

    // Q2's traffic arrives after the quarter and is billed with Q3, in arrears (vn:7.1.4).
    const gb = (recordId: string, quantity: string, occurredOn: string) => ({
      recordId,
      customerId: customer.id,
      productId: traffic.id,
      quantity,
      occurredOn,
    });
    await recordUsage(on('2028-07-01'), 'vitrumnet', [
      gb('DDR-2028-04', '812.5', '2028-04-30'),
      gb('DDR-2028-05', '1204.37', '2028-05-31'),
      gb('DDR-2028-06', '977.125', '2028-06-30'),
    ]);
    const q3 = await billQuarter('vitrumnet', '2028-Q3', '2028-07-01');
    expect(linesOf(q3.invoice!)).toEqual([
      ['recurring', '2028-07-01', '2028-09-30', 25_000],
      ['usage', '2028-04-30', '2028-04-30', 3_250], // 812.5 GB × 4 = 3250
      ['usage', '2028-05-31', '2028-05-31', 4_817], // 1204.37 GB × 4 = 4817.48 → 4817
      ['usage', '2028-06-30', '2028-06-30', 3_909], // 977.125 GB × 4 = 3908.5 → 3909 (half away from zero)
    ]);
    expect(q3.invoice).toMatchObject({
      number: 'VN-000003',
      dueOn: '2028-07-31',
      netCents: 36_976, // 25000 + 3250 + 4817 + 3909
      // nl:vat, on the sum of the lines: 36976 × 21 % = 7764.96 → 7765
      // (per line it would be 5250 + 682.5→683 + 1011.57→1012 + 820.89→821 = 7766)
      vatCents: 7_765,
      totalCents: 44_741,
    });

    // July's traffic, then the customer moves out on 20 August (vn:1.6.3 a): the contract ends that day.
    await recordUsage(on('2028-08-01'), 'vitrumnet', [gb('DDR-2028-07', '1433.3', '2028-07-31')]);
    const ended = await terminateContract(on('2028-08-20'), { contractId, ground: 'customer-moves' });
    expect(ended).toMatchObject({ status: 'ended', effectiveEnd: '2028-08-20', endedBy: 'terminated' });
    const view = await getContract(database().db, contractId, day('2028-08-20'));
    // vn:1.6.4: the fees from 21 August to the term's end on 14 February 2029, per quarter:
    //   21 Aug – 30 Sep: 41 of Q3's 92 days: 25000 × 41 / 92 = 11141.30 → 11141
    //   Q4 2028 in full:                                                 25000
    //   1 Jan – 14 Feb 2029: 45 of Q1 2029's 90 days: 25000 × 45 / 90 = 12500
    //   11141 + 25000 + 12500 = 48641
    expect(view.events.find((e) => e.kind === 'terminated')).toMatchObject({
      remainingTermChargeCents: 48_641,
    });

    // Q4 2028: the prepaid days after the end come back, the charge and July's traffic are billed.
    const q4 = await billQuarter('vitrumnet', '2028-Q4', '2028-10-01');
    expect(linesOf(q4.invoice!)).toEqual([
      // 21 Aug – 30 Sep, billed in advance on VN-000003: 25000 × 41 / 92 = 11141.30 → 11141 back
      ['credit', '2028-08-21', '2028-09-30', -11_141],
      ['charge', null, null, 48_641], // the remaining term, above
      ['usage', '2028-07-31', '2028-07-31', 5_733], // 1433.3 GB × 4 = 5733.2 → 5733
    ]);
    expect(q4.invoice!.lines.map((l) => l.because)).toEqual([
      ['vn:7.1.3', 'vn:7.1.5'],
      ['vn:1.6.4'],
      ['vn:7.1.4'],
    ]);
    expect(q4.invoice).toMatchObject({
      kind: 'invoice', // the charge outweighs the credit: the credit is a line here, not a credit note
      number: 'VN-000004',
      dueOn: '2028-10-31',
      netCents: 43_233, // −11141 + 48641 + 5733
      vatCents: 9_079, // 43233 × 21 % = 9078.93 → 9079
      totalCents: 52_312,
    });

    // Every day of the 12-month term paid once: the fees billed equal the term's fees worked out
    // per quarter, 12637 (15 Feb – 31 Mar) + 3 × 25000 (Q2–Q4) + 12500 (1 Jan – 14 Feb 2029) = 100137.
    const fees = [q2, q3, q4].flatMap(({ invoice }) =>
      invoice!.lines.filter((l) => l.source !== 'usage').map((l) => l.netCents),
    );
    expect(fees.reduce((sum, cents) => sum + cents, 0)).toBe(100_137);

    // Nothing after the end.
    const q1Next = await billQuarter('vitrumnet', '2029-Q1', '2029-01-01');
    expect(q1Next.run).toMatchObject({ customers: 0, invoices: { issued: 0 } });
    expect(await listSubscriptions(database().db, { customerId: customer.id })).toMatchObject([
      { startsOn: '2028-02-15', endsOn: '2028-08-20', billedThrough: '2028-08-20' },
    ]);

    // A rerun of an issued quarter adds nothing; one series, consecutive, due 30 days after the date.
    const before = await numbersOf('vitrumnet');
    const rerun = await billQuarter('vitrumnet', '2028-Q3', '2028-07-01');
    expect(rerun.run.id).toBe(q3.run.id);
    expect(await numbersOf('vitrumnet')).toEqual(before);
    expect(before).toEqual([
      ['VN-000001', 'invoice', '2028-01-01', '2028-01-31'],
      ['VN-000002', 'invoice', '2028-04-01', '2028-05-01'],
      ['VN-000003', 'invoice', '2028-07-01', '2028-07-31'],
      ['VN-000004', 'invoice', '2028-10-01', '2028-10-31'],
    ]);
  });
});
