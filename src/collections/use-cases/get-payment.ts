import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { allocationsOfPayment, findPayment, unmatchedPayments } from '../store/payments.ts';
import type { PaymentRow } from '../store/payments.ts';

export interface AllocationView {
  readonly invoiceId: string | null;
  readonly costClaimId: string | null;
  readonly component: 'costs' | 'interest' | 'principal' | 'refund';
  readonly amountCents: number;
  readonly allocatedOn: string;
  readonly reversedOn: string | null;
  readonly because: string[];
}

export interface PaymentView {
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string | null;
  readonly source: PaymentRow['source'];
  readonly amountCents: number;
  readonly valueDate: string;
  readonly counterpartyName: string | null;
  readonly counterpartyIban: string | null;
  readonly endToEndId: string | null;
  readonly remittance: string;
  readonly namedInvoiceId: string | null;
  readonly matchedBy: string | null;
  readonly statementId: string | null;
  readonly returnedOn: string | null;
  readonly returnReason: string | null;
  readonly allocations: AllocationView[];
  /** What no claim took: credit on the customer's account, used first next time. */
  readonly unallocatedCents: number;
}

export async function getPayment(context: Pick<Context, 'db'>, id: string): Promise<PaymentView> {
  const row = await findPayment(context.db, id);
  if (!row) throw new NotFoundError('payment', id);
  return paymentView(row, await allocationsOfPayment(context.db, id));
}

/** The unmatched queue: bank payments no customer was found for, oldest first, for a clerk to resolve. */
export async function listUnmatchedPayments(
  context: Pick<Context, 'db'>,
  sellerId?: string,
): Promise<PaymentView[]> {
  const rows = await unmatchedPayments(context.db, sellerId);
  return rows.map((row) => paymentView(row, []));
}

function paymentView(
  row: PaymentRow,
  allocations: Awaited<ReturnType<typeof allocationsOfPayment>>,
): PaymentView {
  const active = allocations.filter((a) => a.reversedOn === null);
  return {
    id: row.id,
    sellerId: row.sellerId,
    customerId: row.customerId,
    source: row.source,
    amountCents: row.amountCents,
    valueDate: row.valueDate,
    counterpartyName: row.counterpartyName,
    counterpartyIban: row.counterpartyIban,
    endToEndId: row.endToEndId,
    remittance: row.remittance,
    namedInvoiceId: row.namedInvoiceId,
    matchedBy: row.matchedBy,
    statementId: row.statementId,
    returnedOn: row.returnedOn,
    returnReason: row.returnReason,
    allocations: allocations.map((a) => ({
      invoiceId: a.invoiceId,
      costClaimId: a.costClaimId,
      component: a.component,
      amountCents: a.amountCents,
      allocatedOn: a.allocatedOn,
      reversedOn: a.reversedOn,
      because: a.because,
    })),
    unallocatedCents:
      row.returnedOn === null ? row.amountCents - active.reduce((total, a) => total + a.amountCents, 0) : 0,
  };
}
