import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { invoices } from '../billing/schema.ts';
import { customers } from '../customers/schema.ts';
import { sellers } from '../sellers/schema.ts';

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const day = (name: string) => date(name, { mode: 'string' });
const cents = (name: string) => bigint(name, { mode: 'number' });

export const bankStatementNumbers = pgSequence('bank_statement_numbers');

/** A bank file as imported: kept so a clerk can see where each payment came from. */
export const bankStatements = pgTable(
  'bank_statements',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'BST-' || nextval('bank_statement_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    kind: text('kind', { enum: ['camt.053', 'camt.054'] }).notNull(),
    messageId: text('message_id').notNull(),
    accountIban: text('account_iban').notNull(),
    /** The same file imported twice is one statement. */
    fileSha256: text('file_sha256').notNull(),
    entries: integer('entries').notNull(),
    importedAt: stamp('imported_at').notNull(),
    importedBy: text('imported_by').notNull(),
  },
  (table) => [unique('bank_statements_file_key').on(table.sellerId, table.fileSha256)],
);

export const paymentNumbers = pgSequence('payment_numbers');

/**
 * Money in. The value date is the payment date (bit:11.3). A payment without a customer waits in the
 * unmatched queue; what is not allocated to a claim is credit on the customer's account.
 */
export const payments = pgTable(
  'payments',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'PAY-' || nextval('payment_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    customerId: text('customer_id').references(() => customers.id),
    /** `deposit-set-off`: the deposit of a returned switch paid the open claims (vn:7.2.3). */
    source: text('source', { enum: ['manual', 'bank', 'direct-debit', 'deposit-set-off'] }).notNull(),
    amountCents: cents('amount_cents').notNull(),
    valueDate: day('value_date').notNull(),
    counterpartyName: text('counterparty_name'),
    counterpartyIban: text('counterparty_iban'),
    endToEndId: text('end_to_end_id'),
    remittance: text('remittance').notNull(),
    /** The invoice the customer named (by payment reference or number); nl:6:43. */
    namedInvoiceId: text('named_invoice_id').references(() => invoices.id),
    /** How it found its customer: payment-reference, invoice-number, end-to-end-id, amount, clerk. */
    matchedBy: text('matched_by'),
    statementId: text('statement_id').references(() => bankStatements.id),
    /** account IBAN + entry reference + detail: an entry in two overlapping statements is one payment. */
    entryKey: text('entry_key').unique(),
    /** A direct-debit return or reversal took the money back (camt.054). */
    returnedOn: day('returned_on'),
    returnReason: text('return_reason'),
    recordedAt: stamp('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (table) => [
    index('payments_customer_idx').on(table.customerId),
    index('payments_unmatched_idx')
      .on(table.sellerId)
      .where(sql`customer_id IS NULL`),
  ],
);

export const costClaimNumbers = pgSequence('cost_claim_numbers');

/** A claim of costs raised by a dunning step: the reminder fee (vn:7.1.6) or collection costs (nl:bik). */
export const costClaims = pgTable(
  'cost_claims',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'CC-' || nextval('cost_claim_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: ['reminder-fee', 'collection-costs'] }).notNull(),
    amountCents: cents('amount_cents').notNull(),
    raisedOn: day('raised_on').notNull(),
    letterId: text('letter_id'),
    because: text('because').array().notNull(),
  },
  (table) => [index('cost_claims_customer_idx').on(table.customerId)],
);

/**
 * What a payment paid: a component of a claim (nl:6:44 costs, interest, principal), or credit left on
 * the account paid back to the customer (`refund`, with its credit transfer). A return of the payment
 * reverses its allocations and reopens what they paid.
 */
export const paymentAllocations = pgTable(
  'payment_allocations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    invoiceId: text('invoice_id').references(() => invoices.id),
    costClaimId: text('cost_claim_id').references(() => costClaims.id),
    /** A refund of credit: the pain.001 transfer that paid it back. */
    bankTransferId: text('bank_transfer_id').references(() => bankTransfers.endToEndId),
    component: text('component', { enum: ['costs', 'interest', 'principal', 'refund'] }).notNull(),
    amountCents: cents('amount_cents').notNull(),
    allocatedOn: day('allocated_on').notNull(),
    because: text('because').array().notNull(),
    reversedOn: day('reversed_on'),
  },
  (table) => [
    check(
      'payment_allocations_one_target',
      sql`num_nonnulls(invoice_id, cost_claim_id, bank_transfer_id) = 1`,
    ),
    index('payment_allocations_payment_idx').on(table.paymentId),
    index('payment_allocations_invoice_idx').on(table.invoiceId),
    index('payment_allocations_customer_idx').on(table.customerId),
  ],
);

export const complaintNumbers = pgSequence('complaint_numbers');

