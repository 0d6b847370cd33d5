import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { aCustomer, billingContext, date } from '../../billing/use-cases/billing-test-support.ts';
import { getInvoice, listInvoices } from '../../billing/use-cases/get-invoice.ts';
import { createSubscription } from '../../billing/use-cases/manage-subscriptions.ts';
import { startBillRun } from '../../billing/use-cases/start-bill-run.ts';
import { draftBillRun, issueBillRun } from '../../billing/use-cases/work-on-bill-run.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import { statutoryInterest } from '../rules/statutory-interest.ts';
import { bankStatements, payments } from '../schema.ts';
import { bankFile } from './collections-test-support.ts';
import { getAccountStatement } from './get-account-statement.ts';
import { assignPayment } from './assign-payment.ts';
import { listUnmatchedPayments } from './get-payment.ts';
import { importBankStatement } from './import-bank-statement.ts';
import { recordComplaint } from './record-complaint.ts';
import { recordPayment } from './record-payment.ts';

const BIT_IBAN = 'NL91ABNA0417164300';

describeEachStore('payments and their allocation', (database) => {
  const context = billingContext(database, '2027-01-01');
  const CUSTOMERS = ['CU-P1', 'CU-P2', 'CU-P3', 'CU-P4', 'CU-P5', 'CU-P6'];
  /**
   * Each customer has a quarterly fee of € 300 excl. VAT from 2027-01-01: one invoice of € 363.00 for
   * 2027-Q1, issued 2027-01-01, due in 14 days (bit:11.3). Only CU-P2's fee runs on into Q2.
   */
  beforeAll(async () => {
    for (const customerId of CUSTOMERS) {
      await aCustomer(database().db, customerId);
      await createSubscription(context(), {
        sellerId: 'bit',
        customerId,
        description: 'Colocatie 1U',
        priceCents: 30_000,
        startsOn: date('2027-01-01'),
        endsOn: customerId === 'CU-P2' ? null : date('2027-03-31'),
      });
    }
    await billQuarter('2027-Q1');
  });
  const billQuarter = async (period: string) => {
    const run = await startBillRun(context(), { sellerId: 'bit', period });
    await draftBillRun(context(), run.id);
    await issueBillRun(context(), run.id);
    return run.id;
  };
  const invoiceOf = async (customerId: string, period = '2027-01-01') => {
    const { invoices } = await listInvoices(database().db, { customerId });
    return getInvoice(database().db, invoices.find((i) => i.periodFrom === period)!.id);
  };
  const statement = (customerId: string, asOf: string) =>
    getAccountStatement(database(), { sellerId: 'bit', customerId, asOf: date(asOf) });

  it('pays statutory interest first, then the principal (bit:11.4), and leaves the rest of the principal open', async () => {
    const invoice = await invoiceOf('CU-P1');
    expect(invoice).toMatchObject({ totalCents: 36_300, dueOn: '2027-01-15' });
    const interest = statutoryInterest({
      kind: 'commercial',
      principalCents: 36_300,
      dueOn: date('2027-01-15'),
      until: date('2027-03-16'),
    }).value;
    expect(interest).toBeGreaterThan(0);
    const payment = await recordPayment(context(), {
      sellerId: 'bit',
      customerId: 'CU-P1',
      amountCents: 36_300,
      valueDate: date('2027-03-16'),
    });
    expect(payment.allocations.map((a) => [a.component, a.amountCents, a.allocatedOn])).toEqual([
      ['interest', interest, '2027-03-16'],
      ['principal', 36_300 - interest, '2027-03-16'],
    ]);
    expect(payment.allocations[0]!.because).toContain('bit:11.4');
    expect(payment.unallocatedCents).toBe(0);
    const account = await statement('CU-P1', '2027-03-16');
    expect(account.openClaims).toMatchObject([
      { id: invoice.id, principalCents: interest, interestCents: 0 },
    ]);
    expect(account.balanceCents).toBe(interest);
    expect(account.rows.map((r) => [r.kind, r.debitCents, r.creditCents, r.balanceCents])).toEqual([
      ['invoice', 36_300, 0, 36_300],
      ['interest', interest, 0, 36_300 + interest],
      ['payment', 0, 36_300, interest],
    ]);
  });

  it('keeps an overpayment as credit and uses it first on the next invoice', async () => {
    const first = await invoiceOf('CU-P2');
    const payment = await recordPayment(context(), {
      sellerId: 'bit',
      customerId: 'CU-P2',
      amountCents: 50_000,
      valueDate: date('2027-01-10'),
      invoiceNumber: first.number!,
    });
    expect(payment.unallocatedCents).toBe(50_000 - 36_300);
    await billQuarter('2027-Q2');
    const second = await invoiceOf('CU-P2', '2027-04-01');
    // The next payment (of the rest) lets the credit go first.
    const rest = await recordPayment(context(), {
      sellerId: 'bit',
      customerId: 'CU-P2',
      amountCents: 36_300 - 13_700,
      valueDate: date('2027-04-05'),
    });
    expect(rest.unallocatedCents).toBe(0);
    const account = await statement('CU-P2', '2027-04-05');
    expect(account.balanceCents).toBe(0);
    expect(account.openClaims).toEqual([]);
    expect(second.issuedOn).toBe('2027-04-01');
  });

  it('imports a statement: matched by reference, by invoice number in part, and one for the clerk; twice adds nothing', async () => {
    const a = await invoiceOf('CU-P3');
    const b = await invoiceOf('CU-P4');
    const file = bankFile(BIT_IBAN, [
      { ref: 'E1', amountCents: 36_300, valueDate: '2027-01-12', creditorReference: a.paymentReference! },
      {
        ref: 'E2',
        amountCents: 18_150,
        valueDate: '2027-01-13',
        text: `Betaling factuur ${b.number} deel 1`,
      },
      {
        ref: 'E3',
        amountCents: 12_345,
        valueDate: '2027-01-13',
        text: 'Onbekend',
        counterpartyIban: 'NL02ABNA0123456789',
      },
      { ref: 'E4', amountCents: 5_000, valueDate: '2027-01-13', direction: 'DBIT', text: 'Bankkosten' },
    ]);
    const report = await importBankStatement(context(), { sellerId: 'bit', file });
    expect(report).toMatchObject({
      alreadyImported: false,
      entries: 4,
      matched: 2,
      unmatched: 1,
      skipped: 1,
    });
    expect((await statement('CU-P3', '2027-01-31')).balanceCents).toBe(0);
    const partly = await statement('CU-P4', '2027-01-31');
    expect(partly.openClaims).toMatchObject([{ id: b.id, principalCents: 18_150 }]);
    const again = await importBankStatement(context(), { sellerId: 'bit', file });
    expect(again).toMatchObject({ statementId: report.statementId, alreadyImported: true, matched: 0 });
    const [waiting] = await listUnmatchedPayments(database(), 'bit');
    expect(waiting).toMatchObject({ amountCents: 12_345, counterpartyIban: 'NL02ABNA0123456789' });
    const resolved = await assignPayment(context(), { paymentId: waiting!.id, customerId: 'CU-P4' });
    expect(resolved).toMatchObject({ customerId: 'CU-P4', matchedBy: 'clerk', unallocatedCents: 0 });
    expect((await statement('CU-P4', '2027-01-31')).openClaims).toMatchObject([
      { principalCents: 18_150 - 12_345 },
    ]);
  });

  it('lets one of two clerks placing the same unmatched payment at once win; the other gets a conflict', async () => {
    const file = bankFile(BIT_IBAN, [
      {
        ref: 'RACE-1',
        amountCents: 1_000,
        valueDate: '2027-01-20',
        text: 'Onbekende betaler',
        counterpartyIban: 'NL69INGB0123456789',
      },
    ]);
    await importBankStatement(context(), { sellerId: 'bit', file });
    const waiting = (await listUnmatchedPayments(database(), 'bit')).find((p) => p.amountCents === 1_000)!;
    // Two customers with nothing owed, so the payment is credit on one account.
    for (const id of ['CU-P7', 'CU-P8']) await aCustomer(database().db, id);
    const results = await Promise.allSettled([
      assignPayment(context(), { paymentId: waiting.id, customerId: 'CU-P7' }),
      assignPayment(context(), { paymentId: waiting.id, customerId: 'CU-P8' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    expect((lost[0]!.reason as Error).message).toMatch(/already belongs to customer CU-P[78]/);
    // The payment counts once, as credit on the winner's account only.
    const balances = await Promise.all(
      ['CU-P7', 'CU-P8'].map(async (id) => (await statement(id, '2027-01-31')).balanceCents),
    );
    expect(balances.sort((a, b) => a - b)).toEqual([-1_000, 0]);
  });

  it('refuses a statement of another account, and files that are not XML, of another currency or cut off, changing nothing', async () => {
    const stored = async () => ({
      statements: (await database().db.select().from(bankStatements)).length,
      payments: (await database().db.select().from(payments)).length,
    });
    const before = await stored();
    await expect(
      importBankStatement(context(), { sellerId: 'bit', file: bankFile('NL20INGB0001234567', []) }),
    ).rejects.toThrow(/not of bit's account NL91ABNA0417164300/);
    await expect(importBankStatement(context(), { sellerId: 'bit', file: '<nope' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    const entries = [{ ref: 'X1', amountCents: 100, valueDate: '2027-01-12', text: 'iets' }];
    const dollars = bankFile(BIT_IBAN, entries).replaceAll('Ccy="EUR"', 'Ccy="USD"');
    await expect(importBankStatement(context(), { sellerId: 'bit', file: dollars })).rejects.toThrow(/EUR/);
    const whole = bankFile(BIT_IBAN, entries);
    const cut = whole.slice(0, whole.indexOf('</Ntry>'));
    await expect(importBankStatement(context(), { sellerId: 'bit', file: cut })).rejects.toThrow(/statement/);
    expect(await stored()).toEqual(before);
  });

  it('a direct-debit return undoes the allocation and reopens the invoice', async () => {
    const invoice = await invoiceOf('CU-P5');
    await importBankStatement(context(), {
      sellerId: 'bit',
      file: bankFile(BIT_IBAN, [
        {
          ref: 'DD1',
          amountCents: 36_300,
          valueDate: '2027-01-14',
          endToEndId: 'VZ-DD-1',
          text: invoice.number!,
        },
      ]),
    });
    expect((await statement('CU-P5', '2027-01-20')).balanceCents).toBe(0);
    const returns = await importBankStatement(context(), {
      sellerId: 'bit',
      file: bankFile(
        BIT_IBAN,
        [
          {
            ref: 'R1',
            amountCents: 36_300,
            valueDate: '2027-01-19',
            direction: 'DBIT',
            endToEndId: 'VZ-DD-1',
            returnReason: 'MD06',
          },
        ],
        'camt.054',
      ),
    });
    expect(returns).toMatchObject({ kind: 'camt.054', returned: 1 });
    const account = await statement('CU-P5', '2027-01-20');
    expect(account.openClaims).toMatchObject([{ id: invoice.id, principalCents: 36_300 }]);
    expect(account.rows.map((r) => r.kind)).toEqual(['invoice', 'payment', 'payment-returned']);
    expect(account.balanceCents).toBe(36_300);
  });

  it('a dispute on half an invoice takes that half out of interest; the other half bears it', async () => {
    const invoice = await invoiceOf('CU-P6');
    const { complaint, dispute } = await recordComplaint(context(), {
      sellerId: 'bit',
      customerId: 'CU-P6',
      about: 'invoice',
      invoiceNumber: invoice.number!,
      receivedOn: date('2027-01-12'),
      channel: 'email',
      description: 'De helft van de rack-ruimte is niet geleverd',
      disputedCents: 18_150,
    });
    expect(complaint).toMatchObject({ inTime: true, deadline: '2027-01-21' });
    expect(dispute).toMatchObject({ state: 'open', amountCents: 18_150 });
    const account = await statement('CU-P6', '2027-03-16');
    const halfInterest = statutoryInterest({
      kind: 'commercial',
      principalCents: 18_150,
      dueOn: date('2027-01-15'),
      until: date('2027-03-16'),
    }).value;
    expect(account.openClaims).toMatchObject([
      { principalCents: 36_300, disputedCents: 18_150, interestCents: halfInterest },
    ]);
  });
});
