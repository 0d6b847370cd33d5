import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import {
  draftBillRun,
  getInvoice,
  issueBillRun,
  listInvoices,
  startBillRun,
} from '../../src/billing/index.ts';
import type { InvoiceView } from '../../src/billing/index.ts';
import { addProduct } from '../../src/catalog/index.ts';
import {
  depositSetOff,
  getAccountStatement,
  getPayment,
  recordPayment,
  runDunning,
} from '../../src/collections/index.ts';
import type { CustomerAccount } from '../../src/collections/index.ts';
import { createQuote, placeOrder, recordOrderAction, terminateContract } from '../../src/contracts/index.ts';
import type { OfferTerms } from '../../src/contracts/index.ts';
import { createCustomer } from '../../src/customers/index.ts';
import {
  addCable,
  addNap,
  addPremises,
  changeNapState,
  closeEndedContracts,
  installCpe,
  recordCpeReturn,
  registerCpe,
  settleDeposit,
} from '../../src/network/index.ts';
import { listMessages } from '../../src/notifications/index.ts';
import type { Actor } from '../../src/platform/actor.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Context } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/database/index.ts';
import { describeEachStore } from '../support/stores.ts';

/*
 * vn:7.2.3 booked: the VitrumNet end user of the third-party-order scenario, set up the same way
 * (premises, NAP, a lent switch against a € 150 deposit), leaves an invoice unpaid and moves out; the
 * deposit of the returned switch is set off against the open claims and booked as a payment. Then a
 * customer with credit on the account: the credit pays first, only the rest is set off.
 *
 * Statutory commercial interest (nl:6:119a) in 2027 is the row of 1 July 2026, 10.40 %:
 * principal × 10.40 % × days / 365, from the day after the due date up to and including the day asked,
 * rounded half away from zero. VitrumNet's ladder: a reminder 7 days after the due date with a € 15
 * fee (vn:7.1.6). Its terms allocate by the statutory order (nl:6:43, nl:6:44).
 */

const day = (text: string) => Temporal.PlainDate.from(text);
const clerk: Actor = { id: 'user:noor', origin: 'test' };
const scheduler: Actor = { id: 'scheduler', origin: 'test' };

const accessTerms = (productId: string): OfferTerms => ({
  contractKind: 'fixed-term',
  service: 'access',
  description: 'Access 1 Gbit/s, Dordrecht',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 25_000,
  oneTimeCents: 35_000,
  orderTotalInclVatCents: 72_600,
  productId,
});

