import type { Db } from '../../platform/database/index.ts';
import {
  customersByIban,
  invoiceByEndToEndId,
  invoiceByNumber,
  invoiceByPaymentReference,
  unpaidInvoicesOfAmount,
} from '../store/payments.ts';

/** What the bank tells of one credit: the ways it may point at an invoice of ours. */
export interface IncomingCredit {
  readonly amountCents: number;
  readonly creditorReference?: string;
  readonly remittance: readonly string[];
  readonly endToEndId?: string;
  readonly counterpartyIban?: string;
}

export interface CreditMatch {
  readonly customerId: string;
  readonly invoiceId: string | null;
  readonly matchedBy: 'payment-reference' | 'invoice-number' | 'end-to-end-id' | 'iban' | 'amount';
}

const CREDITOR_REFERENCE = /\bRF\d{2}[0-9A-Z]{1,21}\b/g;
const INVOICE_NUMBER = /\b[A-Z][A-Z0-9]*-\d{4,}\b/g;

/**
 * Finds whose payment a bank credit is, surest way first: the end-to-end id of the seller's own direct
 * debit, our structured payment reference, an invoice number in the text, the payer's known IBAN, and
 * last an amount only one unpaid invoice has. Nothing found: the payment waits for a clerk.
 */
export async function matchBankCredit(
  db: Db,
  sellerId: string,
  credit: IncomingCredit,
): Promise<CreditMatch | undefined> {
  // Our own direct debit first: its remittance names the invoice too, but it is a direct-debit credit.
  if (credit.endToEndId) {
    const found = await invoiceByEndToEndId(db, sellerId, credit.endToEndId);
    if (found) return { ...found, matchedBy: 'end-to-end-id' };
  }
  const text = credit.remittance.join(' ').toUpperCase();
  const references = [
    credit.creditorReference,
    ...(text.replaceAll(' ', '').match(CREDITOR_REFERENCE) ?? []),
  ];
  for (const reference of references) {
    if (!reference) continue;
    const found = await invoiceByPaymentReference(db, sellerId, reference.replaceAll(' ', '').toUpperCase());
    if (found) return { ...found, matchedBy: 'payment-reference' };
  }
  for (const number of text.match(INVOICE_NUMBER) ?? []) {
    const found = await invoiceByNumber(db, sellerId, number);
    if (found) return { ...found, matchedBy: 'invoice-number' };
  }
  if (credit.counterpartyIban) {
    const payers = await customersByIban(db, sellerId, credit.counterpartyIban);
    if (payers.length === 1) {
      const unpaid = await unpaidInvoicesOfAmount(db, sellerId, credit.amountCents, payers[0]);
      return {
        customerId: payers[0]!,
        invoiceId: unpaid.length === 1 ? unpaid[0]!.invoiceId : null,
        matchedBy: 'iban',
      };
    }
  }
  const unpaid = await unpaidInvoicesOfAmount(db, sellerId, credit.amountCents);
  if (unpaid.length === 1) return { ...unpaid[0]!, matchedBy: 'amount' };
  return undefined;
}
