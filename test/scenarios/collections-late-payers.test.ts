import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import {
  draftBillRun,
  getInvoice,
  issueBillRun,
  listInvoices,
  listSubscriptions,
  startBillRun,
  uninvoicedChargesOf,
} from '../../src/billing/index.ts';
import type { InvoiceView } from '../../src/billing/index.ts';
import { addProduct } from '../../src/catalog/index.ts';
import {
  getAccountStatement,
  listDunningCases,
  recordPayment,
  renderDunningLetterPdf,
  runDunning,
} from '../../src/collections/index.ts';
import type { DunningRunReport } from '../../src/collections/index.ts';
import { createQuote, getContract, placeOrder, recordOrderAction } from '../../src/contracts/index.ts';
import type { OfferTerms } from '../../src/contracts/index.ts';
import { createCustomer } from '../../src/customers/index.ts';
import {
  acceptNetworkOrder,
  activateNetworkOrder,
  addCable,
  addNap,
  addPremises,
  changeNapState,
  closeEndedContracts,
  getNetworkService,
  listProvisioningJobViews,
  planNetworkOrder,
  programNetworkOrder,
  recordActivationPayment,
  releaseNetworkOrder,
  submitNetworkOrder,
} from '../../src/network/index.ts';
import { listMessages } from '../../src/notifications/index.ts';
import type { Actor } from '../../src/platform/actor.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Context } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/database/index.ts';
import { describeEachStore } from '../support/stores.ts';

/*
 * Late payers of both sellers, driven as a clerk and the daily scheduler would: contracts from quote
 * to acceptance, quarterly bill runs, payments recorded by hand, and the dunning run every day the
 * ladder walks. Every date and amount is worked out by hand beside its expectation.
 *
 * Statutory commercial interest (nl:6:119a): the rate in force through 2027 and into 2028 is the
 * row of 1 July 2026, 10.40 % (ECB 2.40 % + 8), so every stretch below is one rate within the first
 * year of default: principal × 10.40 % × days / 365, rounded half away from zero, counted from the
 * day after the due date up to and including the day asked (a credit note or payment lowers the
 * principal from the day after it).
 * Ladders (src/terms/profiles): BIT reminder +7 (bit:11.6), collection costs +14 (bit:11.7),
 * suspension +7, dissolution +14 (bit:11.5); VitrumNet reminder +7 with a € 15 fee (vn:7.1.6),
 * collection costs +14, suspension +7 (vn:7.1.7), notice of default +7 with a 14-day term, and
 * dissolution the day after the term (vn:1.6.2).
 */

const day = (text: string) => Temporal.PlainDate.from(text);
const clerk: Actor = { id: 'user:bart', origin: 'test' };
const scheduler: Actor = { id: 'scheduler', origin: 'test' };

