import type { InvoiceLineView, InvoiceView } from '../billing/index.ts';
import { aggregate, amount, basic, type UblElement } from './ubl-elements.ts';
import { classifiedTaxCategory } from './ubl-totals.ts';
import { unitPriceInEuros } from './unit-price.ts';

/*
 * Invoice lines (BG-25) as InvoiceLine or CreditNoteLine, in the order of the UBL 2.1 InvoiceLineType
 * and CreditNoteLineType: ID, quantity, line net amount, line period, item, price.
 */

export function invoiceLines(parent: UblElement, invoice: InvoiceView): void {
  const creditNote = invoice.kind === 'credit-note';
  for (const line of invoice.lines) {
    const element = aggregate(parent, creditNote ? 'CreditNoteLine' : 'InvoiceLine');
    invoiceLine(element, line, creditNote ? 'CreditedQuantity' : 'InvoicedQuantity', invoice.currency);
  }
}

function invoiceLine(
  element: UblElement,
  line: InvoiceLineView,
  quantityName: string,
  currency: string,
): void {
  const { quantity, price } = signs(line.quantity, unitPriceInEuros(line.unitPriceCents));
  basic(element, 'ID', String(line.position));
  basic(element, quantityName, quantity, { unitCode: line.unitCode });
  amount(element, 'LineExtensionAmount', line.netCents, currency);
  if (line.periodFrom !== null || line.periodTo !== null) {
    const period = aggregate(element, 'InvoicePeriod');
    basic(period, 'StartDate', line.periodFrom);
    basic(period, 'EndDate', line.periodTo);
  }
  const item = aggregate(element, 'Item');
  basic(item, 'Name', line.description);
  classifiedTaxCategory(item, line.vatCategory, line.vatPercent);
  basic(aggregate(element, 'Price'), 'PriceAmount', price, { currencyID: currency });
}

/**
 * The item net price may not be negative (BR-27): a negative line (a discount, a correction)
 * carries its sign in the quantity instead, so quantity × price still gives the line amount
 * (PEPPOL-EN16931-R120).
 */
function signs(quantity: string, price: string): { quantity: string; price: string } {
  if (!price.startsWith('-')) return { quantity, price };
  const negated = quantity.startsWith('-') ? quantity.slice(1) : `-${quantity}`;
  return { quantity: negated === '-0' ? '0' : negated, price: price.slice(1) };
}
