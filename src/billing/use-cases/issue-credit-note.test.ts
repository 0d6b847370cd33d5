import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { aCustomer, billingContext, date } from './billing-test-support.ts';
import { getInvoice, listInvoices } from './get-invoice.ts';
import { issueCreditNote } from './issue-credit-note.ts';
import { createSubscription } from './manage-subscriptions.ts';
import { startBillRun } from './start-bill-run.ts';
import { draftBillRun, issueBillRun } from './work-on-bill-run.ts';

describeEachStore('a credit note', (database) => {
  const context = billingContext(database, '2027-02-10');
  /** An issued BIT invoice of two lines: Q4 2026 and Q1 2027 at € 300 each. */
  const issuedInvoice = async (customerId: string, period: string) => {
    await aCustomer(database().db, customerId);
    const year = Number(period.slice(0, 4));
    await createSubscription(context(), {
      sellerId: 'bit',
      customerId,
      description: 'Colocatie 1U',
      priceCents: 30_000,
      startsOn: date(`${year - 1}-10-01`),
    });
    const run = await startBillRun(context(), { sellerId: 'bit', period });
    await draftBillRun(context(), run.id);
    await issueBillRun(context(), run.id);
    const [invoice] = (await listInvoices(database().db, { billRunId: run.id, customerId })).invoices;
    return getInvoice(database().db, invoice!.id);
  };

  it('credits every line of an issued invoice, naming it, numbered in the credit series', async () => {
    const invoice = await issuedInvoice('CU-N1', '2027-Q1');
    expect(invoice.corrects).toBeNull();
    const credit = await issueCreditNote(context(), { invoiceId: invoice.id, reason: 'Dubbel gefactureerd' });
    expect(credit).toMatchObject({
      kind: 'credit-note',
      state: 'issued',
      corrects: { id: invoice.id, number: invoice.number, issuedOn: '2027-01-01' },
      issuedOn: '2027-02-10',
      netCents: 60_000,
      vatCents: 12_600,
      totalCents: 72_600,
      customerId: 'CU-N1',
    });
    expect(credit.number).toMatch(/^BITC-\d{6}$/);
    expect(credit.notes).toContain('Dubbel gefactureerd');
    expect(
      credit.lines.map((l) => [l.source, l.periodFrom, l.netCents, l.vatCategory, l.vatPercent]),
    ).toEqual([
      ['correction', '2026-10-01', 30_000, 'S', '21'],
      ['correction', '2027-01-01', 30_000, 'S', '21'],
    ]);
    expect(await auditTrailOf(database().db, { type: 'invoice', id: invoice.id })).toMatchObject([
      { action: 'invoice.credited', actor: 'user:billing', reason: 'Dubbel gefactureerd' },
    ]);
    // The invoice itself stays as issued.
    expect(await getInvoice(database().db, invoice.id)).toEqual(invoice);
  });

  it('credits chosen lines once: a second credit of the same line is a conflict', async () => {
    const invoice = await issuedInvoice('CU-N2', '2028-Q1');
    const credit = await issueCreditNote(context(), {
      invoiceId: invoice.id,
      reason: 'Q4 was free',
      lines: [1],
    });
    // Today is 10 February 2027, before the invoice of 1 January 2028: never dated before what it corrects.
    expect(credit).toMatchObject({
      netCents: 30_000,
      vatCents: 6_300,
      totalCents: 36_300,
      issuedOn: '2028-01-01',
    });
    await expect(
      issueCreditNote(context(), { invoiceId: invoice.id, reason: 'again', lines: [1, 2] }),
    ).rejects.toBeInstanceOf(ConflictError);
    const credits = await listInvoices(database().db, { customerId: 'CU-N2', kind: 'credit-note' });
    expect(credits.total).toBe(1);
    // The other line can still be credited.
    await issueCreditNote(context(), { invoiceId: invoice.id, reason: 'Q1 too', lines: [2] });
    const numbers = (await listInvoices(database().db, { customerId: 'CU-N2', kind: 'credit-note' })).invoices
      .map((i) => Number(i.number!.slice(5)))
      .sort((a, b) => a - b);
    expect(numbers[1]).toBe(numbers[0]! + 1);
  });

  it('refuses a missing reason, an unknown line, a draft and an unknown invoice', async () => {
    const invoice = await issuedInvoice('CU-N3', '2029-Q1');
    await expect(issueCreditNote(context(), { invoiceId: invoice.id, reason: ' ' })).rejects.toMatchObject({
      problems: [{ field: 'reason' }],
    });
    await expect(
      issueCreditNote(context(), { invoiceId: invoice.id, reason: 'x', lines: [9] }),
    ).rejects.toMatchObject({ problems: [{ field: 'lines', problem: `${invoice.id} has no line 9` }] });
    await expect(issueCreditNote(context(), { invoiceId: 'INV-0', reason: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await aCustomer(database().db, 'CU-N4');
    await createSubscription(context(), {
      sellerId: 'bit',
      customerId: 'CU-N4',
      priceCents: 100,
      startsOn: date('2029-10-01'),
    });
    const run = await startBillRun(context(), { sellerId: 'bit', period: '2030-Q1' });
    await draftBillRun(context(), run.id);
    const [draft] = (await listInvoices(database().db, { billRunId: run.id, customerId: 'CU-N4' })).invoices;
    await expect(issueCreditNote(context(), { invoiceId: draft!.id, reason: 'x' })).rejects.toThrow(
      /is a draft: change or drop it instead/,
    );
  });
});
