import type { InvoiceLanguage } from './invoice-labels.ts';

/**
 * Every word the account statement prints, in Dutch and English, beside the invoice words it shares
 * (invoice-labels.ts: KvK, VAT id, IBAN, customer number, pages). One table, so a missing
 * translation is a type error.
 */

export type StatementRowKind =
  'invoice' | 'credit-note' | 'costs' | 'interest' | 'payment' | 'payment-returned' | 'refund';

export interface StatementLabels {
  readonly title: string;
  readonly asOf: string;
  readonly date: string;
  readonly description: string;
  readonly reference: string;
  readonly debit: string;
  readonly credit: string;
  readonly balance: string;
  readonly kinds: Readonly<Record<StatementRowKind, string>>;
  readonly reminderFee: string;
  readonly collectionCosts: string;
  readonly noRows: string;
  readonly accruedInterest: (until: string) => string;
  readonly totalOwed: string;
  readonly creditOnAccount: string;
  readonly disputed: string;
  readonly openClaims: string;
  readonly claim: string;
  readonly dueDate: string;
  readonly open: string;
  readonly interest: string;
  readonly disputedColumn: string;
  readonly total: string;
  readonly disputedNote: string;
  readonly interestNote: string;
}

export const STATEMENT_LABELS: Readonly<Record<InvoiceLanguage, StatementLabels>> = {
  nl: {
    title: 'Rekeningoverzicht',
    asOf: 'Stand per',
    date: 'Datum',
    description: 'Omschrijving',
    reference: 'Kenmerk',
    debit: 'Debet',
    credit: 'Credit',
    balance: 'Saldo',
    kinds: {
      invoice: 'Factuur',
      'credit-note': 'Creditnota',
      costs: 'Kosten',
      interest: 'Wettelijke rente',
      payment: 'Betaling',
      'payment-returned': 'Betaling teruggeboekt',
      refund: 'Tegoed terugbetaald',
    },
    reminderFee: 'Administratiekosten herinnering',
    collectionCosts: 'Buitengerechtelijke incassokosten',
    noRows: 'Er staan geen posten op uw rekening.',
    accruedInterest: (until) => `Opgelopen wettelijke rente t/m ${until}`,
    totalOwed: 'Totaal verschuldigd',
    creditOnAccount: 'Tegoed op uw rekening',
    disputed: 'Waarvan betwist',
    openClaims: 'Openstaande posten',
    claim: 'Post',
    dueDate: 'Vervaldatum',
    open: 'Openstaand',
    interest: 'Rente',
    disputedColumn: 'Betwist',
    total: 'Totaal',
    disputedNote:
      'Over het betwiste deel van een factuur sturen wij geen herinneringen en rekenen wij geen rente of incassokosten zolang het geschil loopt.',
    interestNote:
      'De rente staat pas als post op het overzicht wanneer een betaling haar voldoet; wat sindsdien is opgelopen staat hierboven apart.',
  },
  en: {
    title: 'Account statement',
    asOf: 'As of',
    date: 'Date',
    description: 'Description',
    reference: 'Reference',
    debit: 'Debit',
    credit: 'Credit',
    balance: 'Balance',
    kinds: {
      invoice: 'Invoice',
      'credit-note': 'Credit note',
      costs: 'Costs',
      interest: 'Statutory interest',
      payment: 'Payment',
      'payment-returned': 'Payment returned',
      refund: 'Credit refunded',
    },
    reminderFee: 'Reminder fee',
    collectionCosts: 'Extrajudicial collection costs',
    noRows: 'There are no items on your account.',
    accruedInterest: (until) => `Statutory interest accrued to ${until}`,
    totalOwed: 'Total owed',
    creditOnAccount: 'Credit on your account',
    disputed: 'Of which disputed',
    openClaims: 'Open items',
    claim: 'Item',
    dueDate: 'Due date',
    open: 'Outstanding',
    interest: 'Interest',
    disputedColumn: 'Disputed',
    total: 'Total',
    disputedNote:
      'For the disputed part of an invoice we send no reminders and charge no interest or collection costs while the dispute is open.',
    interestNote:
      'Interest becomes an item on the statement when a payment pays it; what has accrued since is shown apart above.',
  },
};

export function statementLabelsFor(language: InvoiceLanguage): StatementLabels {
  return STATEMENT_LABELS[language] ?? STATEMENT_LABELS.nl;
}
