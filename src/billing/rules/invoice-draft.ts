import type { Temporal } from 'temporal-polyfill';
import type { RuleId } from '../../shared/explanation/index.ts';
import { lineNetAmount } from '../../shared/money/index.ts';
import type { Cents, VatCustomer, VatRateKind } from '../../shared/money/index.ts';
import { invoiceAmounts } from './invoice-amounts.ts';
import type { InvoiceAmounts } from './invoice-amounts.ts';
import { prepaidCredit, recurringCharges } from './recurring-charges.ts';
import type { RecurringSegment, RecurringSubscription } from './recurring-charges.ts';

/** A subscription as the draft needs it. */
export interface DraftSubscription extends RecurringSubscription {
  readonly contractId: string | null;
  readonly productId: string | null;
  readonly description: string;
  readonly vatRate: VatRateKind;
  /** The invoices that billed the days a credit gives back: a credit names what it corrects (nl:vat). */
  readonly billedOn?: readonly { readonly invoiceId: string; readonly number: string | null }[];
}

export interface DraftCharge {
  readonly id: string;
  readonly contractId: string | null;
  readonly productId: string | null;
  readonly description: string;
  readonly amountCents: Cents;
  readonly vatRate: VatRateKind;
  readonly raisedOn: string;
  readonly because: readonly RuleId[];
}

export interface DraftUsage {
  readonly id: number;
  readonly recordId: string;
  readonly contractId: string | null;
  readonly subscriptionId: string | null;
  readonly productId: string;
  readonly description: string;
  /** Decimal text. */
  readonly quantity: string;
  readonly unitCode: string;
  readonly unitPriceCents: Cents;
  readonly vatRate: VatRateKind;
  readonly occurredOn: string;
  readonly because: readonly RuleId[];
}

export interface DraftInput {
  /** The first day of the run's quarter. */
  readonly runFrom: Temporal.PlainDate;
  readonly invoiceDate: Temporal.PlainDate;
  readonly customer: VatCustomer;
  readonly subscriptions: readonly DraftSubscription[];
  readonly charges: readonly DraftCharge[];
  readonly usage: readonly DraftUsage[];
}

/** What a line bills and what it comes to: the part a draft's line and an invoice's line share. */
export interface LineItem {
  readonly contractId: string | null;
  readonly subscriptionId: string | null;
  readonly productId: string | null;
  readonly description: string;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  /** Decimal text ("1", "0.5", "1234.5"). */
  readonly quantity: string;
  /** UN/ECE recommendation 20 code: C62 one, DAY, HUR, KWH, GB… */
  readonly unitCode: string;
  /** Net price per unit in cents, decimal text with up to 4 decimals ("12345", "0.1234"). */
  readonly unitPriceCents: string;
  readonly netCents: Cents;
}

export interface DraftLine extends LineItem {
  readonly source: 'recurring' | 'credit' | 'usage' | 'charge';
  readonly vatRate: VatRateKind;
  readonly supplyDate: string;
  readonly because: readonly RuleId[];
  readonly figures: Record<string, unknown>;
  /** What the line bills, unique over all invoices: nothing is billed twice. */
  readonly billingKey: string;
  readonly chargeId?: string;
  readonly usageId?: number;
}

export interface InvoiceDraft {
  /** A credit note when the customer is owed more than it owes (prepaid days after an end). */
  readonly kind: 'invoice' | 'credit-note';
  /** The lines, grouped by contract and period; a credit note's with their signs turned. */
  readonly lines: readonly (DraftLine & { readonly vatCategory: string; readonly vatPercent: string })[];
  readonly amounts: InvoiceAmounts;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  /** Each billed subscription's new billed-through day. */
  readonly billedThrough: ReadonlyMap<string, string>;
  /** For a credit note: the (latest) invoice whose days it gives back. */
  readonly correctsId: string | null;
}

/**
 * One customer's invoice of a bill run: its subscriptions' fees in advance (bit:11.1, bit:11.2,
 * vn:7.1.3, vn:7.1.5) and credit for prepaid days after an end, usage in arrears (vn:7.1.4), and the
 * charges operations raised (one-time vn:7.3.1, removal vn:1.6.8, cancellation bit:4.1, remaining
 * term vn:1.6.4). Null when there is nothing to bill.
 */
