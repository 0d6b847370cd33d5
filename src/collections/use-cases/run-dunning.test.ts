import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { aCustomer, date } from '../../billing/use-cases/billing-test-support.ts';
import { getInvoice, listInvoices } from '../../billing/use-cases/get-invoice.ts';
import { createSubscription } from '../../billing/use-cases/manage-subscriptions.ts';
import { startBillRun } from '../../billing/use-cases/start-bill-run.ts';
import { draftBillRun, issueBillRun } from '../../billing/use-cases/work-on-bill-run.ts';
import { listMessages } from '../../notifications/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { bikScale } from '../rules/collection-costs.ts';
import { getAccountStatement } from './get-account-statement.ts';
import { listDunningCases, renderDunningLetterPdf } from './get-dunning-letters.ts';
import { recordPayment } from './record-payment.ts';
import { runDunning } from './run-dunning.ts';

describeEachStore('the daily dunning run', (database) => {
  const on = (day: string): Context => ({
    db: database().db,
    clock: fixedClock(date(day)),
    actor: { id: 'scheduler', origin: 'test' },
  });
  /** One invoice of € 363.00 (€ 300 + 21 % VAT) for 2027-Q1, issued on 2027-01-01. */
  const invoiced = async (sellerId: string, customerId: string, kind: 'business' | 'consumer') => {
    await aCustomer(database().db, customerId, { kind });
    await createSubscription(on('2027-01-01'), {
      sellerId,
      customerId,
      description: 'Colocatie 1U',
      priceCents: 30_000,
      startsOn: date('2027-01-01'),
      endsOn: date('2027-03-31'),
    });
    const run = await startBillRun(on('2027-01-01'), { sellerId, period: '2027-Q1' });
    await draftBillRun(on('2027-01-01'), run.id);
    await issueBillRun(on('2027-01-01'), run.id);
    const [summary] = (await listInvoices(database().db, { billRunId: run.id, customerId })).invoices;
    return getInvoice(database().db, summary!.id);
  };
  /** Runs the seller's dunning every day from `from` to `to`: the steps taken, [day, step]. */
  const walk = async (sellerId: string, from: string, to: string, onDay?: (day: string) => Promise<void>) => {
    const taken: [string, string][] = [];
    for (let day = date(from); Temporal.PlainDate.compare(day, date(to)) <= 0; day = day.add({ days: 1 })) {
      await onDay?.(day.toString());
      const report = await runDunning(on(day.toString()), { sellerId, asOf: day });
      for (const step of report.steps) taken.push([day.toString(), step.step]);
      for (const _closed of report.closed) taken.push([day.toString(), 'closed']);
    }
    return taken;
  };

  it('walks a BIT business customer who never pays: reminder, collection costs, suspension, dissolution, each once', async () => {
    const invoice = await invoiced('bit', 'CU-D1', 'business');
    expect(invoice.dueOn).toBe('2027-01-15');
    const taken = await walk('bit', '2027-01-15', '2027-03-05');
    // A second run on the same day (another worker, a rerun) takes nothing again.
    expect(await walk('bit', '2027-03-05', '2027-03-05')).toEqual([]);
    expect(taken).toEqual([
      ['2027-01-22', 'reminder'], // due + 7 (bit:11.6)
      ['2027-02-05', 'collection-costs'], // + 14 (bit:11.7)
      ['2027-02-12', 'suspension'], // + 7 (bit:11.5)
      ['2027-02-26', 'dissolution'], // + 14 (bit:11.5: no notice of default needed)
    ]);
    const [dunningCase] = await listDunningCases(database(), 'CU-D1');
    expect(dunningCase).toMatchObject({
      openedOn: '2027-01-22',
      suspendedOn: '2027-02-12',
      dissolvedOn: '2027-02-26',
    });
    // The collection costs: the BIK scale on the principal of the reminder (nl:bik): 15 % of € 363.00.
    expect(bikScale(36_300).value).toBe(5_445);
    const account = await getAccountStatement(database(), {
      sellerId: 'bit',
      customerId: 'CU-D1',
      asOf: date('2027-03-05'),
    });
    expect(account.openClaims.filter((c) => c.kind === 'costs')).toMatchObject([
      { costKind: 'collection-costs', costsCents: 5_445 },
    ]);
    const costsLetter = dunningCase!.letters.find((l) => l.step === 'collection-costs')!;
    expect(costsLetter.letter.costs).toEqual([
      { kind: 'collection-costs', raisedOn: '2027-02-05', amountCents: 5_445 },
    ]);
    expect(costsLetter.totalCents).toBeGreaterThan(36_300 + 5_445); // and the interest to the day
    const pdf = await renderDunningLetterPdf(database(), costsLetter.id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const messages = await listMessages(database().db, { customerId: 'CU-D1' });
    expect(messages.map((m) => m.kind).sort()).toEqual(
      ['dunning-collection-costs', 'dunning-dissolution', 'dunning-reminder', 'dunning-suspension'].sort(),
    );
  });

  it('a VitrumNet consumer who pays within the 14 days of the letter owes no collection costs; the case closes', async () => {
    const invoice = await invoiced('vitrumnet', 'CU-D2', 'consumer');
    expect(invoice.dueOn).toBe('2027-01-31');
    const taken = await walk('vitrumnet', '2027-01-31', '2027-03-31', async (day) => {
      if (day === '2027-02-25')
        await recordPayment(on(day), {
          sellerId: 'vitrumnet',
          customerId: 'CU-D2',
          amountCents: 50_000,
          valueDate: date(day),
        });
    });
    expect(taken).toEqual([
      ['2027-02-07', 'reminder'], // due + 7, with the reminder fee (vn:7.1.6)
      ['2027-02-21', 'fourteen-day-letter'], // + 14: the letter art. 6:96 lid 6 BW asks before costs
      ['2027-02-25', 'closed'],
    ]);
    const [dunningCase] = await listDunningCases(database(), 'CU-D2');
    expect(dunningCase!.letters[0]!.letter.costs).toEqual([
      { kind: 'reminder-fee', raisedOn: '2027-02-07', amountCents: 1_500 },
    ]);
    expect(dunningCase!.letters[1]!.letter.warnedCostsCents).toBe(bikScale(36_300).value);
    const account = await getAccountStatement(database(), {
      sellerId: 'vitrumnet',
      customerId: 'CU-D2',
      asOf: date('2027-03-31'),
    });
    expect(account.rows.filter((r) => r.kind === 'costs').map((r) => r.description)).toEqual([
      'Reminder fee',
    ]);
    expect(account.openClaims).toEqual([]);
  });
});
