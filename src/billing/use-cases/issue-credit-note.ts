import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { violatedUniqueConstraint } from '../../platform/database/index.ts';
import { ConflictError, FieldChecks, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { vatBreakdown } from '../../shared/money/index.ts';
import type { VatCategory } from '../../shared/money/index.ts';
import { getProfile } from '../../terms/index.ts';
import { creditorReference, formatInvoiceNumber } from '../rules/invoice-number.ts';
import { customerRows, findSellerRow } from '../store/billing-inputs.ts';
import {
  findInvoice,
  insertInvoice,
  insertLines,
  linesOf,
  markIssued,
  takeNumbers,
} from '../store/invoices.ts';
import { getInvoice } from './get-invoice.ts';
import type { InvoiceView } from './invoice-view.ts';
import { draftInvoiceRow, invoiceLineRows } from './invoice-row.ts';
import { customerParty, sellerParty } from './invoice-snapshots.ts';
import { seriesOf } from './issue-chunk.ts';

export interface IssueCreditNote {
  readonly invoiceId: string;
  /** Why, printed on the credit note. */
  readonly reason: string;
  /** The positions of the lines to credit; default all. A line is credited at most once. */
  readonly lines?: readonly number[];
}

const MAX_REASON = 500;

/**
 * Corrects an issued invoice the only way the law allows (nl:vat): a credit note that names it,
 * crediting some or all of its lines at the rates they were billed at, numbered and issued at once.
 */
export async function issueCreditNote(context: Context, input: IssueCreditNote): Promise<InvoiceView> {
  const checks = new FieldChecks();
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (reason === '' || reason.length > MAX_REASON)
    checks.add('reason', `is required, at most ${MAX_REASON} characters`);
  if (input.lines !== undefined && (!Array.isArray(input.lines) || input.lines.length === 0))
    checks.add('lines', 'must list at least one line position, or be left out to credit every line');
  checks.throwIfAny();
  const id = await context.db
    .transaction(async (tx) => {
      const invoice = await findInvoice(tx, input.invoiceId);
      if (!invoice) throw new NotFoundError('invoice', input.invoiceId);
      if (invoice.kind !== 'invoice' || invoice.state !== 'issued')
        throw new ConflictError(
          `${invoice.id} is ${invoice.state === 'draft' ? 'a draft: change or drop it instead' : 'a credit note'}; only an issued invoice is corrected by a credit note`,
        );
      // Dated today, and never before the invoice it corrects.
      const today = [context.clock.today().toString(), invoice.issuedOn!].sort().at(-1)!;
      const all = await linesOf(tx, invoice.id);
      const wanted = input.lines ?? all.map((line) => line.position);
      const unknown = wanted.filter((position) => !all.some((line) => line.position === position));
      if (unknown.length > 0)
        throw new InvalidInputError('lines', `${invoice.id} has no line ${unknown.join(', ')}`);
      const lines = all.filter((line) => wanted.includes(line.position));
      const seller = (await findSellerRow(tx, invoice.sellerId))!;
      const [customer] = await customerRows(tx, [invoice.customerId]);
      const { profile } = await getProfile(tx, seller.profileId);
      const totals = vatBreakdown(
        lines.map((line) => ({
          netCents: line.netCents,
          category: line.vatCategory as VatCategory,
          percent: line.vatPercent,
        })),
      ).value;
      const series = seriesOf('credit-note', seller);
      const credit = await insertInvoice(
        tx,
        draftInvoiceRow({
          kind: 'credit-note',
          sellerId: seller.id,
          customerId: invoice.customerId,
          billRunId: null,
          correctsId: invoice.id,
          paymentTermDays: invoice.paymentTermDays,
          periodFrom: invoice.periodFrom,
          periodTo: invoice.periodTo,
          language: invoice.language,
          currency: invoice.currency,
          seller: sellerParty(seller),
          customer: customer ? customerParty(customer) : invoice.customer,
          amounts: {
            reverseCharge: invoice.reverseCharge,
            notes: [...invoice.notes, reason],
            netCents: totals.totalNetCents,
            vatCents: totals.totalVatCents,
            totalCents: totals.totalGrossCents,
            vatSubtotals: totals.subtotals.map((s) => ({
              ...s,
              ...exemptionOf(invoice.vatSubtotals, s.category),
            })),
          },
          because: ['nl:vat', ...profile.payment.rules],
          createdAt: context.clock.now().toString(),
        }),
      );
      await insertLines(
        tx,
        invoiceLineRows(
          credit.id,
          lines.map((line) => ({
            ...line,
            source: 'correction' as const,
            figures: { corrects: invoice.number, line: line.position },
            // Unique: a line is credited once, whoever tries at the same moment.
            billingKey: `correction:${invoice.id}:${line.position}`,
          })),
        ),
      );
      const [n] = await takeNumbers(tx, seller.id, series, 1);
      const number = formatInvoiceNumber(series, n!);
      await markIssued(
        tx,
        [
          {
            id: credit.id,
            series,
            number,
            issuedOn: today,
            dueOn: today,
            paymentReference: creditorReference(number),
            seller: credit.seller,
            customer: credit.customer,
          },
        ],
        context.clock.now().toString(),
        context.actor.id,
      );
      await auditChange(tx, context, {
        action: 'invoice.credited',
        subject: { type: 'invoice', id: invoice.id },
        reason,
        details: { creditNoteId: credit.id, number, lines: wanted, totalCents: totals.totalGrossCents },
      });
      return credit.id;
    })
    .catch((error: unknown) => {
      if (violatedUniqueConstraint(error) === 'invoice_lines_billing_key_unique')
        throw new ConflictError(`a line of ${input.invoiceId} was credited already; credit each line once`);
      throw error;
    });
  return getInvoice(context.db, id);
}

function exemptionOf(subtotals: InvoiceView['vatSubtotals'], category: VatCategory) {
  const found = subtotals.find((s) => s.category === category);
  return found?.exemptionReasonCode
    ? { exemptionReasonCode: found.exemptionReasonCode, exemptionReason: found.exemptionReason }
    : {};
}
