import { createHash } from 'node:crypto';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { parseBankStatement } from '../../documents/camt-statement.ts';
import type { BankEntry, BankEntryDetail, BankStatementFile } from '../../documents/camt-statement.ts';
import { findStatementOfFile, insertStatement } from '../store/bank-statements.ts';
import { reverseRefundAllocations } from '../store/credit-refunds.ts';
import { findTransfer, markTransferReturned } from '../store/direct-debits.ts';
import { findCustomer, sellerWithTerms } from '../store/parties.ts';
import { findPaymentByEndToEndId, insertBankPayment, markReturned } from '../store/payments.ts';
import { allocatePayments } from './allocate-payments.ts';
import { matchBankCredit } from './match-bank-entry.ts';

export interface BankImportReport {
  readonly statementId: string;
  readonly kind: BankStatementFile['kind'];
  /** The same file was imported before: nothing was added. */
  readonly alreadyImported: boolean;
  readonly entries: number;
  /** Credits new to the store, matched to a customer or waiting in the unmatched queue. */
  readonly matched: number;
  readonly unmatched: number;
  /** Credits an earlier (overlapping) statement already brought. */
  readonly duplicates: number;
  /** Returns and reversals that took a payment back, or brought back a transfer of ours. */
  readonly returned: number;
  /** Debits that are not returns of a payment of ours (our own transfers, bank costs). */
  readonly skipped: number;
}

/**
 * Imports a CAMT.053 statement or CAMT.054 notification of a seller's account: credits become payments
 * with their value date as payment date (bit:11.3), matched and allocated; returns and reversals undo
 * the allocation of the payment they name and reopen its invoices. A return of a transfer of ours that
 * names no payment marks the transfer returned: a collection rejected before it paid is collected
 * again, a refund that bounced puts its credit back. The same file, or an entry seen in an earlier
 * statement, adds nothing. A file that does not parse changes nothing.
 */
export async function importBankStatement(
  context: Context,
  input: { sellerId: string; file: Buffer | string },
): Promise<BankImportReport> {
  const { file } = input;
  const parsed = parseBankStatement(file);
  const accounts = [...new Set(parsed.statements.map((statement) => statement.accountIban))];
  if (accounts.length !== 1)
    throw new InvalidInputError(
      'statement',
      `holds ${accounts.length} accounts; import one account per file`,
    );
  const fileSha256 = createHash('sha256').update(file).digest('hex');
  return context.db.transaction(async (tx) => {
    const { seller } = await sellerWithTerms(tx, input.sellerId);
    const sellerId = seller.id;
    if (seller.iban !== accounts[0])
      throw new InvalidInputError(
        'statement',
        `is a statement of account ${accounts[0]}, not of ${seller.id}'s account ${seller.iban}`,
      );
    const earlier = await findStatementOfFile(tx, sellerId, fileSha256);
    if (earlier)
      return { ...emptyReport(earlier.id, parsed), entries: earlier.entries, alreadyImported: true };
    const entries = parsed.statements.flatMap((statement) => statement.entries);
    const statement = await insertStatement(tx, {
      sellerId,
      kind: parsed.kind,
      messageId: parsed.messageId,
      accountIban: accounts[0]!,
      fileSha256,
      entries: entries.length,
      importedAt: context.clock.now().toString(),
      importedBy: context.actor.id,
    });
    const report = { ...emptyReport(statement!.id, parsed), entries: entries.length };
    const touched = new Set<string>();
    for (const entry of entries)
      for (const [index, detail] of detailsOf(entry).entries()) {
        const outcome = await bookDetail(tx, context, {
          sellerId,
          accountIban: accounts[0]!,
          statementId: statement!.id,
          entry,
          detail,
          index,
        });
        report[outcome.kind] += 1;
        if (outcome.customerId) touched.add(outcome.customerId);
      }
    await allocateTouched(tx, sellerId, touched);
    await auditChange(tx, context, {
      action: 'bank-statement.imported',
      subject: { type: 'bank-statement', id: statement!.id },
      details: { ...report },
    });
    return report;
  });
}

type Counted = 'matched' | 'unmatched' | 'duplicates' | 'returned' | 'skipped';
type Booked = { kind: Counted; customerId?: string | null };

function emptyReport(
  statementId: string,
  parsed: BankStatementFile,
): BankImportReport & Record<Counted, number> {
  return {
    statementId,
    kind: parsed.kind,
    alreadyImported: false,
    entries: 0,
    matched: 0,
    unmatched: 0,
    duplicates: 0,
    returned: 0,
    skipped: 0,
  };
}