/** What both scenarios do the same way, each on its own fresh store. */
function scenario(database: () => Database) {
  const as = (date: string, actor: Actor = clerk): Context => ({
    db: database().db,
    clock: fixedClock(day(date)),
    actor,
  });

  /** VitrumNet's run for the quarter started, drafted and issued on `date`; its one invoice. */
  async function billQuarter(period: string, date: string): Promise<InvoiceView> {
    const started = await startBillRun(as(date), { sellerId: 'vitrumnet', period });
    await draftBillRun(as(date), started.id);
    const run = await issueBillRun(as(date), started.id);
    const { invoices } = await listInvoices(database().db, { billRunId: run.id });
    expect(invoices).toHaveLength(1);
    return getInvoice(database().db, invoices[0]!.id);
  }

  const statementOn = (customerId: string, date: string): Promise<CustomerAccount> =>
    getAccountStatement(database(), { sellerId: 'vitrumnet', customerId, asOf: day(date) });

  /**
   * The end user with its VitrumNet access contract (accepted 8 March, available from 1 April) and a
   * switch lent against a deposit of € 150, installed on 29 March.
   */
  async function endUserWithSwitch() {
    // Access in Dordrecht at € 250.00 a quarter, connection € 350.00 once, 12 months.
    const product = await addProduct(as('2027-03-01'), {
      sellerId: 'vitrumnet',
      code: 'ACCESS-1G-DDR',
      name: 'Access 1 Gbit/s, Dordrecht',
      kind: 'access',
      vatCategory: 'standard',
      firstPrice: { amountCents: 25_000 },
    });
    const endUser = await createCustomer(as('2027-03-01'), {
      kind: 'business',
      legalName: 'Bakkerij De Korenaar B.V.',
      kvkNumber: '24345678',
      email: 'administratie@korenaar.example',
      billingAddress: { street: 'Voorstraat', houseNumber: '12', postcode: '3311 ER', city: 'Dordrecht' },
      contacts: [
        {
          name: 'Els de Wit',
          roles: ['primary', 'billing', 'technical'],
          email: 'els@korenaar.example',
          phoneOfficeHours: '078 613 2200',
        },
      ],
    });
    const quote = await createQuote(as('2027-03-01'), {
      sellerId: 'vitrumnet',
      customerId: endUser.id,
      terms: accessTerms(product.id),
    });
    const order = await placeOrder(as('2027-03-03'), { quoteId: quote.id });
    await recordOrderAction(as('2027-03-03'), { orderId: order.id, action: 'record-signed-form' });
    // vn:1.5.2: acceptance forms the contract; vn:7.3.1: the connection charge is raised then.
    const { contract } = await recordOrderAction(as('2027-03-08'), { orderId: order.id, action: 'accept' });
    const contractId = contract!.id;

    // The premises connected, and a switch lent against a deposit of € 150 (vn:2.1.8).
    const premises = await addPremises(as('2027-03-20'), {
      address: { street: 'Voorstraat', houseNumber: '12', postcode: '3311 ER', city: 'Dordrecht' },
      customerId: endUser.id,
    });
    await addCable(as('2027-03-20'), { id: 'DDR-VOORSTRAAT-01', fiberCount: 48 });
    const nap = await addNap(as('2027-03-20'), {
      premisesId: premises.id,
      cableId: 'DDR-VOORSTRAAT-01',
      fiber: 7,
    });
    await changeNapState(as('2027-03-29'), { napId: nap.id, state: 'active' });
    const registered = await registerCpe(as('2027-03-20'), {
      serialNumber: 'SW-2027-0042',
      model: 'Zyxel XGS1250',
      ports: 12,
      sticker: 'VN-004211',
    });
    const device = await installCpe(as('2027-03-29'), {
      cpeId: registered.id,
      customerId: endUser.id,
      contractId,
      premisesId: premises.id,
      ownership: 'lent',
      depositCents: 15_000,
    });
    await recordOrderAction(as('2027-04-01'), { orderId: order.id, action: 'activate' });
    return { endUser, contractId, device };
  }

  return { as, billQuarter, statementOn, endUserWithSwitch };
}

