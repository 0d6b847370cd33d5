import type { VatCustomer } from '../../shared/money/index.ts';
import type { InvoiceParty } from '../rules/invoice-parties.ts';
import type { CustomerRow, SellerRow } from '../store/billing-inputs.ts';

/** The seller as its invoices show it (art. 35a Wet OB: name, address, VAT id; KvK; IBAN to pay to). */
export function sellerParty(seller: SellerRow): InvoiceParty {
  return {
    id: seller.id,
    legalName: seller.legalName,
    kvkNumber: seller.kvkNumber,
    vatId: seller.vatId,
    address: seller.address,
    email: seller.email,
    iban: seller.iban,
    bic: seller.bic,
  };
}

export function customerParty(customer: CustomerRow): InvoiceParty {
  return {
    id: customer.id,
    legalName: customer.legalName,
    kind: customer.kind,
    kvkNumber: customer.kvkNumber,
    vatId: customer.vatId,
    address: customer.billingAddress,
    email: customer.email,
    iban: null,
    bic: null,
  };
}

/** What VAT treatment needs to know of the customer (nl:vat). */
export function vatCustomerOf(customer: CustomerRow): VatCustomer {
  return {
    kind: customer.kind,
    country: customer.billingAddress.country,
    ...(customer.vatId ? { vatId: customer.vatId } : {}),
  };
}
