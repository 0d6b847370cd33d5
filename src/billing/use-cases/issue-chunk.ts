import { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { dueDate } from '../rules/due-date.ts';
import { creditorReference, formatInvoiceNumber } from '../rules/invoice-number.ts';
import type { BillRunChunkRow } from '../store/bill-runs.ts';
import { customerRows } from '../store/billing-inputs.ts';
import { draftsOfRun, markIssued, takeNumbers } from '../store/invoices.ts';
import type { InvoiceRow, IssuedFields, RunDraft } from '../store/invoices.ts';
import { customerParty, sellerParty } from './invoice-snapshots.ts';
import type { RunSetting } from './draft-chunk.ts';

/**
 * Issues the drafts of one chunk in the caller's transaction: numbers from the seller's series
 * (credit notes from their own when the seller has one), the invoice date and due date, the payment
 * reference, and fresh snapshots of both parties. Answers the number issued.
 */
export async function issueChunk(
  tx: Context['db'],
  context: Context,
  { run, seller, profile }: RunSetting,
  chunk: BillRunChunkRow,
): Promise<number> {
  const drafts = await draftsOfRun(tx, run.id, chunk.customerIds);
  if (drafts.length === 0) return 0;
  const customers = new Map((await customerRows(tx, chunk.customerIds)).map((c) => [c.id, c]));
  const issuedOn = Temporal.PlainDate.from(run.invoiceDate);
  const due = dueDate(issuedOn, profile.payment.termDays, profile.payment.rules).value.toString();
  const issued: IssuedFields[] = [];
  for (const [series, group] of bySeries(drafts, seller)) {
    const numbers = await takeNumbers(tx, seller.id, series, group.length);
    group.forEach((draft, i) => {
      const number = formatInvoiceNumber(series, numbers[i]!);
      const customer = customers.get(draft.customerId);
      issued.push({
        id: draft.id,
        series,
        number,
        issuedOn: issuedOn.toString(),
        dueOn: draft.kind === 'invoice' ? due : issuedOn.toString(),
        paymentReference: creditorReference(number),
        seller: sellerParty(seller),
        customer: customer ? customerParty(customer) : draft.customer,
      });
    });
  }
  await markIssued(tx, issued, context.clock.now().toString(), context.actor.id);
  return issued.length;
}

/** nl:vat: numbers run consecutively per series; credit notes may have a series of their own. */
export function seriesOf(kind: InvoiceRow['kind'], seller: RunSetting['seller']): string {
  return kind === 'credit-note' && seller.creditNoteSeries ? seller.creditNoteSeries : seller.invoiceSeries;
}

function bySeries(drafts: readonly RunDraft[], seller: RunSetting['seller']): Map<string, RunDraft[]> {
  const groups = new Map<string, RunDraft[]>();
  for (const draft of drafts) {
    const series = seriesOf(draft.kind, seller);
    const group = groups.get(series);
    if (group) group.push(draft);
    else groups.set(series, [draft]);
  }
  return groups;
}
