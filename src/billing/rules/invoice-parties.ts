import type { Address } from '../../shared/identifiers/index.ts';
import type { VatCategory } from '../../shared/money/index.ts';

/**
 * A party as the invoice shows it, copied when the invoice is drafted and again when it is issued:
 * a later change of the customer's address does not change an issued invoice (nl:vat).
 */
export interface InvoiceParty {
  readonly id: string;
  readonly legalName: string;
  readonly kind?: 'business' | 'consumer';
  readonly kvkNumber: string | null;
  readonly vatId: string | null;
  readonly address: Address;
  readonly email: string | null;
  /** The seller's account the customer pays to (BT-84); null for a customer. */
  readonly iban: string | null;
  readonly bic: string | null;
}

/** One VAT group of an invoice (BG-23): its category, rate, taxable amount and VAT. */
export interface VatSubtotalRow {
  readonly category: VatCategory;
  /** "21", "9", "0". */
  readonly percent: string;
  readonly taxableCents: number;
  readonly vatCents: number;
  /** VATEX code and reason text when the category needs one (BR-AE-10, BR-E-10). */
  readonly exemptionReasonCode?: string;
  readonly exemptionReason?: string;
}
