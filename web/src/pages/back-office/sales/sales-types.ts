/* What the sales work screens read from the API (src/http/routes/sales-views.ts and friends). */

export interface Items<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export interface OfferTerms {
  readonly contractKind: 'fixed-term' | 'indefinite' | 'domain' | 'third-party';
  readonly service: 'access' | 'link' | 'colocation' | 'hosting' | 'domain' | 'other';
  readonly description: string;
  readonly termMonths: number | null;
  readonly paymentTermMonths: number | null;
  readonly recurringCents: number;
  readonly oneTimeCents: number;
  readonly orderTotalInclVatCents: number;
  readonly productId?: string;
  readonly removalCents?: number;
}

export type QuoteStatus = 'open' | 'ordered' | 'expired' | 'withdrawn';

export interface QuoteItem {
  readonly id: string;
  readonly sellerId: string;
  readonly profileId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly terms: OfferTerms;
  readonly binding: boolean;
  readonly issuedOn: string;
  readonly validUntil: string;
  readonly withdrawnOn: string | null;
  readonly orderId: string | null;
  readonly status: QuoteStatus;
}

export type OrderStatus = 'open' | 'refused' | 'contract';

export interface OrderItem {
  readonly id: string;
  readonly quoteId: string | null;
  readonly sellerId: string;
  readonly profileId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly terms: OfferTerms;
  readonly receivedOn: string;
  readonly signedFormOn: string | null;
  readonly refusedOn: string | null;
  readonly confirmedOn: string | null;
  readonly executionStartedOn: string | null;
  readonly acceptedOn: string | null;
  readonly activatedOn: string | null;
  readonly contractId: string | null;
  readonly status: OrderStatus;
}

export type NetworkOrderState =
  'submitted' | 'accepted' | 'rejected' | 'planned' | 'programmed' | 'released' | 'active' | 'cancelled';
export type NetworkOrderAction = 'accept' | 'reject' | 'plan' | 'program' | 'release' | 'activate' | 'cancel';

export interface NetworkOrderItem {
  readonly id: string;
  readonly kind: string;
  readonly state: NetworkOrderState;
  readonly providerId: string | null;
  readonly providerName: string | null;
  readonly customerId: string;
  readonly customerName: string;
  readonly productId: string | null;
  readonly napId: string | null;
  readonly requestedOn: string | null;
  readonly plannedOn: string | null;
  readonly releasedOn: string | null;
  readonly activatedOn: string | null;
  readonly cancelledOn: string | null;
  readonly rejectionReason: string | null;
  readonly submittedAt: string;
  readonly allowedActions: readonly NetworkOrderAction[];
}

export interface Explained<T> {
  readonly value: T;
  readonly because: readonly string[];
}

export interface ListedPrice {
  readonly effectiveFrom: string;
  readonly amountCents: number;
  readonly announcedOn: string;
}

export interface Product {
  readonly id: string;
  readonly sellerId: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly vatCategory: string;
  readonly providerId: string | null;
  readonly retiredOn: string | null;
  readonly unit: string;
  readonly prices: readonly ListedPrice[];
  readonly priceToday: Explained<number> | null;
  readonly knownFutureIncreases: Explained<
    readonly { effectiveFrom: string; amountCents: number; previousCents: number | null }[]
  >;
  readonly asOf: string;
}

export interface Seller {
  readonly id: string;
  readonly legalName: string;
  readonly profileId: string;
}

export interface TermsProfileListing {
  readonly id: string;
  readonly seller: string;
  readonly title: string;
  readonly version: string;
  readonly publishedOn: string;
  readonly origin: 'shipped' | 'operator';
  readonly supersedes: string | null;
}

export interface ObjectionItem {
  readonly contractId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly versionId: string;
  readonly receivedOn: string;
  readonly reasons: string;
  readonly decidedOn: string | null;
  readonly outcome: 'new-version-applies' | 'old-version-kept' | null;
}

/** Cents as the decimal string formatMoney takes: 12345 → "123.45". */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * An amount typed in euros, Dutch ("1.234,56", "45,00") or plain ("1234.56"), as whole cents;
 * undefined when it is not an amount.
 */
export function parseEuros(text: string): number | undefined {
  const trimmed = text.trim().replace(/^€\s*/, '');
  if (trimmed === '') return undefined;
  const normalised = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  const [whole, fraction = ''] = normalised.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** A euro amount as an input shows it: 4500 → "45,00". */
export function eurosInput(cents: number): string {
  return euros(cents).replace('.', ',');
}