describeEachStore(
  'a returned switch whose deposit pays the unpaid invoice in part (vn:7.2.3)',
  (database) => {
    const { as, billQuarter, statementOn, endUserWithSwitch } = scenario(database);

    it('sets off the deposit after damage against the unpaid invoice, books it as a payment in the statutory order, once', async () => {
      const { endUser, contractId, device } = await endUserWithSwitch();

      // Q2 in advance 25000 + connection 35000 = 60000; VAT 60000 × 21 % = 12600; due 1 April + 30 days.
      const invoice = await billQuarter('2027-Q2', '2027-04-01');
      expect(invoice).toMatchObject({
        number: 'VN-000001',
        dueOn: '2027-05-01',
        netCents: 60_000,
        vatCents: 12_600,
        totalCents: 72_600,
      });

      // Never paid: the scheduler's reminder on 1 May + 7 = 8 May raises the € 15 fee (vn:7.1.6).
      for (
        let d = day('2027-05-01');
        Temporal.PlainDate.compare(d, day('2027-05-08')) <= 0;
        d = d.add({ days: 1 })
      )
        await runDunning(as(d.toString(), scheduler), { sellerId: 'vitrumnet' });

      // The customer moves out on 14 May (vn:1.6.3 a); the next day's cycle asks the switch back.
      await terminateContract(as('2027-05-14'), { contractId, ground: 'customer-moves' });
      expect(await closeEndedContracts(as('2027-05-15'))).toMatchObject([
        { contractId, endedOn: '2027-05-14', cpeReturnsDue: [{ cpeId: device.id, dueOn: '2027-05-21' }] },
      ]);
      await recordCpeReturn(as('2027-05-20'), {
        cpeId: device.id,
        damageShare: '0.25',
        sticker: 'VN-004211',
      });

      // The account on 20 May, before the settlement: the invoice and the fee on the rows; interest on
      // 72600 from 2 May to 20 May, 19 days: 72600 × 10.40 % × 19 / 365 = 393.03 → 393, accrued beside.
      const before = await statementOn(endUser.id, '2027-05-20');
      expect(before.rows.map((r) => [r.date, r.kind, r.debitCents, r.creditCents, r.balanceCents])).toEqual([
        ['2027-04-01', 'invoice', 72_600, 0, 72_600],
        ['2027-05-08', 'costs', 1_500, 0, 74_100],
      ]);
      expect(before).toMatchObject({ balanceCents: 74_100, accruedInterestCents: 393 });
      const fee = before.openClaims.find((c) => c.kind === 'costs')!;
      expect(fee).toMatchObject({ costKind: 'reminder-fee', costsCents: 1_500 });

      // No figure given: collections looks the claims up and books the set-off.
      //   open claims 72600 + 393 + 1500 = 74493 (all of them: on the end every claim is due, vn:1.6.6)
      //   forfeited for damage 15000 × 0.25 = 3750 (vn:7.2.4); after damage 15000 − 3750 = 11250
      //   set off min(11250, 74493) = 11250; claims left 74493 − 11250 = 63243; refund 11250 − 11250 = 0
      const settlement = await settleDeposit(
        as('2027-05-20'),
        { cpeId: device.id },
        depositSetOff(as('2027-05-20')),
      );
      expect(settlement).toMatchObject({
        cpeId: device.id,
        settledOn: '2027-05-20',
        deposit: '150.00',
        damageShare: '0.25',
        forfeited: '37.50',
        afterDamage: '112.50',
        openClaims: '744.93',
        setOff: '112.50',
        claimsLeft: '632.43',
        refund: '0.00',
        refundCents: 0,
      });
      expect(settlement.because).toEqual(['vn:7.2.2', 'vn:7.2.3', 'vn:7.2.4']);

      // The set-off is a payment of the customer on the settlement day, of the amount set off.
      const after = await statementOn(endUser.id, '2027-05-20');
      const paymentRows = after.rows.filter((r) => r.kind === 'payment');
      expect(paymentRows).toHaveLength(1);
      const payment = await getPayment(database(), paymentRows[0]!.reference);
      expect(payment).toMatchObject({
        sellerId: 'vitrumnet',
        customerId: endUser.id,
        source: 'deposit-set-off',
        amountCents: 11_250,
        valueDate: '2027-05-20',
        unallocatedCents: 0,
      });
      // nl:6:43: both claims are due; the invoice bears interest, the fee none, so the invoice is the
      // more onerous and goes first; nl:6:44 within it: costs (none), interest 393, then principal
      // 11250 − 393 = 10857. Nothing is left for the fee.
      expect(
        payment.allocations.map((a) => [a.invoiceId, a.costClaimId, a.component, a.amountCents]),
      ).toEqual([
        [invoice.id, null, 'interest', 393],
        [invoice.id, null, 'principal', 10_857],
      ]);
      expect(payment.allocations[0]!.because).toEqual(['nl:6:43', 'nl:6:44']);

      // The interest paid becomes a row (nl:6:44), the set-off a credit: 74100 + 393 − 11250 = 63243.
      // The balance fell by 74100 − 63243 = 10857, the principal paid; with the accrued interest beside
      // it, what is owed fell by the set-off exactly: (74100 + 393) − (63243 + 0) = 11250.
      expect(after.rows.map((r) => [r.date, r.kind, r.debitCents, r.creditCents, r.balanceCents])).toEqual([
        ['2027-04-01', 'invoice', 72_600, 0, 72_600],
        ['2027-05-08', 'costs', 1_500, 0, 74_100],
        ['2027-05-20', 'interest', 393, 0, 74_493],
        ['2027-05-20', 'payment', 0, 11_250, 63_243],
      ]);
      expect(after).toMatchObject({ balanceCents: 63_243, accruedInterestCents: 0 });
      expect(
        before.balanceCents + before.accruedInterestCents - after.balanceCents - after.accruedInterestCents,
      ).toBe(11_250);
      // What is still owed is the settlement's claims left, 632.43: 72600 − 10857 = 61743 and the fee 1500.
      expect(after.openClaims.map((c) => [c.id, c.costsCents, c.interestCents, c.principalCents])).toEqual([
        [invoice.id, 0, 0, 61_743],
        [fee.id, 1_500, 0, 0],
      ]);

      // The customer is told what was set off.
      const told = await listMessages(database().db, { customerId: endUser.id });
      const settled = told.filter((m) => m.kind === 'deposit-settled');
      expect(settled.length).toBeGreaterThan(0);
      expect(settled[0]!.body).toMatch(/set off against open claims: € 112\.50 \(vn:7\.2\.3\)/);

      // Once only: a second settlement is refused and books nothing more.
      await expect(
        settleDeposit(as('2027-05-21'), { cpeId: device.id }, depositSetOff(as('2027-05-21'))),
      ).rejects.toThrow(/was settled on 2027-05-20/);
      const later = await statementOn(endUser.id, '2027-05-21');
      expect(later.rows).toEqual(after.rows);
      expect(later.balanceCents).toBe(63_243);
    });
  },
);

