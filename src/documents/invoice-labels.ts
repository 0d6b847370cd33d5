import { MONTH_NAMES } from '../shared/calendar/index.ts';

/**
 * Every word the invoice documents print, in the two languages an invoice can have
 * (`InvoiceView.language`). One table, so a missing translation is a type error.
 */

export type InvoiceLanguage = 'nl' | 'en';

export interface InvoiceLabels {
  readonly invoice: string;
  readonly creditNote: string;
  readonly draft: string;
  readonly billTo: string;
  readonly invoiceNumber: string;
  readonly creditNoteNumber: string;
  readonly invoiceDate: string;
  readonly creditNoteDate: string;
  readonly dueDate: string;
  readonly paymentTerm: string;
  readonly days: string;
  readonly period: string;
  readonly customerNumber: string;
  readonly paymentReference: string;
  readonly corrects: string;
  readonly correctsText: (number: string, date: string | null) => string;
  readonly vatId: string;
  readonly kvkNumber: string;
  readonly iban: string;
  readonly bic: string;
  readonly email: string;
  readonly description: string;
  readonly quantity: string;
  readonly price: string;
  readonly vat: string;
  readonly amount: string;
  readonly vatSummary: string;
  readonly vatRate: string;
  readonly taxable: string;
  readonly subtotal: string;
  readonly total: string;
  readonly toPay: string;
  readonly toRefund: string;
  readonly pleasePay: (amount: string, date: string | null, account: string, holder: string) => string;
  readonly nothingToPay: string;
  readonly quoteReference: (reference: string) => string;
  readonly refundText: (amount: string) => string;
  readonly paymentTermText: (days: number) => string;
  readonly page: (page: number, pages: number) => string;
  readonly continued: string;
  readonly months: readonly string[];
  readonly monthsShort: readonly string[];
  /** Words for UN/ECE rec. 20 unit codes; a unit not here prints without a word (C62, "one"). */
  readonly units: Readonly<Record<string, string>>;
  /** How the VAT column names a category without a Dutch rate (S prints its percentage). */
  readonly categories: Readonly<Record<string, string>>;
}

export const INVOICE_LABELS: Readonly<Record<InvoiceLanguage, InvoiceLabels>> = {
  nl: {
    invoice: 'Factuur',
    creditNote: 'Creditnota',
    draft: 'CONCEPT',
    billTo: 'Factuuradres',
    invoiceNumber: 'Factuurnummer',
    creditNoteNumber: 'Creditnotanummer',
    invoiceDate: 'Factuurdatum',
    creditNoteDate: 'Creditnotadatum',
    dueDate: 'Vervaldatum',
    paymentTerm: 'Betalingstermijn',
    days: 'dagen',
    period: 'Periode',
    customerNumber: 'Klantnummer',
    paymentReference: 'Betalingskenmerk',
    corrects: 'Correctie op factuur',
    correctsText: (number, date) =>
      `Deze creditnota corrigeert factuur ${number}${date === null ? '' : ` van ${date}`}.`,
    vatId: 'BTW-nummer',
    kvkNumber: 'KvK-nummer',
    iban: 'IBAN',
    bic: 'BIC',
    email: 'E-mail',
    description: 'Omschrijving',
    quantity: 'Aantal',
    price: 'Prijs',
    vat: 'BTW',
    amount: 'Bedrag',
    vatSummary: 'BTW-specificatie',
    vatRate: 'Tarief',
    taxable: 'Grondslag',
    subtotal: 'Subtotaal',
    total: 'Totaal',
    toPay: 'Te betalen',
    toRefund: 'Terug te ontvangen',
    pleasePay: (amount, date, account, holder) =>
      `Gelieve ${amount} te voldoen${date === null ? '' : ` vóór ${date}`} op rekening ${account} ten name van ${holder}`,
    nothingToPay: 'U hoeft voor deze factuur niets te betalen.',
    quoteReference: (reference) => `, onder vermelding van betalingskenmerk ${reference}.`,
    refundText: (amount) => `Het bedrag van ${amount} wordt verrekend of aan u terugbetaald.`,
    paymentTermText: (days) => `Betaling binnen ${days} dagen na factuurdatum.`,
    page: (page, pages) => `Pagina ${page} van ${pages}`,
    continued: 'vervolg',
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    monthsShort: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    units: {
      HUR: 'uur',
      DAY: 'dagen',
      WEE: 'weken',
      MON: 'mnd',
      ANN: 'jaar',
      E34: 'GB',
      KWH: 'kWh',
      MTR: 'm',
      KMT: 'km',
    },
    categories: { AE: 'verlegd', Z: '0%', E: 'vrijgesteld', K: '0% ICL', G: '0% export', O: 'n.v.t.' },
  },
  en: {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    draft: 'DRAFT',
    billTo: 'Bill to',
    invoiceNumber: 'Invoice number',
    creditNoteNumber: 'Credit note number',
    invoiceDate: 'Invoice date',
    creditNoteDate: 'Credit note date',
    dueDate: 'Due date',
    paymentTerm: 'Payment term',
    days: 'days',
    period: 'Period',
    customerNumber: 'Customer number',
    paymentReference: 'Payment reference',
    corrects: 'Corrects invoice',
    correctsText: (number, date) =>
      `This credit note corrects invoice ${number}${date === null ? '' : ` of ${date}`}.`,
    vatId: 'VAT number',
    kvkNumber: 'Chamber of Commerce (KvK)',
    iban: 'IBAN',
    bic: 'BIC',
    email: 'E-mail',
    description: 'Description',
    quantity: 'Quantity',
    price: 'Price',
    vat: 'VAT',
    amount: 'Amount',
    vatSummary: 'VAT summary',
    vatRate: 'Rate',
    taxable: 'Taxable amount',
    subtotal: 'Subtotal',
    total: 'Total',
    toPay: 'Amount due',
    toRefund: 'Amount to be refunded',
    pleasePay: (amount, date, account, holder) =>
      `Please pay ${amount}${date === null ? '' : ` before ${date}`} to account ${account} in the name of ${holder}`,
    nothingToPay: 'There is nothing to pay for this invoice.',
    quoteReference: (reference) => `, quoting payment reference ${reference}.`,
    refundText: (amount) => `The amount of ${amount} will be set off or refunded to you.`,
    paymentTermText: (days) => `Payment within ${days} days of the invoice date.`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    continued: 'continued',
    months: MONTH_NAMES,
    monthsShort: MONTH_NAMES.map((name) => name.slice(0, 3)),
    units: {
      HUR: 'h',
      DAY: 'days',
      WEE: 'weeks',
      MON: 'months',
      ANN: 'years',
      E34: 'GB',
      KWH: 'kWh',
      MTR: 'm',
      KMT: 'km',
    },
    categories: { AE: 'reverse charge', Z: '0%', E: 'exempt', K: '0% intra-EU', G: '0% export', O: 'n/a' },
  },
};

export function labelsFor(language: InvoiceLanguage): InvoiceLabels {
  return INVOICE_LABELS[language] ?? INVOICE_LABELS.nl;
}
