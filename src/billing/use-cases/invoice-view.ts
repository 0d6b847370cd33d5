import type { DraftLine, LineItem } from '../rules/invoice-draft.ts';
import type { InvoiceParty, VatSubtotalRow } from '../rules/invoice-parties.ts';

/**
 * An invoice or credit note as the API, the PDF and the UBL document show it. A credit note's
 * amounts are positive, as on paper: the kind says which way the money goes.
 */
export interface InvoiceView {
  readonly id: string;
  readonly kind: 'invoice' | 'credit-note';
  readonly state: 'draft' | 'issued';
  readonly sellerId: string;
  readonly customerId: string;
  readonly billRunId: string | null;
  /** The invoice a credit note corrects, by id and number (BT-25). */
  readonly corrects: {
    readonly id: string;
    readonly number: string | null;
    readonly issuedOn: string | null;
  } | null;
  /** Null while a draft. */
  readonly number: string | null;
  readonly issuedOn: string | null;
  readonly dueOn: string | null;
  readonly paymentTermDays: number;
  /** The supply period the invoice covers (BG-14), when it has one. */
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly language: 'nl' | 'en';
  readonly currency: string;
  readonly seller: InvoiceParty;
  readonly customer: InvoiceParty;
  readonly reverseCharge: boolean;
  readonly notes: readonly string[];
  readonly netCents: number;
  readonly vatCents: number;
  readonly totalCents: number;
  readonly vatSubtotals: readonly VatSubtotalRow[];
  /** ISO 11649 creditor reference the customer pays with (BT-83). */
  readonly paymentReference: string | null;
  readonly because: readonly string[];
  readonly lines: readonly InvoiceLineView[];
}

export interface InvoiceLineView extends LineItem {
  readonly position: number;
  readonly source: DraftLine['source'] | 'correction';
  /** Peppol VAT category code (UNCL5305): S, Z, E, AE, K, G, O. */
  readonly vatCategory: string;
  /** "21", "9", "0". */
  readonly vatPercent: string;
  readonly because: readonly string[];
}
