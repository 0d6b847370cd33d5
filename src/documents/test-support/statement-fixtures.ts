import type { CustomerAccount } from '../../collections/index.ts';
import type { StatementParties } from '../account-statement-pdf.ts';

/* Account statements as the collections context hands them to the documents, built without a database. */

export const STATEMENT_PARTIES: StatementParties = {
  seller: {
    legalName: 'BIT B.V.',
    address: { street: 'Galileïlaan', houseNumber: '19', postcode: '6716 BP', city: 'Ede', country: 'NL' },
    kvkNumber: '09090000',
    vatId: 'NL000099998B57',
    iban: 'NL91ABNA0417164300',
    bic: 'ABNANL2A',
    email: 'billing@bit.nl',
  },
  customer: {
    legalName: 'Veluwe Vezel & Data B.V.',
    address: {
      street: 'Stationsplein',
      houseNumber: '12',
      postcode: '6811 KL',
      city: 'Arnhem',
      country: 'NL',
    },
    customerNumber: 'CU-7',
  },
};

/**
 * An invoice of € 363,00 with a reminder fee, part paid (interest first, bit:11.4), part credited, and
 * € 40,00 of it disputed: € 130,50 on the rows, € 1,23 interest accrued since.
 */
export function accountWithEverything(): CustomerAccount {
  return {
    sellerId: 'bit',
    customerId: 'CU-7',
    customerName: 'Veluwe Vezel & Data B.V.',
    asOf: '2027-03-16',
    rows: [
      row('2027-01-01', 'invoice', 'BIT-000001', 'Invoice, due 2027-01-15', 36_300, 0, 36_300),
      row('2027-02-01', 'costs', 'CC-1', 'Reminder fee', 1_500, 0, 37_800),
      row('2027-02-10', 'interest', 'BIT-000001', 'Statutory interest', 250, 0, 38_050),
      row('2027-02-10', 'payment', 'PAY-1', 'RF18 5390 0754 7034 Betaling', 0, 20_000, 18_050),
      row('2027-03-01', 'credit-note', 'BITC-000001', 'Credit note on BIT-000001', 0, 5_000, 13_050),
    ],
    balanceCents: 13_050,
    accruedInterestCents: 123,
    disputedCents: 4_000,
    openClaims: [
      {
        id: 'INV-1',
        kind: 'invoice',
        number: 'BIT-000001',
        issuedOn: '2027-01-01',
        dueOn: '2027-01-15',
        costsCents: 0,
        interestCents: 123,
        principalCents: 11_550,
        disputedCents: 4_000,
        costKind: null,
      },
      {
        id: 'CC-1',
        kind: 'costs',
        number: 'CC-1',
        issuedOn: '2027-02-01',
        dueOn: '2027-02-01',
        costsCents: 1_500,
        interestCents: 0,
        principalCents: 0,
        disputedCents: 0,
        costKind: 'reminder-fee',
      },
    ],
  };
}

type Row = CustomerAccount['rows'][number];

export function row(
  date: string,
  kind: Row['kind'],
  reference: string,
  description: string,
  debitCents: number,
  creditCents: number,
  balanceCents: number,
): Row {
  return { date, kind, reference, description, debitCents, creditCents, balanceCents };
}
