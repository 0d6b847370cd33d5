import type { ContractKind } from './contract-kinds.ts';
import type { ServiceKind } from './termination.ts';

/** What the customer takes: the same shape on a quote, its order and the contract. */
export interface OfferTerms {
  readonly contractKind: ContractKind;
  readonly service: ServiceKind;
  readonly description: string;
  /** The agreed (minimum) term in months; null for kinds without one (indefinite, domain). */
  readonly termMonths: number | null;
  /** Third-party services renew for their payment term (vn:1.5.1). */
  readonly paymentTermMonths: number | null;
  /** Recurring fee per billing period of the profile, excl. VAT (bit:5.1, vn:7.1.2). */
  readonly recurringCents: number;
  /** One-time charges, never refunded (vn:7.1.3). */
  readonly oneTimeCents: number;
  /** The order price incl. VAT: the base of the bit:4.1 cancellation fee. */
  readonly orderTotalInclVatCents: number;
  /** The catalog product taken, so a price change reaches the customers who have it (vn:7.4). */
  readonly productId?: string;
  /** Removal costs charged on termination (vn:1.6.8), excl. VAT; none when left out. */
  readonly removalCents?: number;
}
