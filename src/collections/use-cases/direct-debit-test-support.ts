import { create } from 'xmlbuilder2';
import { aCustomer, date } from '../../billing/use-cases/billing-test-support.ts';
import { listInvoices } from '../../billing/use-cases/get-invoice.ts';
import { createSubscription } from '../../billing/use-cases/manage-subscriptions.ts';
import { startBillRun } from '../../billing/use-cases/start-bill-run.ts';
import { draftBillRun, issueBillRun } from '../../billing/use-cases/work-on-bill-run.ts';
import { all, text, texts } from '../../documents/test-support/ubl-query.ts';
import type { XmlElement } from '../../documents/test-support/ubl-query.ts';
import type { Context } from '../../platform/context.ts';

/* For the tests of direct debits and refunds only. */

/** A valid SEPA creditor identifier (EPC262-08 check digits). */
export const CREDITOR_ID = 'NL69ZZZ123456780000';

/**
 * BIT customers with a quarterly fee of € 300 excl. VAT from 2027-01-01 (no end), and their 2027-Q1
 * invoices of € 363,00, issued 2027-01-01 and due 2027-01-15. `context` must stand on 2027-01-01.
 */
export async function billedCustomers(
  context: Context,
  customers: readonly { id: string; kind?: 'business' | 'consumer' }[],
): Promise<Map<string, { id: string; number: string }>> {
  for (const customer of customers) {
    await aCustomer(context.db, customer.id, { kind: customer.kind ?? 'business' });
    await createSubscription(context, {
      sellerId: 'bit',
      customerId: customer.id,
      description: 'Colocatie 1U',
      priceCents: 30_000,
      startsOn: date('2027-01-01'),
      endsOn: null,
    });
  }
  return billQuarter(context, '2027-Q1');
}

/** Bills and issues a quarter of BIT; the invoices of the run by customer. */
export async function billQuarter(
  context: Context,
  period: string,
): Promise<Map<string, { id: string; number: string }>> {
  const run = await startBillRun(context, { sellerId: 'bit', period });
  await draftBillRun(context, run.id);
  await issueBillRun(context, run.id);
  const { invoices } = await listInvoices(context.db, { billRunId: run.id });
  return new Map(
    invoices.map((invoice) => [invoice.customerId, { id: invoice.id, number: invoice.number! }]),
  );
}

/** Each payment-information block of a pain.008: scheme, sequence type, date and end-to-end ids. */
export function collectionBlocks(xml: string): [string, string, string, string[]][] {
  const root = create(xml).root().node as unknown as XmlElement;
  return all(root, 'CstmrDrctDbtInitn/PmtInf').map((block) => [
    text(block, 'PmtTpInf/LclInstrm/Cd'),
    text(block, 'PmtTpInf/SeqTp'),
    text(block, 'ReqdColltnDt'),
    texts(block, 'DrctDbtTxInf/PmtId/EndToEndId'),
  ]);
}
