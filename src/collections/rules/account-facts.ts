import type { Cents } from '../../shared/money/index.ts';

/** An issued invoice or credit note as collections sees it (a credit note's total is negative). */
export interface InvoiceFact {
  readonly id: string;
  readonly kind: 'invoice' | 'credit-note';
  readonly number: string;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly totalCents: Cents;
  /** The invoice a credit note corrects. */
  readonly correctsId: string | null;
}

export interface CostClaimFact {
  readonly id: string;
  readonly kind: 'reminder-fee' | 'collection-costs';
  readonly amountCents: Cents;
  readonly raisedOn: string;
  readonly because: readonly string[];
}

export interface PaymentFact {
  readonly id: string;
  readonly amountCents: Cents;
  readonly valueDate: string;
  readonly namedInvoiceId: string | null;
  readonly returnedOn: string | null;
  readonly remittance: string;
}

export interface AllocationFact {
  readonly paymentId: string;
  readonly invoiceId: string | null;
  readonly costClaimId: string | null;
  /** `refund`: credit paid back to the customer by a credit transfer. */
  readonly component: 'costs' | 'interest' | 'principal' | 'refund';
  readonly amountCents: Cents;
  readonly allocatedOn: string;
  /** Set when the payment was returned: the allocation no longer counts. */
  readonly reversedOn: string | null;
}

export interface DisputeFact {
  readonly id: string;
  readonly invoiceId: string;
  readonly amountCents: Cents;
  readonly openedOn: string;
  readonly state: 'open' | 'credited' | 'upheld';
  readonly resolvedOn: string | null;
}

/** Everything collections knows of one customer's account with one seller. */
export interface AccountFacts {
  readonly invoices: readonly InvoiceFact[];
  readonly costClaims: readonly CostClaimFact[];
  readonly payments: readonly PaymentFact[];
  readonly allocations: readonly AllocationFact[];
  readonly disputes: readonly DisputeFact[];
}
