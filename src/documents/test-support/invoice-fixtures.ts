import type { InvoiceLineView, InvoiceView } from '../../billing/index.ts';
import {
  lineNetAmount,
  REVERSE_CHARGE_NOTE,
  VAT_CATEGORIES,
  vatBreakdown,
  type VatCategory,
} from '../../shared/money/index.ts';
import { unitPriceInEuros } from '../unit-price.ts';

/*
 * Invoices as the billing context hands them to the documents, built without a database. Amounts
 * are computed the way billing computes them (line net per Peppol BT-131, VAT per category and rate
 * on the sum of the lines), so a fixture is consistent unless a test breaks it on purpose.
 */

type InvoiceParty = InvoiceView['seller'];
type VatSubtotalRow = InvoiceView['vatSubtotals'][number];

export const BIT_SELLER: InvoiceParty = {
  id: 'seller-bit',
  legalName: 'BIT B.V.',
  kind: 'business',
  kvkNumber: '09090000',
  vatId: 'NL000099998B57',
  address: { street: 'Galileïlaan', houseNumber: '19', postcode: '6716 BP', city: 'Ede', country: 'NL' },
  email: 'billing@bit.nl',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
};

export const DUTCH_BUSINESS: InvoiceParty = {
  id: 'customer-nl',
  legalName: 'Veluwe Vezel & Data B.V.',
  kind: 'business',
  kvkNumber: '30123456',
  vatId: 'NL001234560B01',
  address: {
    street: 'Stationsplein',
    houseNumber: '12',
    houseNumberAddition: 'A',
    postcode: '6811 KL',
    city: 'Arnhem',
    country: 'NL',
  },
  email: 'facturen@veluwevezel.nl',
  iban: null,
  bic: null,
};

export const BELGIAN_BUSINESS: InvoiceParty = {
  id: 'customer-be',
  legalName: 'Antwerp Hosting BV',
  kind: 'business',
  kvkNumber: null,
  vatId: 'BE0123456749',
  address: { street: 'Meir', houseNumber: '1', postcode: '2000', city: 'Antwerpen', country: 'BE' },
  email: 'accounts@antwerphosting.be',
  iban: null,
  bic: null,
};

export const CONSUMER: InvoiceParty = {
  id: 'customer-consumer',
  legalName: 'J. de Vries',
  kind: 'consumer',
  kvkNumber: null,
  vatId: null,
  address: { street: 'Dorpsstraat', houseNumber: '5', postcode: '3911 AB', city: 'Rhenen', country: 'NL' },
  email: 'j.devries@example.nl',
  iban: null,
  bic: null,
};

export interface LineInput {
  readonly description: string;
  readonly quantity?: string;
  readonly unitCode?: string;
  readonly unitPriceCents: string;
  readonly vatCategory?: VatCategory;
  readonly vatPercent?: string;
  readonly periodFrom?: string | null;
  readonly periodTo?: string | null;
}

export type InvoiceInput = Partial<Omit<InvoiceView, 'lines'>> & { readonly lines: readonly LineInput[] };

/** An issued invoice of BIT B.V. with the given lines; totals and VAT groups follow from the lines. */
export function invoiceFixture(input: InvoiceInput): InvoiceView {
  const lines = input.lines.map(lineView);
  const breakdown = vatBreakdown(
    lines.map((l) => ({
      netCents: l.netCents,
      category: l.vatCategory as VatCategory,
      percent: l.vatPercent,
    })),
  ).value;
  const vatSubtotals: VatSubtotalRow[] = breakdown.subtotals.map((s) => ({
    ...s,
    ...(VAT_CATEGORIES[s.category].exemptionReasonCode === undefined
      ? {}
      : { exemptionReasonCode: VAT_CATEGORIES[s.category].exemptionReasonCode }),
    ...(s.category === 'AE' ? { exemptionReason: 'Reverse charge' } : {}),
  }));
  return {
    id: 'invoice-1',
    kind: 'invoice',
    state: 'issued',
    sellerId: BIT_SELLER.id,
    customerId: DUTCH_BUSINESS.id,
    billRunId: null,
    corrects: null,
    number: 'BIT-2025-000123',
    issuedOn: '2025-04-01',
    dueOn: '2025-04-15',
    paymentTermDays: 14,
    periodFrom: '2025-04-01',
    periodTo: '2025-04-30',
    language: 'nl',
    currency: 'EUR',
    seller: BIT_SELLER,
    customer: DUTCH_BUSINESS,
    reverseCharge: false,
    notes: [],
    paymentReference: 'RF18539007547034',
    because: ['nl:vat', 'nl:peppol'],
    ...input,
    netCents: breakdown.totalNetCents,
    vatCents: breakdown.totalVatCents,
    totalCents: breakdown.totalGrossCents,
    vatSubtotals,
    lines,
  };
}

