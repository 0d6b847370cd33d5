import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { FieldChecks, InvalidInputError, isBlank } from '../../shared/errors/index.ts';
import { findCustomer, sellerWithTerms } from '../store/parties.ts';
import { insertPayment, invoiceByNumber } from '../store/payments.ts';
import { allocatePayments } from './allocate-payments.ts';
import { getPayment } from './get-payment.ts';
import type { PaymentView } from './get-payment.ts';

export interface RecordPayment {
  readonly sellerId: string;
  readonly customerId: string;
  readonly amountCents: number;
  /** The value date on the seller's bank statement: the payment date (bit:11.3). */
  readonly valueDate: Temporal.PlainDate;
  /** The invoice number the customer names (nl:6:43; under bit:11.4 the oldest claims go first anyway). */
  readonly invoiceNumber?: string;
  readonly note?: string;
}

const MAX_NOTE = 500;

/** A payment a clerk records by hand (cash, a transfer seen outside the bank files), allocated at once. */
export async function recordPayment(context: Context, input: RecordPayment): Promise<PaymentView> {
  const checks = new FieldChecks();
  if (isBlank(input.sellerId)) checks.add('sellerId', 'is required');
  if (isBlank(input.customerId)) checks.add('customerId', 'is required');
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0)
    checks.add('amountCents', 'must be a whole number of cents above 0');
  if (!(input.valueDate instanceof Temporal.PlainDate)) checks.add('valueDate', 'is required (YYYY-MM-DD)');
  if (input.note !== undefined && input.note.length > MAX_NOTE)
    checks.add('note', `must be at most ${MAX_NOTE} characters`);
  checks.throwIfAny();
  const id = await context.db.transaction(async (tx) => {
    const { profile } = await sellerWithTerms(tx, input.sellerId);
    const customer = await findCustomer(tx, input.customerId);
    if (!customer) throw new InvalidInputError('customerId', `no customer '${input.customerId}'`);
    const named = input.invoiceNumber
      ? await invoiceByNumber(tx, input.sellerId, input.invoiceNumber)
      : undefined;
    if (input.invoiceNumber && named?.customerId !== customer.id)
      throw new InvalidInputError(
        'invoiceNumber',
        `no invoice '${input.invoiceNumber}' of seller '${input.sellerId}' to customer '${customer.id}'`,
      );
    const payment = await insertPayment(tx, {
      sellerId: input.sellerId,
      customerId: customer.id,
      source: 'manual',
      amountCents: input.amountCents,
      valueDate: input.valueDate.toString(),
      remittance: input.note?.trim() ?? '',
      namedInvoiceId: named?.invoiceId ?? null,
      matchedBy: 'clerk',
      recordedAt: context.clock.now().toString(),
      recordedBy: context.actor.id,
    });
    await allocatePayments(tx, {
      sellerId: input.sellerId,
      customerId: customer.id,
      customerKind: customer.kind,
      profile,
    });
    await auditChange(tx, context, {
      action: 'payment.recorded',
      subject: { type: 'payment', id: payment.id },
      details: { amountCents: payment.amountCents, valueDate: payment.valueDate, customerId: customer.id },
    });
    return payment.id;
  });
  return getPayment(context, id);
}
