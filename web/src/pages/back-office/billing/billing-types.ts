/* The shapes the billing and collections API answers, as the work screens read them. */

export interface BillRun {
  readonly id: string;
  readonly sellerId: string;
  readonly period: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly invoiceDate: string;
  readonly state: 'drafting' | 'drafted' | 'issuing' | 'issued';
  readonly customers: number;
  readonly progress: { readonly chunks: number; readonly drafted: number; readonly issued: number };
  readonly invoices: { readonly drafts: number; readonly issued: number; readonly totalCents: number };
  readonly createdAt: string;
  readonly createdBy: string;
  readonly draftedAt: string | null;
  readonly issuedAt: string | null;
}

export interface Party {
  readonly id: string;
  readonly legalName: string;
  readonly vatId: string | null;
  readonly kvkNumber: string | null;
  readonly iban: string | null;
}

export interface InvoiceLine {
  readonly position: number;
  readonly source: string;
  readonly description: string;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly quantity: string;
  readonly unitPriceCents: string;
  readonly netCents: number;
  readonly vatPercent: string;
  readonly because: readonly string[];
}

export interface InvoiceSummary {
  readonly id: string;
  readonly kind: 'invoice' | 'credit-note';
  readonly state: 'draft' | 'issued';
  readonly sellerId: string;
  readonly customerId: string;
  readonly billRunId: string | null;
  readonly number: string | null;
  readonly issuedOn: string | null;
  readonly dueOn: string | null;
  readonly paymentTermDays: number;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly seller: Party;
  readonly customer: Party;
  readonly netCents: number;
  readonly vatCents: number;
  readonly totalCents: number;
  readonly paymentReference: string | null;
  readonly notes: readonly string[];
  readonly because: readonly string[];
  readonly correctsId?: string | null;
}

export interface Invoice extends InvoiceSummary {
  readonly corrects: {
    readonly id: string;
    readonly number: string | null;
    readonly issuedOn: string | null;
  } | null;
  readonly vatSubtotals: readonly {
    readonly category: string;
    readonly percent: string;
    readonly taxableCents: number;
    readonly vatCents: number;
  }[];
  readonly lines: readonly InvoiceLine[];
}

export interface InvoicePage {
  readonly invoices: readonly InvoiceSummary[];
  readonly total: number;
}

export interface Settlement {
  readonly invoiceId: string;
  readonly totalCents: number;
  readonly paidCents: number;
  readonly creditedCents: number;
  readonly openCents: number;
  readonly disputedCents: number;
  readonly status: 'draft' | 'paid' | 'partly-paid' | 'open' | 'credited' | 'not-a-claim';
  readonly payments: readonly {
    readonly paymentId: string;
    readonly valueDate: string;
    readonly source: string;
    readonly matchedBy: string | null;
    readonly component: string;
    readonly amountCents: number;
    readonly allocatedOn: string;
    readonly reversedOn: string | null;
  }[];
}

export interface Seller {
  readonly id: string;
  readonly legalName: string;
}

export interface Items<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** Cents as the decimal string formatMoney takes: 36300 → "363.00", exactly. */
export function euros(cents: number | string): string {
  const value = typeof cents === 'string' ? Number(cents) : cents;
  if (!Number.isFinite(value)) return String(cents);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(value));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
