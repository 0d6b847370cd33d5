import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import {
  ConflictError,
  FieldChecks,
  InvalidInputError,
  NotFoundError,
  isBlank,
} from '../../shared/errors/index.ts';
import { findCustomer, sellerWithTerms } from '../store/parties.ts';
import { assignPaymentRow, invoiceByNumber, lockPayment } from '../store/payments.ts';
import { allocatePayments } from './allocate-payments.ts';
import { getPayment } from './get-payment.ts';
import type { PaymentView } from './get-payment.ts';

export interface AssignPayment {
  readonly paymentId: string;
  readonly customerId: string;
  /** The invoice the payment was meant for, when the clerk can tell. */
  readonly invoiceNumber?: string;
}

/** A clerk resolves a payment of the unmatched queue: names its customer (and invoice); it is allocated at once. */
export async function assignPayment(context: Context, input: AssignPayment): Promise<PaymentView> {
  const checks = new FieldChecks();
  if (isBlank(input.paymentId)) checks.add('paymentId', 'is required');
  if (isBlank(input.customerId)) checks.add('customerId', 'is required');
  checks.throwIfAny();
  await context.db.transaction(async (tx) => {
    // Locked: of two clerks placing the same payment at once, the second finds it placed (409).
    const payment = await lockPayment(tx, input.paymentId);
    if (!payment) throw new NotFoundError('payment', input.paymentId);
    if (payment.customerId !== null)
      throw new ConflictError(`payment ${payment.id} already belongs to customer ${payment.customerId}`);
    const customer = await findCustomer(tx, input.customerId);
    if (!customer) throw new InvalidInputError('customerId', `no customer '${input.customerId}'`);
    const named = input.invoiceNumber
      ? await invoiceByNumber(tx, payment.sellerId, input.invoiceNumber)
      : undefined;
    if (input.invoiceNumber && named?.customerId !== customer.id)
      throw new InvalidInputError(
        'invoiceNumber',
        `no invoice '${input.invoiceNumber}' to customer '${customer.id}'`,
      );
    const { profile } = await sellerWithTerms(tx, payment.sellerId);
    await assignPaymentRow(tx, payment.id, {
      customerId: customer.id,
      namedInvoiceId: named?.invoiceId ?? null,
      matchedBy: 'clerk',
    });
    await allocatePayments(tx, {
      sellerId: payment.sellerId,
      customerId: customer.id,
      customerKind: customer.kind,
      profile,
    });
    await auditChange(tx, context, {
      action: 'payment.assigned',
      subject: { type: 'payment', id: payment.id },
      details: { customerId: customer.id, invoiceId: named?.invoiceId ?? null },
    });
  });
  return getPayment(context, input.paymentId);
}
