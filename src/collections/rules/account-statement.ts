import { Temporal } from 'temporal-polyfill';
import { formatAmount } from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import type { AccountFacts } from './account-facts.ts';
import type { OpenClaim } from './open-claims.ts';

export interface StatementRow {
  readonly date: string;
  readonly kind: 'invoice' | 'credit-note' | 'costs' | 'interest' | 'payment' | 'payment-returned' | 'refund';
  /** The invoice number, cost claim or payment id. */
  readonly reference: string;
  readonly description: string;
  /** What the customer owes more (debit) or less (credit). */
  readonly debitCents: Cents;
  readonly creditCents: Cents;
  /** Positive: the customer owes; negative: credit on the account. */
  readonly balanceCents: Cents;
}

export interface AccountStatement {
  readonly asOf: string;
  readonly rows: StatementRow[];
  readonly balanceCents: Cents;
  /** Statutory interest run up to `asOf` and not yet paid: owed, but not on the rows until paid. */
  readonly accruedInterestCents: Cents;
  readonly disputedCents: Cents;
}

type Entry = Omit<StatementRow, 'balanceCents'> & { readonly order: number };

/**
 * Every invoice, credit note, cost claim, interest paid, payment and return of one account up to `asOf`,
 * oldest first, with a running balance. Interest becomes a row when a payment pays it (nl:6:44); what
 * has run since is shown apart as accrued.
 */
export function accountStatement(
  facts: AccountFacts,
  open: readonly OpenClaim[],
  asOf: Temporal.PlainDate,
): AccountStatement {
  const numberOf = new Map(facts.invoices.map((invoice) => [invoice.id, invoice.number]));
  const entries: Entry[] = [
    ...facts.invoices.map((invoice) =>
      invoice.kind === 'invoice'
        ? entry(
            invoice.issuedOn,
            0,
            'invoice',
            invoice.number,
            `Invoice, due ${invoice.dueOn}`,
            invoice.totalCents,
            0,
          )
        : entry(
            invoice.issuedOn,
            0,
            'credit-note',
            invoice.number,
            `Credit note on ${numberOf.get(invoice.correctsId ?? '') ?? 'an invoice'}`,
            0,
            -invoice.totalCents,
          ),
    ),
    ...facts.costClaims.map((cost) =>
      entry(cost.raisedOn, 1, 'costs', cost.id, COST_NAMES[cost.kind], cost.amountCents, 0),
    ),
    ...facts.allocations
      .filter((a) => a.component === 'interest' && a.reversedOn === null)
      .map((a) =>
        entry(
          a.allocatedOn,
          2,
          'interest',
          numberOf.get(a.invoiceId ?? '') ?? '',
          'Statutory interest',
          a.amountCents,
          0,
        ),
      ),
    ...facts.allocations
      .filter((a) => a.component === 'refund' && a.reversedOn === null)
      .map((a) => entry(a.allocatedOn, 5, 'refund', a.paymentId, 'Credit refunded', a.amountCents, 0)),
    ...facts.payments.flatMap((payment) => [
      entry(
        payment.valueDate,
        3,
        'payment',
        payment.id,
        payment.remittance || 'Payment',
        0,
        payment.amountCents,
      ),
      ...(payment.returnedOn === null
        ? []
        : [
            entry(
              payment.returnedOn,
              4,
              'payment-returned',
              payment.id,
              'Payment returned',
              payment.amountCents,
              0,
            ),
          ]),
    ]),
  ];
  const upTo = entries
    .filter((e) => Temporal.PlainDate.compare(e.date, asOf) <= 0)
    .sort(
      (a, b) =>
        Temporal.PlainDate.compare(a.date, b.date) ||
        a.order - b.order ||
        a.reference.localeCompare(b.reference),
    );
  let balance = 0;
  const rows = upTo.map(({ order: _order, ...row }) => {
    balance += row.debitCents - row.creditCents;
    return { ...row, balanceCents: balance };
  });
  return {
    asOf: asOf.toString(),
    rows,
    balanceCents: balance,
    accruedInterestCents: open.reduce((total, claim) => total + claim.interestCents, 0),
    disputedCents: open.reduce((total, claim) => total + claim.disputedCents, 0),
  };
}

const COST_NAMES = { 'reminder-fee': 'Reminder fee', 'collection-costs': 'Collection costs' } as const;

function entry(
  date: string,
  order: number,
  kind: StatementRow['kind'],
  reference: string,
  description: string,
  debitCents: Cents,
  creditCents: Cents,
): Entry {
  return { date, order, kind, reference, description, debitCents, creditCents };
}

const CSV_HEADER = 'date,kind,reference,description,debit,credit,balance';

/** The statement as CSV (amounts in euros with a decimal point), for a spreadsheet or the accountant. */
export function statementCsv(statement: AccountStatement): string {
  const lines = statement.rows.map((row) =>
    [
      row.date,
      row.kind,
      row.reference,
      row.description,
      formatAmount(row.debitCents),
      formatAmount(row.creditCents),
      formatAmount(row.balanceCents),
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_HEADER, ...lines].join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