/** What every scenario does the same way, on its own fresh store. */
function scenario(database: () => Database) {
  const on = (date: string, actor: Actor = clerk): Context => ({
    db: database().db,
    clock: fixedClock(day(date)),
    actor,
  });

  /** The seller's run for the quarter started, drafted and issued on `date`; its one document. */
  async function billQuarter(sellerId: string, period: string, date: string): Promise<InvoiceView> {
    const started = await startBillRun(on(date), { sellerId, period });
    await draftBillRun(on(date), started.id);
    const run = await issueBillRun(on(date), started.id);
    const { invoices } = await listInvoices(database().db, { billRunId: run.id });
    expect(invoices).toHaveLength(1);
    return getInvoice(database().db, invoices[0]!.id);
  }

  /** The scheduler's daily run from `from` to `to`, both included: [day, step] of what it did. */
  async function walk(sellerId: string, from: string, to: string) {
    const taken: [string, string][] = [];
    const reports: DunningRunReport[] = [];
    for (let d = day(from); Temporal.PlainDate.compare(d, day(to)) <= 0; d = d.add({ days: 1 })) {
      const report = await runDunning(on(d.toString(), scheduler), { sellerId });
      reports.push(report);
      for (const step of report.steps) taken.push([d.toString(), step.step]);
      for (const _closed of report.closed) taken.push([d.toString(), 'closed']);
    }
    return { taken, reports };
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

  /** The customer's one dunning case, with its letters. */
  async function caseOf(customerId: string) {
    const cases = await listDunningCases(database(), customerId);
    expect(cases).toHaveLength(1);
    return cases[0]!;
  }

  return { on, billQuarter, walk, aCustomer, caseOf };
}

describeEachStore(
  'a BIT customer who never pays, from invoice to dissolution (bit:11.5–11.7)',
  (database) => {
    const { on, billQuarter, walk, aCustomer, caseOf } = scenario(database);

    it('reminds, charges the BIK costs, suspends, ends the contract for non-payment, and keeps the interest running', async () => {
      // Colocation 1U in Ede at € 450.00 a quarter, installation € 150.00 once.
      const product = await addProduct(on('2027-09-01'), {
        sellerId: 'bit',
        code: 'COLO-1U-EDE',
        name: 'Colocation 1U, Ede',
        kind: 'colocation',
        vatCategory: 'standard',
        firstPrice: { amountCents: 45_000 },
      });
      const customer = await aCustomer('2027-09-01', 'Serverhuis Veluwe B.V.', '30281234', 'Ede');
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
      const quote = await createQuote(on('2027-09-06'), { sellerId: 'bit', customerId: customer.id, terms });
      const order = await placeOrder(on('2027-09-08'), { quoteId: quote.id });
      // bit:2.3: written confirmation forms the contract; the rack is handed over on 1 October.
      const { contract } = await recordOrderAction(on('2027-09-09'), {
        orderId: order.id,
        action: 'confirm',
      });
      const contractId = contract!.id;
      await recordOrderAction(on('2027-10-01'), { orderId: order.id, action: 'activate' });

      const q4 = await billQuarter('bit', '2027-Q4', '2027-10-01');
      expect(q4).toMatchObject({
        number: 'BIT-000001',
        issuedOn: '2027-10-01',
        dueOn: '2027-10-15', // bit:11.3: 1 October + 14 days
        netCents: 60_000, // Q4 in advance 45000 (bit:11.1) + installation 15000
        vatCents: 12_600, // 60000 × 21 %
        totalCents: 72_600,
      });

      // The customer never pays. The scheduler runs every day from the due date to past the end.
      const { taken, reports } = await walk('bit', '2027-10-15', '2027-12-31');
      expect(taken).toEqual([
        ['2027-10-22', 'reminder'], // 15 Oct + 7
        ['2027-11-05', 'collection-costs'], // 22 Oct + 14
        ['2027-11-12', 'suspension'], // 5 Nov + 7
        ['2027-11-26', 'dissolution'], // 12 Nov + 14, no notice of default needed (bit:11.5)
      ]);
      // A second run the same day (another worker, a rerun) takes nothing again.
      expect((await walk('bit', '2027-11-26', '2027-11-26')).taken).toEqual([]);

      const dunningCase = await caseOf(customer.id);
      expect(dunningCase).toMatchObject({
        openedOn: '2027-10-22',
        closedOn: null,
        suspendedOn: '2027-11-12',
        dissolvedOn: '2027-11-26',
      });
      // Interest on 72600 from 16 October: 72600 × 10.40 % = 7550.40 a year.
      //   22 Oct:  7 days: 7550.40 ×  7 / 365 = 144.80 → 145
      //    5 Nov: 21 days: 7550.40 × 21 / 365 = 434.40 → 434
      //   12 Nov: 28 days: 7550.40 × 28 / 365 = 579.21 → 579
      //   26 Nov: 42 days: 7550.40 × 42 / 365 = 868.81 → 869
      // Collection costs on 5 November (nl:bik, bit:11.7) on the principal of the letter, 72600:
      //   15 % of the first € 2,500 = 0.15 × 726.00 = € 108.90 (above the € 40 minimum) → 10890.
      // BIT charges no reminder fee (its profile has none).
      expect(
        dunningCase.letters.map((l) => [
          l.step,
          l.sentOn,
          l.payBy,
          l.letter.claims[0]!.interestCents,
          l.totalCents,
        ]),
      ).toEqual([
        ['reminder', '2027-10-22', '2027-11-04', 145, 72_745], // pay before the next step: 22 Oct + 14 − 1
        ['collection-costs', '2027-11-05', '2027-11-11', 434, 83_924], // 72600 + 434 + 10890
        ['suspension', '2027-11-12', '2027-11-25', 579, 84_069], // 72600 + 579 + 10890
        ['dissolution', '2027-11-26', null, 869, 84_359], // 72600 + 869 + 10890
      ]);
      const [reminder, costs, suspension, dissolution] = dunningCase.letters;
      expect(reminder!.letter.costs).toEqual([]);
      expect(costs!.letter).toMatchObject({
        costs: [{ kind: 'collection-costs', raisedOn: '2027-11-05', amountCents: 10_890 }],
        collectionCostsMethod: 'bik',
        interestKind: 'commercial',
      });
      expect(costs!.because).toEqual(['bit:11.7', 'nl:bik']);
      // The customer has no services on the network (colocation): the letter names the suspended
      // contract's service instead; billing goes on during the suspension.
      expect(suspension!.letter.services).toEqual([`Colocation 1U, Ede (${contractId})`]);
      expect(suspension!.because).toEqual(['bit:11.5']);
      expect(dissolution!.because).toEqual(['bit:11.5']);
      for (const letter of dunningCase.letters)
        expect((await renderDunningLetterPdf(database(), letter.id)).subarray(0, 5).toString()).toBe('%PDF-');

      // Dissolution: BIT's terms end the contract without notice for non-payment (bit:11.5) by
      // immediate termination. BIT's terms have no remaining-term charge (earlyTermination is null;
      // vn:1.6.4 is VitrumNet's): bit:11.5 makes what is owed due at once, nothing more.
      const dissolvedOn = reports.find((r) => r.asOf === '2027-11-26')!;
      expect(dissolvedOn.steps[0]!.contracts).toEqual([{ contractId, action: 'terminate', refused: null }]);
      const ended = await getContract(database().db, contractId, day('2027-11-26'));
      expect(ended.timeline).toMatchObject({
        status: 'ended',
        effectiveEnd: '2027-11-26',
        endedBy: 'terminated',
      });
      expect(ended.events.at(-1)).toEqual({
        kind: 'terminated',
        on: '2027-11-26',
        ground: 'non-payment',
        remainingTermChargeCents: null,
      });
      expect(await uninvoicedChargesOf(database().db, customer.id)).toEqual([]);
      expect(await listSubscriptions(database().db, { customerId: customer.id })).toMatchObject([
        { startsOn: '2027-10-01', endsOn: '2027-11-26', billedThrough: '2027-12-31' },
      ]);

      // The statement on 31 December: the invoice and the costs; the interest accrued beside them,
      // 16 Oct – 31 Dec = 16 + 30 + 31 = 77 days: 7550.40 × 77 / 365 = 1592.82 → 1593.
      const december = await getAccountStatement(database(), {
        sellerId: 'bit',
        customerId: customer.id,
        asOf: day('2027-12-31'),
      });
      expect(december.rows.map((r) => [r.date, r.kind, r.reference, r.debitCents, r.balanceCents])).toEqual([
        ['2027-10-01', 'invoice', 'BIT-000001', 72_600, 72_600],
        ['2027-11-05', 'costs', expect.any(String), 10_890, 83_490],
      ]);
      expect(december).toMatchObject({ balanceCents: 83_490, accruedInterestCents: 1_593 });

      // Q1 2028: the contract ended on 26 November, so the days billed in advance after it come back
      // on a credit note against BIT-000001: 27 Nov – 31 Dec = 4 + 31 = 35 of Q4's 92 days,
      // 45000 × 35 / 92 = 17119.57 → 17120; VAT 17120 × 21 % = 3595.20 → 3595; total 20715.
      const q1 = await billQuarter('bit', '2028-Q1', '2028-01-01');
      expect(q1).toMatchObject({
        kind: 'credit-note',
        corrects: { number: 'BIT-000001' },
        netCents: 17_120,
        vatCents: 3_595,
        totalCents: 20_715,
      });

      // The statement at the end, 31 January 2028: 83490 − 20715 = 62775 owed, and the interest:
      //   16 Oct – 1 Jan on 72600: 78 days: 7550.40 × 78 / 365 = 1613.51
      //   2 – 31 Jan on 72600 − 20715 = 51885: 30 days: 51885 × 10.40 % × 30 / 365 = 443.51
      //   one stretch of one rate in the first year of default: 2057.02 → 2057
      const end = await getAccountStatement(database(), {
        sellerId: 'bit',
        customerId: customer.id,
        asOf: day('2028-01-31'),
      });
      expect(end.rows.map((r) => [r.kind, r.reference, r.debitCents, r.creditCents, r.balanceCents])).toEqual(
        [
          ['invoice', 'BIT-000001', 72_600, 0, 72_600],
          ['costs', expect.any(String), 10_890, 0, 83_490],
          ['credit-note', 'BITC-000001', 0, 20_715, 62_775],
        ],
      );
      expect(end).toMatchObject({ balanceCents: 62_775, accruedInterestCents: 2_057, disputedCents: 0 });
      expect(end.openClaims.map((c) => [c.kind, c.principalCents, c.interestCents, c.costsCents])).toEqual([
        ['invoice', 51_885, 2_057, 0],
        ['costs', 0, 0, 10_890],
      ]);

      // Every step told the customer by e-mail, once.
      const messages = await listMessages(database().db, { customerId: customer.id });
      expect(messages.map((m) => m.kind).filter((k) => k.startsWith('dunning-'))).toEqual([
        'dunning-reminder',
        'dunning-collection-costs',
        'dunning-suspension',
        'dunning-dissolution',
      ]);
    });
  },
);

describeEachStore(
  'a VitrumNet business customer who stops paying, to dissolution after a notice of default (vn:1.6.2, vn:1.6.4, vn:7.1.6, vn:7.1.7)',
  (database) => {
    const { on, billQuarter, walk, aCustomer, caseOf } = scenario(database);

    it('charges the reminder fee, suspends the access, summons with a 14-day term, dissolves the day after and bills the remaining term', async () => {
      // Access in Dordrecht for 12 months at € 250.00 a quarter, connection € 350.00 once.
      const access = await addProduct(on('2026-12-01'), {
        sellerId: 'vitrumnet',
        code: 'ACCESS-1G-DDR',
        name: 'Access 1 Gbit/s, Dordrecht',
        kind: 'access',
        vatCategory: 'standard',
        firstPrice: { amountCents: 25_000 },
      });
      const customer = await aCustomer('2026-12-01', 'Drukkerij Merwede B.V.', '24187654', 'Dordrecht');
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
      const quote = await createQuote(on('2026-12-01'), {
        sellerId: 'vitrumnet',
        customerId: customer.id,
        terms,
      });
      const order = await placeOrder(on('2026-12-06'), { quoteId: quote.id });
      await recordOrderAction(on('2026-12-06'), { orderId: order.id, action: 'record-signed-form' });
      // vn:1.5.2: acceptance forms the contract; vn:7.3.1: the connection charge is billed at the order.
      const { contract } = await recordOrderAction(on('2026-12-07'), { orderId: order.id, action: 'accept' });
      const contractId = contract!.id;

      // The premises get a NAP, and the operator's own access order for the contract (vn:2.4).
      const premises = await addPremises(on('2026-12-10'), {
        address: { street: 'Markt', houseNumber: '1', postcode: '3311 BD', city: 'Dordrecht' },
        customerId: customer.id,
      });
      await addCable(on('2026-12-10'), { id: 'DDR-MARKT-01', fiberCount: 48 });
      const nap = await addNap(on('2026-12-10'), {
        premisesId: premises.id,
        cableId: 'DDR-MARKT-01',
        fiber: 3,
      });
      await changeNapState(on('2026-12-20'), { napId: nap.id, state: 'active' });
      const networkOrder = await submitNetworkOrder(on('2026-12-20'), {
        kind: 'access',
        customerId: customer.id,
        napId: nap.id,
        contractId,
      });

      // Q1 2027: not available yet (vn:7.1.3), only the connection charge.
      const q1 = await billQuarter('vitrumnet', '2027-Q1', '2027-01-01');
      expect(q1).toMatchObject({
        number: 'VN-000001',
        dueOn: '2027-01-31', // vn:7.1.5: 1 January + 30 days
        netCents: 35_000,
        vatCents: 7_350, // 35000 × 21 %
        totalCents: 42_350,
      });
      // That one the customer pays, in time; the access is opened once it is paid (vn:2.1.4).
      await recordPayment(on('2027-01-25'), {
        sellerId: 'vitrumnet',
        customerId: customer.id,
        amountCents: 42_350,
        valueDate: day('2027-01-25'),
        invoiceNumber: 'VN-000001',
      });
      await acceptNetworkOrder(on('2027-01-25'), { orderId: networkOrder.id });
      await planNetworkOrder(on('2027-01-25'), { orderId: networkOrder.id, plannedOn: day('2027-02-01') });
      await programNetworkOrder(on('2027-01-28'), { orderId: networkOrder.id });
      await releaseNetworkOrder(on('2027-02-01'), { orderId: networkOrder.id });
      await recordActivationPayment(on('2027-02-01'), {
        orderId: networkOrder.id,
        charge: 'first-invoice',
        paidOn: day('2027-01-25'),
      });
      await recordActivationPayment(on('2027-02-01'), {
        orderId: networkOrder.id,
        charge: 'one-time-charges',
        paidOn: day('2027-01-25'),
      });
      const activated = await activateNetworkOrder(on('2027-02-01'), { orderId: networkOrder.id });
      const serviceId = activated.serviceId!;
      await recordOrderAction(on('2027-02-01'), { orderId: order.id, action: 'activate' });

      const q2 = await billQuarter('vitrumnet', '2027-Q2', '2027-04-01');
      expect(q2.lines.map((l) => [l.source, l.periodFrom, l.periodTo, l.netCents])).toEqual([
        // 1 Feb – 31 Mar: 28 + 31 = 59 of Q1 2027's 90 days: 25000 × 59 / 90 = 16388.89 → 16389
        ['recurring', '2027-02-01', '2027-03-31', 16_389],
        ['recurring', '2027-04-01', '2027-06-30', 25_000], // Q2 in advance (vn:7.1.5)
      ]);
      expect(q2).toMatchObject({
        number: 'VN-000002',
        dueOn: '2027-05-01', // 1 April + 30 days
        netCents: 41_389, // 16389 + 25000
        vatCents: 8_692, // 41389 × 21 % = 8691.69 → 8692
        totalCents: 50_081,
      });

      // VN-000002 is never paid. The scheduler runs every day from its due date.
      const { taken, reports } = await walk('vitrumnet', '2027-05-01', '2027-06-30');
      expect(taken).toEqual([
        ['2027-05-08', 'reminder'], // 1 May + 7
        ['2027-05-22', 'collection-costs'], // 8 May + 14
        ['2027-05-29', 'suspension'], // 22 May + 7
        ['2027-06-05', 'notice-of-default'], // 29 May + 7; its term runs 14 days, to 19 June
        ['2027-06-20', 'dissolution'], // the day after the term: 19 June + 1
      ]);
      const dunningCase = await caseOf(customer.id);
      expect(dunningCase).toMatchObject({
        openedOn: '2027-05-08',
        suspendedOn: '2027-05-29',
        dissolvedOn: '2027-06-20',
        closedOn: null,
      });
      // Interest on 50081 from 2 May: 50081 × 10.40 % = 5208.42 a year.
      //    8 May:  7 days: 5208.424 ×  7 / 365 =  99.89 → 100
      //   22 May: 21 days: 5208.424 × 21 / 365 = 299.66 → 300
      //   29 May: 28 days: 5208.424 × 28 / 365 = 399.55 → 400
      //    5 Jun: 35 days: 5208.424 × 35 / 365 = 499.44 → 499
      //   20 Jun: 50 days: 5208.424 × 50 / 365 = 713.48 → 713
      // Each total is 50081 + the interest + the reminder fee of 1500 (vn:7.1.6).
      expect(
        dunningCase.letters.map((l) => [
          l.step,
          l.sentOn,
          l.payBy,
          l.letter.claims[0]!.interestCents,
          l.totalCents,
        ]),
      ).toEqual([
        ['reminder', '2027-05-08', '2027-05-21', 100, 51_681], // pay by: 8 May + 14 − 1
        ['collection-costs', '2027-05-22', '2027-05-28', 300, 51_881], // 22 May + 7 − 1
        ['suspension', '2027-05-29', '2027-06-04', 400, 51_981], // 29 May + 7 − 1
        ['notice-of-default', '2027-06-05', '2027-06-19', 499, 52_080], // the term's last day: 5 June + 14
        ['dissolution', '2027-06-20', null, 713, 52_294],
      ]);
      const [reminder, costs, suspension, notice, dissolution] = dunningCase.letters;
      const fee = { kind: 'reminder-fee', raisedOn: '2027-05-08', amountCents: 1_500 };
      expect(reminder!.letter.costs).toEqual([fee]);
      expect(reminder!.because).toEqual(['vn:7.1.6']);
      // A business pays VitrumNet's actual collection costs (vn:7.1.6), not the BIK scale: none are
      // raised by the run (a clerk records them when there are any), so the letter lists only the fee.
      expect(costs!.letter).toMatchObject({ costs: [fee], collectionCostsMethod: 'actual' });
      expect(costs!.because).toEqual(['vn:7.1.6']);
      // vn:7.1.7: the access is suspended on the network through provisioning; billing goes on.
      expect(suspension!.letter.services).toEqual([serviceId]);
      expect(suspension!.because).toEqual(['vn:7.1.7']);
      expect((await getNetworkService(on('2027-06-01'), serviceId)).state).toBe('suspended');
      const jobs = await listProvisioningJobViews(database().db, { subject: `service:${serviceId}` });
      expect(jobs.map((j) => [j.action, j.payload.on ?? null])).toEqual([
        ['service.open', null],
        ['service.suspend', '2027-05-29'],
      ]);
      expect(notice!.letter).toMatchObject({ termDays: 14, payBy: '2027-06-19' });
      expect(notice!.because).toEqual(['vn:1.6.2']);
      expect(dissolution!.because).toEqual(['vn:1.6.2', 'vn:1.6.4', 'vn:1.6.8']);
      for (const letter of [reminder!, costs!, suspension!, notice!, dissolution!])
        expect((await renderDunningLetterPdf(database(), letter.id)).subarray(0, 5).toString()).toBe('%PDF-');

      // The notice of default is recorded on the contract with its term (vn:1.6.2), and the
      // dissolution the day after the term has passed.
      const contractSteps = reports.flatMap((r) => r.steps.map((s) => [r.asOf, s.contracts]));
      expect(contractSteps.filter(([, contracts]) => (contracts as unknown[]).length > 0)).toEqual([
        ['2027-06-05', [{ contractId, action: 'send-notice-of-default', refused: null }]],
        ['2027-06-20', [{ contractId, action: 'dissolve', refused: null }]],
      ]);
      const dissolved = await getContract(database().db, contractId, day('2027-06-20'));
      expect(dissolved.timeline).toMatchObject({
        status: 'ended',
        effectiveEnd: '2027-06-20',
        endedBy: 'dissolved',
        currentTerm: { start: '2027-02-01', end: '2028-01-31' }, // 12 months from the service's start
      });
      expect(dissolved.events).toEqual([
        {
          kind: 'notice-of-default-sent',
          on: '2027-06-05',
          termDays: 14,
          breach: `non-payment: letter ${notice!.id}`,
        },
        // vn:1.6.4: the fees from 21 June to the term's end on 31 January 2028, per quarter:
        //   21 – 30 Jun: 10 of Q2's 91 days: 25000 × 10 / 91 = 2747.25 → 2747
        //   Q3 and Q4 2027 in full:                           2 × 25000 = 50000
        //   1 – 31 Jan 2028: 31 of Q1 2028's 91 days (leap): 25000 × 31 / 91 = 8516.48 → 8516
        //   2747 + 50000 + 8516 = 61263
        { kind: 'dissolved', on: '2027-06-20', remainingTermChargeCents: 61_263 },
      ]);
      expect(await uninvoicedChargesOf(database().db, customer.id)).toMatchObject([
        {
          contractId,
          description: 'Access 1 Gbit/s, Dordrecht: fees for the remaining term',
          amountCents: 61_263,
          raisedOn: '2027-06-20',
          because: ['vn:1.6.4'],
        },
      ]);
      // The next day's cycle closes the suspended access on the network.
      expect(await closeEndedContracts(on('2027-06-21'))).toMatchObject([
        { contractId, endedOn: '2027-06-20', closedServices: [serviceId], removalChargeId: null },
      ]);

      // Q3: the days billed in advance after the end come back, the remaining term is invoiced.
      const q3 = await billQuarter('vitrumnet', '2027-Q3', '2027-07-01');
      expect(q3.lines.map((l) => [l.source, l.periodFrom, l.periodTo, l.netCents, l.because])).toEqual([
        ['credit', '2027-06-21', '2027-06-30', -2_747, ['vn:7.1.3', 'vn:7.1.5']], // 25000 × 10 / 91 back
        ['charge', null, null, 61_263, ['vn:1.6.4']],
      ]);
      expect(q3).toMatchObject({
        kind: 'invoice',
        number: 'VN-000003',
        dueOn: '2027-07-31',
        netCents: 58_516, // −2747 + 61263
        vatCents: 12_288, // 58516 × 21 % = 12288.36 → 12288
        totalCents: 70_804,
      });
      expect(await uninvoicedChargesOf(database().db, customer.id)).toEqual([]);

      // The statement on 31 July: VN-000001 paid; VN-000002, the fee and VN-000003 open.
      // Interest on VN-000002, 2 May – 31 July = 30 + 30 + 31 = 91 days: 5208.424 × 91 / 365 = 1298.54 → 1299.
      const statement = await getAccountStatement(database(), {
        sellerId: 'vitrumnet',
        customerId: customer.id,
        asOf: day('2027-07-31'),
      });
      expect(
        statement.rows.map((r) => [r.date, r.kind, r.debitCents, r.creditCents, r.balanceCents]),
      ).toEqual([
        ['2027-01-01', 'invoice', 42_350, 0, 42_350],
        ['2027-01-25', 'payment', 0, 42_350, 0],
        ['2027-04-01', 'invoice', 50_081, 0, 50_081],
        ['2027-05-08', 'costs', 1_500, 0, 51_581],
        ['2027-07-01', 'invoice', 70_804, 0, 122_385],
      ]);
      expect(statement).toMatchObject({ balanceCents: 122_385, accruedInterestCents: 1_299 });
    });
  },
);

describeEachStore(
  'a VitrumNet customer who pays after the first reminder (vn:7.1.6, nl:6:43, nl:6:44)',
  (database) => {
    const { on, billQuarter, walk, aCustomer, caseOf } = scenario(database);

    it('closes the case on the next run, sends nothing more, and takes the reminder fee from a later payment', async () => {
      const access = await addProduct(on('2027-03-01'), {
        sellerId: 'vitrumnet',
        code: 'ACCESS-1G-GOR',
        name: 'Access 1 Gbit/s, Gorinchem',
        kind: 'access',
        vatCategory: 'standard',
        firstPrice: { amountCents: 25_000 },
      });
      const customer = await aCustomer('2027-03-01', 'Scheepswerf Lingehaven B.V.', '23098765', 'Gorinchem');
      const terms: OfferTerms = {
        contractKind: 'fixed-term',
        service: 'access',
        description: 'Access 1 Gbit/s, Gorinchem',
        termMonths: 12,
        paymentTermMonths: null,
        recurringCents: 25_000,
        oneTimeCents: 35_000,
        orderTotalInclVatCents: 72_600,
        productId: access.id,
      };
      const quote = await createQuote(on('2027-03-01'), {
        sellerId: 'vitrumnet',
        customerId: customer.id,
        terms,
      });
      const order = await placeOrder(on('2027-03-03'), { quoteId: quote.id });
      await recordOrderAction(on('2027-03-03'), { orderId: order.id, action: 'record-signed-form' });
      await recordOrderAction(on('2027-03-08'), { orderId: order.id, action: 'accept' });
      await recordOrderAction(on('2027-04-01'), { orderId: order.id, action: 'activate' });

      const q2 = await billQuarter('vitrumnet', '2027-Q2', '2027-04-01');
      expect(q2).toMatchObject({
        number: 'VN-000001',
        dueOn: '2027-05-01', // 1 April + 30 days
        netCents: 60_000, // Q2 in advance 25000 + connection 35000 (vn:7.3.1)
        vatCents: 12_600, // 60000 × 21 %
        totalCents: 72_600,
      });

      expect((await walk('vitrumnet', '2027-05-01', '2027-05-12')).taken).toEqual([
        ['2027-05-08', 'reminder'],
      ]);
      const [reminder] = (await caseOf(customer.id)).letters;
      // 72600 + interest 2 – 8 May, 7 days: 72600 × 10.40 % × 7 / 365 = 144.80 → 145, + the fee 1500.
      expect(reminder).toMatchObject({ step: 'reminder', payBy: '2027-05-21', totalCents: 74_245 });

      // On 12 May the customer pays the invoice with its interest to that day, naming it, but not
      // the fee: 2 – 12 May, 11 days: 72600 × 10.40 % × 11 / 365 = 227.55 → 228; 72600 + 228 = 72828.
      const paid = await recordPayment(on('2027-05-12'), {
        sellerId: 'vitrumnet',
        customerId: customer.id,
        amountCents: 72_828,
        valueDate: day('2027-05-12'),
        invoiceNumber: 'VN-000001',
      });
      // nl:6:43: the named claim first; nl:6:44: within it costs (none), interest, then principal.
      expect(paid.allocations.map((a) => [a.invoiceId, a.costClaimId, a.component, a.amountCents])).toEqual([
        [q2.id, null, 'interest', 228],
        [q2.id, null, 'principal', 72_600],
      ]);
      expect(paid.unallocatedCents).toBe(0);

      // The next run closes the case; nothing more is sent, however long the scheduler runs.
      expect((await walk('vitrumnet', '2027-05-13', '2027-06-30')).taken).toEqual([['2027-05-13', 'closed']]);
      const closed = await caseOf(customer.id);
      expect(closed).toMatchObject({ openedOn: '2027-05-08', closedOn: '2027-05-13', suspendedOn: null });
      expect(closed.letters.map((l) => l.step)).toEqual(['reminder']);
      const messages = await listMessages(database().db, { customerId: customer.id });
      expect(messages.map((m) => m.kind).filter((k) => k.startsWith('dunning-'))).toEqual([
        'dunning-reminder',
      ]);
      // The reminder fee is still owed (vn:7.1.6), and bears no interest.
      const june = await getAccountStatement(database(), {
        sellerId: 'vitrumnet',
        customerId: customer.id,
        asOf: day('2027-06-30'),
      });
      expect(
        june.openClaims.map((c) => [c.kind, c.costKind, c.costsCents, c.interestCents, c.principalCents]),
      ).toEqual([['costs', 'reminder-fee', 1_500, 0, 0]]);
      expect(june).toMatchObject({ balanceCents: 1_500, accruedInterestCents: 0 });

      // Q3's invoice: 25000 + 21 % = 30250, due 31 July.
      const q3 = await billQuarter('vitrumnet', '2027-Q3', '2027-07-01');
      expect(q3).toMatchObject({ number: 'VN-000002', dueOn: '2027-07-31', totalCents: 30_250 });
      // On 20 July the customer pays 30250 + 1500 = 31750 without naming anything. nl:6:43: claims due
      // on the payment day go before claims not yet due: the fee (due since 8 May) is paid first,
      // then VN-000002 (due 31 July).
      const later = await recordPayment(on('2027-07-20'), {
        sellerId: 'vitrumnet',
        customerId: customer.id,
        amountCents: 31_750,
        valueDate: day('2027-07-20'),
      });
      const [feeClaim] = june.openClaims;
      expect(later.allocations.map((a) => [a.invoiceId, a.costClaimId, a.component, a.amountCents])).toEqual([
        [null, feeClaim!.id, 'costs', 1_500],
        [q3.id, null, 'principal', 30_250],
      ]);
      expect(later.allocations[0]!.because).toEqual(['nl:6:43', 'nl:6:44']);

      const end = await getAccountStatement(database(), {
        sellerId: 'vitrumnet',
        customerId: customer.id,
        asOf: day('2027-07-31'),
      });
      expect(end.rows.map((r) => [r.date, r.kind, r.debitCents, r.creditCents, r.balanceCents])).toEqual([
        ['2027-04-01', 'invoice', 72_600, 0, 72_600],
        ['2027-05-08', 'costs', 1_500, 0, 74_100],
        ['2027-05-12', 'interest', 228, 0, 74_328],
        ['2027-05-12', 'payment', 0, 72_828, 1_500],
        ['2027-07-01', 'invoice', 30_250, 0, 31_750],
        ['2027-07-20', 'payment', 0, 31_750, 0],
      ]);
      expect(end).toMatchObject({ balanceCents: 0, accruedInterestCents: 0, openClaims: [] });
    });
  },
);