describeEachStore('a returned switch of a customer with credit on the account (vn:7.2.3)', (database) => {
  const { as, billQuarter, statementOn, endUserWithSwitch } = scenario(database);

  it('uses credit already on the account first: only what is still owed is set off, the rest is refunded', async () => {
    const { endUser, contractId, device } = await endUserWithSwitch();
    // A prepayment of € 700 (vn:2.1.4) before anything is billed: credit on the account.
    await recordPayment(as('2027-03-15'), {
      sellerId: 'vitrumnet',
      customerId: endUser.id,
      amountCents: 70_000,
      valueDate: day('2027-03-15'),
    });
    // VN-000001 as above: 72600, due 1 May. No payment or dunning step has used the credit on it yet.
    const invoice = await billQuarter('2027-Q2', '2027-04-01');
    expect(invoice).toMatchObject({ number: 'VN-000001', dueOn: '2027-05-01', totalCents: 72_600 });

    await terminateContract(as('2027-04-10'), { contractId, ground: 'customer-moves' });
    await closeEndedContracts(as('2027-04-11'));
    await recordCpeReturn(as('2027-04-12'), { cpeId: device.id, damageShare: '0.25', sticker: 'VN-004211' });

    // The credit pays first (allocated from 1 April, the day the invoice arose): 72600 − 70000 = 2600
    // is still owed, not yet due, so without interest; on the end it is due at once (vn:1.6.6).
    //   after damage 15000 − 3750 = 11250; set off min(11250, 2600) = 2600; refund 11250 − 2600 = 8650
    const settlement = await settleDeposit(
      as('2027-04-12'),
      { cpeId: device.id },
      depositSetOff(as('2027-04-12')),
    );
    expect(settlement).toMatchObject({
      afterDamage: '112.50',
      openClaims: '26.00',
      setOff: '26.00',
      claimsLeft: '0.00',
      refund: '86.50',
      refundCents: 8_650,
    });

    const after = await statementOn(endUser.id, '2027-04-12');
    expect(after.rows.map((r) => [r.date, r.kind, r.debitCents, r.creditCents, r.balanceCents])).toEqual([
      ['2027-03-15', 'payment', 0, 70_000, -70_000],
      ['2027-04-01', 'invoice', 72_600, 0, 2_600],
      ['2027-04-12', 'payment', 0, 2_600, 0],
    ]);
    expect(after).toMatchObject({ balanceCents: 0, accruedInterestCents: 0, openClaims: [] });
    const [prepaid, setOff] = await Promise.all(
      after.rows.filter((r) => r.kind === 'payment').map((r) => getPayment(database(), r.reference)),
    );
    expect(prepaid!.allocations.map((a) => [a.invoiceId, a.component, a.amountCents, a.allocatedOn])).toEqual(
      [[invoice.id, 'principal', 70_000, '2027-04-01']],
    );
    // All of the set-off pays the claim: none of the deposit stays behind as credit.
    expect(setOff).toMatchObject({ source: 'deposit-set-off', amountCents: 2_600, unallocatedCents: 0 });
    expect(setOff!.allocations.map((a) => [a.invoiceId, a.component, a.amountCents])).toEqual([
      [invoice.id, 'principal', 2_600],
    ]);
  });
});
