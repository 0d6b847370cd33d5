import type { create } from 'xmlbuilder2';
import { formatAmount, type Cents } from '../shared/money/index.ts';

/*
 * The small vocabulary the UBL builders write with. Every element goes through xmlbuilder2, which
 * escapes text and attribute values; elements are appended in the order of the UBL 2.1 schema's
 * xsd:sequence, so callers must call these in that order.
 */

export type UblElement = ReturnType<typeof create>;

export const UBL_NAMESPACES = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

/** Peppol BIS Billing 3.0 (rule `nl:peppol`). */
export const PEPPOL_CUSTOMIZATION_ID =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

/** Appends a basic (cbc) element with text; skips it when there is no text, as Peppol forbids empty elements. */
export function basic(
  parent: UblElement,
  name: string,
  text: string | null | undefined,
  attributes?: Readonly<Record<string, string>>,
): void {
  if (text === null || text === undefined || text.trim() === '') return;
  parent.ele(UBL_NAMESPACES.cbc, `cbc:${name}`, attributes).txt(text);
}

/** Appends an aggregate (cac) element and returns it for its children. */
export function aggregate(parent: UblElement, name: string): UblElement {
  return parent.ele(UBL_NAMESPACES.cac, `cac:${name}`);
}

/** An amount in euros with two decimals and its currency (BR-DEC-*, PEPPOL-EN16931-R051). */
export function amount(parent: UblElement, name: string, cents: Cents, currency: string): void {
  basic(parent, name, formatAmount(cents), { currencyID: currency });
}

/** The VAT tax scheme every tax category and party tax scheme points to. */
export function vatScheme(parent: UblElement): void {
  basic(aggregate(parent, 'TaxScheme'), 'ID', 'VAT');
}