/** A complaint about a delivery (bit:9.1) or an invoice (bit:9.2), in time or not (bit:9.3). */
export const complaints = pgTable('complaints', {
  id: text('id')
    .primaryKey()
    .default(sql`'CMP-' || nextval('complaint_numbers')`),
  sellerId: text('seller_id')
    .notNull()
    .references(() => sellers.id),
  customerId: text('customer_id')
    .notNull()
    .references(() => customers.id),
  about: text('about', { enum: ['delivery', 'invoice'] }).notNull(),
  invoiceId: text('invoice_id').references(() => invoices.id),
  /** The delivery date or the invoice date the deadline counts from. */
  countsFrom: day('counts_from').notNull(),
  receivedOn: day('received_on').notNull(),
  channel: text('channel', { enum: ['letter', 'email', 'portal', 'phone'] }).notNull(),
  description: text('description').notNull(),
  deadline: day('deadline'),
  inTime: boolean('in_time').notNull(),
  because: text('because').array().notNull(),
  recordedAt: stamp('recorded_at').notNull(),
  recordedBy: text('recorded_by').notNull(),
});

export const disputeNumbers = pgSequence('dispute_numbers');

/**
 * A disputed part of an invoice: while open it is out of reminders, interest and collection costs
 * (bit:9.5); resolved, it is credited or put back.
 */
export const disputes = pgTable(
  'disputes',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'DSP-' || nextval('dispute_numbers')`),
    invoiceId: text('invoice_id')
      .notNull()
      .references(() => invoices.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    complaintId: text('complaint_id').references(() => complaints.id),
    amountCents: cents('amount_cents').notNull(),
    reason: text('reason').notNull(),
    openedOn: day('opened_on').notNull(),
    state: text('state', { enum: ['open', 'credited', 'upheld'] }).notNull(),
    resolvedOn: day('resolved_on'),
    creditNoteId: text('credit_note_id').references(() => invoices.id),
  },
  (table) => [index('disputes_invoice_idx').on(table.invoiceId)],
);

export const dunningCaseNumbers = pgSequence('dunning_case_numbers');

/** A customer's way down the dunning ladder, from the first overdue claim until all is paid. */
export const dunningCases = pgTable(
  'dunning_cases',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'DC-' || nextval('dunning_case_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    openedOn: day('opened_on').notNull(),
    closedOn: day('closed_on'),
    suspendedOn: day('suspended_on'),
    dissolvedOn: day('dissolved_on'),
  },
  (table) => [
    uniqueIndex('dunning_cases_open_key')
      .on(table.sellerId, table.customerId)
      .where(sql`closed_on IS NULL`),
  ],
);

export const dunningLetterNumbers = pgSequence('dunning_letter_numbers');

/** One step of the ladder, sent once: the letter as it was written (its claims and amounts). */
export const dunningLetters = pgTable(
  'dunning_letters',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'DL-' || nextval('dunning_letter_numbers')`),
    caseId: text('case_id')
      .notNull()
      .references(() => dunningCases.id),
    step: text('step').notNull(),
    sentOn: day('sent_on').notNull(),
    payBy: day('pay_by'),
    letter: jsonb('letter').$type<Record<string, unknown>>().notNull(),
    totalCents: cents('total_cents').notNull(),
    because: text('because').array().notNull(),
  },
  (table) => [unique('dunning_letters_step_key').on(table.caseId, table.step)],
);

/** A SEPA direct-debit mandate (id, signature date, CORE or B2B). */
export const mandates = pgTable(
  'mandates',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    scheme: text('scheme', { enum: ['CORE', 'B2B'] }).notNull(),
    iban: text('iban').notNull(),
    debtorName: text('debtor_name').notNull(),
    signedOn: day('signed_on').notNull(),
    /** Set by the first collection: later ones are RCUR. */
    firstCollectedOn: day('first_collected_on'),
    revokedOn: day('revoked_on'),
  },
  (table) => [index('mandates_customer_idx').on(table.customerId)],
);

export const bankFileNumbers = pgSequence('bank_file_numbers');

/** A pain.008 (direct debits) or pain.001 (refunds) file made for the bank. */
export const outgoingBankFiles = pgTable('outgoing_bank_files', {
  id: text('id')
    .primaryKey()
    .default(sql`'BF-' || nextval('bank_file_numbers')`),
  sellerId: text('seller_id')
    .notNull()
    .references(() => sellers.id),
  kind: text('kind', { enum: ['pain.008', 'pain.001'] }).notNull(),
  executionDate: day('execution_date').notNull(),
  transactions: integer('transactions').notNull(),
  totalCents: cents('total_cents').notNull(),
  xml: text('xml').notNull(),
  createdAt: stamp('created_at').notNull(),
  createdBy: text('created_by').notNull(),
});

/** One collection of a direct-debit batch, or one refund of a credit-transfer batch. */
export const bankTransfers = pgTable(
  'bank_transfers',
  {
    endToEndId: text('end_to_end_id').primaryKey(),
    fileId: text('file_id')
      .notNull()
      .references(() => outgoingBankFiles.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    /** The invoice collected, or what is refunded (`credit`, `deposit:CPE-7`). */
    invoiceId: text('invoice_id').references(() => invoices.id),
    refundOf: text('refund_of'),
    mandateId: text('mandate_id').references(() => mandates.id),
    sequenceType: text('sequence_type'),
    amountCents: cents('amount_cents').notNull(),
    /** The bank rejected or returned it before or after paying (camt.054 / pain.002 return reason). */
    returnedOn: day('returned_on'),
    returnReason: text('return_reason'),
  },
  (table) => [
    index('bank_transfers_invoice_idx').on(table.invoiceId),
    uniqueIndex('bank_transfers_refund_key')
      .on(table.refundOf)
      .where(sql`refund_of IS NOT NULL`),
  ],
);