export function draftInvoice(input: DraftInput): InvoiceDraft | null {
  const billedThrough = new Map<string, string>();
  const lines: DraftLine[] = [];
  for (const sub of input.subscriptions) {
    const credit = prepaidCredit(sub);
    const charged = credit.length > 0 ? [] : recurringCharges(sub, input.runFrom, input.invoiceDate);
    for (const segment of credit) lines.push(creditLine(sub, segment));
    for (const segment of charged) lines.push(segmentLine(sub, segment, 'recurring'));
    const last = charged.at(-1)?.to ?? (credit.length > 0 ? sub.endsOn : undefined);
    if (last) billedThrough.set(sub.id, last);
  }
  for (const usage of input.usage) lines.push(usageLine(usage));
  for (const charge of input.charges) lines.push(chargeLine(charge));
  if (lines.length === 0) return null;
  lines.sort(byContractAndPeriod);
  const total = invoiceAmounts(lines, input.customer, input.invoiceDate.toString());
  const kind = total.totalCents < 0 ? 'credit-note' : 'invoice';
  // A credit note shows what the customer is owed as positive amounts, as on paper.
  const shown = kind === 'invoice' ? lines : lines.map(turned);
  const amounts =
    kind === 'invoice' ? total : invoiceAmounts(shown, input.customer, input.invoiceDate.toString());
  const periods = shown.flatMap((line) => (line.periodFrom && line.periodTo ? [line] : []));
  return {
    kind,
    lines: shown.map((line, i) => ({ ...line, ...amounts.lines[i]! })),
    amounts,
    periodFrom: periods.length === 0 ? null : periods.map((l) => l.periodFrom!).sort()[0]!,
    periodTo:
      periods.length === 0
        ? null
        : periods
            .map((l) => l.periodTo!)
            .sort()
            .at(-1)!,
    billedThrough,
    correctsId: kind === 'credit-note' ? correctedInvoice(input.subscriptions, lines) : null,
  };
}

function creditLine(sub: DraftSubscription, segment: RecurringSegment): DraftLine {
  const line = segmentLine(sub, segment, 'credit');
  const numbers = (sub.billedOn ?? []).flatMap((invoice) => (invoice.number ? [invoice.number] : []));
  if (numbers.length === 0) return line;
  return {
    ...line,
    description: `${sub.description} (credit of ${numbers.join(', ')})`,
    figures: { ...line.figures, corrects: numbers.join(', ') },
  };
}

function correctedInvoice(
  subscriptions: readonly DraftSubscription[],
  lines: readonly DraftLine[],
): string | null {
  const credited = new Set(lines.filter((l) => l.source === 'credit').map((l) => l.subscriptionId));
  const invoices = subscriptions.filter((s) => credited.has(s.id)).flatMap((s) => s.billedOn ?? []);
  return invoices.at(-1)?.invoiceId ?? null;
}

function segmentLine(
  sub: DraftSubscription,
  segment: RecurringSegment,
  source: 'recurring' | 'credit',
): DraftLine {
  return {
    source,
    contractId: sub.contractId,
    subscriptionId: sub.id,
    productId: sub.productId,
    description: sub.description,
    periodFrom: segment.from,
    periodTo: segment.to,
    // One period (or the prorated part of one) at its amount: quantity × price = amount (PEPPOL-EN16931-R120).
    quantity: '1',
    unitCode: 'C62',
    unitPriceCents: String(segment.netCents),
    netCents: segment.netCents,
    vatRate: sub.vatRate,
    supplyDate: segment.from,
    because: segment.because,
    figures: {
      ...segment.figures,
      days: segment.days,
      periodDays: segment.periodDays,
      priceCents: segment.priceCents,
    },
    billingKey: `${source}:${sub.id}:${segment.from}`,
  };
}

function usageLine(usage: DraftUsage): DraftLine {
  return {
    source: 'usage',
    contractId: usage.contractId,
    subscriptionId: usage.subscriptionId,
    productId: usage.productId,
    description: usage.description,
    periodFrom: usage.occurredOn,
    periodTo: usage.occurredOn,
    quantity: usage.quantity,
    unitCode: usage.unitCode,
    unitPriceCents: String(usage.unitPriceCents),
    netCents: lineNetAmount(usage.quantity, { cents: usage.unitPriceCents }),
    vatRate: usage.vatRate,
    supplyDate: usage.occurredOn,
    because: usage.because,
    figures: { recordId: usage.recordId, quantity: usage.quantity, unitPriceCents: usage.unitPriceCents },
    billingKey: `usage:${usage.id}`,
    usageId: usage.id,
  };
}

function chargeLine(charge: DraftCharge): DraftLine {
  return {
    source: 'charge',
    contractId: charge.contractId,
    subscriptionId: null,
    productId: charge.productId,
    description: charge.description,
    periodFrom: null,
    periodTo: null,
    quantity: '1',
    unitCode: 'C62',
    unitPriceCents: String(charge.amountCents),
    netCents: charge.amountCents,
    vatRate: charge.vatRate,
    supplyDate: charge.raisedOn,
    because: charge.because,
    figures: { chargeId: charge.id, raisedOn: charge.raisedOn },
    billingKey: `charge:${charge.id}`,
    chargeId: charge.id,
  };
}

function turned(line: DraftLine): DraftLine {
  return { ...line, netCents: -line.netCents, unitPriceCents: String(-Number(line.unitPriceCents)) };
}

/** One collator for every comparison: building one per call costs more than the pricing. */
const byNumber = new Intl.Collator('en', { numeric: true });

/** Lines grouped by contract (or subscription; others last), then fees, usage and charges, by date. */
function byContractAndPeriod(a: DraftLine, b: DraftLine): number {
  const group = (line: DraftLine) => line.contractId ?? line.subscriptionId ?? '\uffff';
  const order = { recurring: 0, credit: 0, usage: 1, charge: 2 } as const;
  return (
    byNumber.compare(group(a), group(b)) ||
    order[a.source] - order[b.source] ||
    (a.periodFrom ?? a.supplyDate).localeCompare(b.periodFrom ?? b.supplyDate) ||
    a.billingKey.localeCompare(b.billingKey)
  );
}