function lineView(input: LineInput, index: number): InvoiceLineView {
  const quantity = input.quantity ?? '1';
  return {
    position: index + 1,
    source: 'recurring',
    contractId: null,
    subscriptionId: null,
    productId: null,
    description: input.description,
    periodFrom: input.periodFrom === undefined ? '2025-04-01' : input.periodFrom,
    periodTo: input.periodTo === undefined ? '2025-04-30' : input.periodTo,
    quantity,
    unitCode: input.unitCode ?? 'C62',
    unitPriceCents: input.unitPriceCents,
    netCents: lineNetAmount(quantity, { euros: unitPriceInEuros(input.unitPriceCents) }),
    vatCategory: input.vatCategory ?? 'S',
    vatPercent: input.vatPercent ?? '21',
    because: ['nl:vat'],
  };
}

/** A Dutch business invoice at 21 % and 9 %, with a fraction of an hour and a price below a cent. */
export function dutchInvoice(): InvoiceView {
  return invoiceFixture({
    lines: [
      { description: 'Glasvezel zakelijk 1 Gbit/s — Ede, Galileïlaan 19', unitPriceCents: '14900' },
      { description: 'Vaste IPv4-adressen (/29)', unitPriceCents: '2500' },
      { description: 'Colocatie 1U, rack A12', quantity: '2', unitPriceCents: '4950' },
      { description: 'Engineer op locatie', quantity: '1.5', unitCode: 'HUR', unitPriceCents: '9500' },
      { description: 'Dataverkeer boven bundel', quantity: '1234', unitCode: 'E34', unitPriceCents: '0.125' },
      { description: 'Handboek glasvezelaansluiting <NL> & "FttH"', unitPriceCents: '2995', vatPercent: '9' },
    ],
  });
}

/** Services to a Belgian business: the customer owes the VAT (AE, "BTW verlegd"), invoice in English. */
export function belgianReverseChargeInvoice(): InvoiceView {
  return invoiceFixture({
    number: 'BIT-2025-000124',
    customerId: BELGIAN_BUSINESS.id,
    customer: BELGIAN_BUSINESS,
    language: 'en',
    reverseCharge: true,
    notes: [REVERSE_CHARGE_NOTE],
    lines: [
      {
        description: 'Dark fibre Ede–Antwerp, monthly fee',
        unitPriceCents: '125000',
        vatCategory: 'AE',
        vatPercent: '0',
      },
      {
        description: 'Transit 10 Gbit/s',
        quantity: '3',
        unitPriceCents: '45000',
        vatCategory: 'AE',
        vatPercent: '0',
      },
    ],
  });
}

/** A consumer: no VAT id, no KvK number; reached by e-mail only. */
export function consumerInvoice(): InvoiceView {
  return invoiceFixture({
    number: 'BIT-2025-000125',
    customerId: CONSUMER.id,
    customer: CONSUMER,
    lines: [{ description: 'Glasvezel thuis 500 Mbit/s', unitPriceCents: '4995' }],
  });
}

/** A first month free: nothing to pay, no VAT. */
export function zeroInvoice(): InvoiceView {
  return invoiceFixture({
    number: 'BIT-2025-000126',
    lines: [{ description: 'Eerste maand gratis — welkomstactie', unitPriceCents: '0' }],
  });
}

/** A credit note correcting two lines of the Dutch invoice. */
export function creditNote(): InvoiceView {
  return invoiceFixture({
    id: 'credit-note-1',
    kind: 'credit-note',
    number: 'BIT-C-2025-000007',
    issuedOn: '2025-04-20',
    dueOn: '2025-05-04',
    corrects: { id: 'invoice-1', number: 'BIT-2025-000123', issuedOn: '2025-04-01' },
    paymentReference: null,
    notes: ['Storing 12–14 april: creditering volgens SLA'],
    lines: [
      {
        description: 'Creditering glasvezel zakelijk, 3 dagen storing',
        quantity: '3',
        unitCode: 'DAY',
        unitPriceCents: '496.67',
      },
      { description: 'Creditering handboek', unitPriceCents: '2995', vatPercent: '9' },
    ],
  });
}

/** An invoice with `count` lines, to make the PDF flow over several pages. */
export function longInvoice(count: number): InvoiceView {
  const lines = Array.from({ length: count }, (_, i) => ({
    description: `Glasvezelaansluiting ${String(i + 1).padStart(3, '0')} — Bedrijventerrein Frankeneng, Ede`,
    unitPriceCents: String(2500 + i * 10),
  }));
  return invoiceFixture({ number: 'BIT-2025-000200', lines });
}

/** A draft: no number, no issue or due date yet. */
export function draftInvoice(): InvoiceView {
  return {
    ...dutchInvoice(),
    state: 'draft',
    number: null,
    issuedOn: null,
    dueOn: null,
    paymentReference: null,
  };
}