/** A batch entry carries its transactions as details; a plain one is its own single detail. */
function detailsOf(entry: BankEntry): readonly BankEntryDetail[] {
  return entry.details.length > 0
    ? entry.details
    : [
        {
          amountCents: entry.amountCents,
          remittance: { unstructured: entry.additionalInfo ? [entry.additionalInfo] : [] },
        },
      ];
}

async function bookDetail(
  tx: Db,
  context: Context,
  at: {
    sellerId: string;
    accountIban: string;
    statementId: string;
    entry: BankEntry;
    detail: BankEntryDetail;
    index: number;
  },
): Promise<Booked> {
  const { entry, detail } = at;
  // Only booked entries move money; pending and information-only ones come back booked later.
  if (entry.status !== 'BOOK') return { kind: 'skipped' };
  const isReturn = entry.reversal || detail.returnReason !== undefined;
  if (entry.direction === 'debit')
    return isReturn ? returnPayment(tx, at.sellerId, entry, detail) : { kind: 'skipped' };
  const bounced = isReturn ? await returnTransfer(tx, at.sellerId, entry, detail, 'pain.001') : undefined;
  if (bounced) return bounced;
  const credit = {
    amountCents: detail.amountCents,
    creditorReference: detail.remittance.creditorReference,
    remittance: detail.remittance.unstructured,
    endToEndId: detail.endToEndId,
    counterpartyIban: detail.counterpartyIban,
  };
  const match = await matchBankCredit(tx, at.sellerId, credit);
  const payment = await insertBankPayment(tx, {
    sellerId: at.sellerId,
    customerId: match?.customerId ?? null,
    source: match?.matchedBy === 'end-to-end-id' ? 'direct-debit' : 'bank',
    amountCents: detail.amountCents,
    valueDate: entry.valueDate,
    counterpartyName: detail.counterpartyName ?? null,
    counterpartyIban: detail.counterpartyIban ?? null,
    endToEndId: detail.endToEndId ?? null,
    remittance: [detail.remittance.creditorReference, ...detail.remittance.unstructured]
      .filter(Boolean)
      .join(' '),
    namedInvoiceId: match?.invoiceId ?? null,
    matchedBy: match?.matchedBy ?? null,
    statementId: at.statementId,
    entryKey: `${at.accountIban}:${entry.entryReference}:${at.index}`,
    recordedAt: context.clock.now().toString(),
    recordedBy: context.actor.id,
  });
  if (!payment) return { kind: 'duplicates' };
  return { kind: match ? 'matched' : 'unmatched', customerId: match?.customerId };
}

/**
 * A direct-debit return (camt.054) or a reversal: the payment it names stops paying anything. Naming
 * no payment, it may be a collection of ours the bank rejected before it paid.
 */
async function returnPayment(
  tx: Db,
  sellerId: string,
  entry: BankEntry,
  detail: BankEntryDetail,
): Promise<Booked> {
  const endToEndId = detail.endToEndId;
  const payment = endToEndId ? await findPaymentByEndToEndId(tx, sellerId, endToEndId) : undefined;
  if (!payment) return (await returnTransfer(tx, sellerId, entry, detail)) ?? { kind: 'skipped' };
  if (payment.returnedOn !== null) return { kind: 'duplicates' };
  await markReturned(tx, payment.id, entry.valueDate, detail.returnReason ?? 'reversal');
  return { kind: 'returned', customerId: payment.customerId };
}

/**
 * A transfer of ours came back: a collection (plan-collections collects its invoice again) or a
 * refund, whose credit is on the account again. Undefined: the entry names no transfer of ours.
 */
async function returnTransfer(
  tx: Db,
  sellerId: string,
  entry: BankEntry,
  detail: BankEntryDetail,
  kind?: 'pain.001',
): Promise<Booked | undefined> {
  const endToEndId = detail.endToEndId;
  const transfer = endToEndId ? await findTransfer(tx, sellerId, endToEndId) : undefined;
  if (!transfer || (kind && transfer.kind !== kind)) return undefined;
  if (transfer.returnedOn !== null) return { kind: 'duplicates' };
  await markTransferReturned(tx, transfer.endToEndId, entry.valueDate, detail.returnReason ?? 'reversal');
  await reverseRefundAllocations(tx, transfer.endToEndId, entry.valueDate);
  return { kind: 'returned', customerId: transfer.customerId };
}

async function allocateTouched(tx: Db, sellerId: string, customerIds: Set<string>): Promise<void> {
  const { profile } = await sellerWithTerms(tx, sellerId);
  for (const customerId of [...customerIds].sort()) {
    const customer = await findCustomer(tx, customerId);
    if (!customer) continue;
    await allocatePayments(tx, {
      sellerId,
      customerId,
      customerKind: customer.kind,
      profile,
    });
  }
}
