import { Temporal } from 'temporal-polyfill';
import { renderCreditTransferBatch } from '../../documents/sepa-credit-transfer.ts';
import { sepaText } from '../../documents/sepa-text.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { FieldChecks, InvalidInputError, isBlank } from '../../shared/errors/index.ts';
import { iban } from '../../shared/identifiers/index.ts';
import { creditsHeld } from '../store/credit-refunds.ts';
import type { CreditHeld } from '../store/credit-refunds.ts';
import { depositsToRefund } from '../store/deposit-refunds.ts';
import type { DepositToRefund } from '../store/deposit-refunds.ts';
import {
  activeMandateOf,
  insertBankFile,
  insertTransfers,
  lockSeller,
  nextBankFileId,
} from '../store/direct-debits.ts';
import { findCustomer, sellerWithTerms } from '../store/parties.ts';
import { insertAllocations } from '../store/payments.ts';
import { allocatePayments } from './allocate-payments.ts';
import { holderOf } from './create-direct-debit-batch.ts';
import { bankFileSummary } from './get-bank-file.ts';
import type { BankFileSummary } from './get-bank-file.ts';

export interface CreateRefundBatch {
  readonly sellerId: string;
  /** The day the seller's bank pays; default today, never earlier. */
  readonly executionDate?: Temporal.PlainDate;
}

export interface RefundView {
  readonly endToEndId: string;
  readonly customerId: string;
  /** What is refunded: `deposit:<cpe id>`, once only, or `credit:<file id>:<customer id>`. */
  readonly refundOf: string;
  readonly amountCents: number;
  readonly creditorName: string;
  readonly creditorIban: string;
}

/** A refund due that cannot go out yet, and what a clerk must do about it. */
export interface SkippedRefund {
  readonly refundOf: string;
  readonly customerId: string;
  readonly amountCents: number;
  readonly reason: string;
}

export interface RefundBatchView {
  readonly sellerId: string;
  readonly executionDate: string;
  /** The pain.001 file made, or null when nothing was due. */
  readonly file: BankFileSummary | null;
  readonly refunds: RefundView[];
  readonly skipped: SkippedRefund[];
}

/**
 * Makes the seller's pain.001 file of refunds: every switch deposit the network settled with money to
 * give back (vn:7.2.2, after the damage share and any set-off, vn:7.2.3-7.2.4), to the customer's IBAN,
 * else to the account of the customer's mandate with the seller. Each refund is a bank transfer keyed
 * `deposit:<cpe id>`, unique in the store, so a deposit is refunded once however often this runs.
 * Credit left on an account (payments not used up) is first put on the customer's open claims, and
 * what is still left goes back in one transfer per customer, allocated (`refund`) against the payments
 * that held it, oldest first: allocation never spends it again, and a second batch finds none.
 */
export async function createRefundBatch(
  context: Context,
  input: CreateRefundBatch,
): Promise<RefundBatchView> {
  const executionDate = checkedDate(input, context.clock.today());
  return context.db.transaction(async (tx) => {
    const seller = await lockSeller(tx, input.sellerId);
    if (!seller) throw new InvalidInputError('sellerId', `no seller '${input.sellerId}'`);
    const answer = { sellerId: seller.id, executionDate: executionDate.toString() };
    await useCreditOnOpenClaims(tx, seller.id);
    const { due, skipped } = await payableRefunds(tx, seller.id);
    if (due.length === 0) return { ...answer, file: null, refunds: [], skipped };
    const fileId = await nextBankFileId(tx);
    const refunds = due.map((refund, i) => ({
      ...refund.view,
      endToEndId: `VZ-RF-${fileId.slice(3)}-${i + 1}`,
      // A customer's credit may be refunded again after a bounce: unique by file.
      refundOf: refund.credits ? `credit:${fileId}:${refund.view.customerId}` : refund.view.refundOf,
    }));
    const xml = renderCreditTransferBatch({
      messageId: fileId,
      createdAt: context.clock.now(),
      debtor: holderOf(seller),
      executionDate,
      transactions: due.map((refund, i) => ({
        endToEndId: refunds[i]!.endToEndId,
        amountCents: refund.view.amountCents,
        creditorName: refund.view.creditorName,
        creditorIban: refund.view.creditorIban,
        remittance: refund.remittance,
      })),
    });
    const file = await insertBankFile(tx, {
      id: fileId,
      sellerId: seller.id,
      kind: 'pain.001',
      executionDate: executionDate.toString(),
      transactions: refunds.length,
      totalCents: refunds.reduce((total, r) => total + r.amountCents, 0),
      xml,
      createdAt: context.clock.now().toString(),
      createdBy: context.actor.id,
    });
    await insertTransfers(
      tx,
      refunds.map((r) => ({
        endToEndId: r.endToEndId,
        fileId,
        customerId: r.customerId,
        invoiceId: null,
        refundOf: r.refundOf,
        mandateId: null,
        sequenceType: null,
        amountCents: r.amountCents,
      })),
    );
    await insertAllocations(
      tx,
      due.flatMap((refund, i) =>
        (refund.credits ?? []).map((credit) => ({
          paymentId: credit.paymentId,
          customerId: credit.customerId,
          bankTransferId: refunds[i]!.endToEndId,
          component: 'refund' as const,
          amountCents: credit.creditCents,
          allocatedOn: executionDate.toString(),
          because: [],
        })),
      ),
    );
    await auditChange(tx, context, {
      action: 'refund-batch.created',
      subject: { type: 'bank-file', id: fileId },
      details: {
        executionDate: file.executionDate,
        refundOf: refunds.map((r) => r.refundOf),
        totalCents: file.totalCents,
      },
    });
    return { ...answer, file: bankFileSummary(file), refunds, skipped };
  });
}

function checkedDate(input: CreateRefundBatch, today: Temporal.PlainDate): Temporal.PlainDate {
  const checks = new FieldChecks();
  if (isBlank(input.sellerId)) checks.add('sellerId', 'is required');
  const executionDate = input.executionDate ?? today;
  if (!(executionDate instanceof Temporal.PlainDate))
    checks.add('executionDate', 'must be a date (YYYY-MM-DD)');
  else if (Temporal.PlainDate.compare(executionDate, today) < 0)
    checks.add('executionDate', `${executionDate.toString()} is in the past: a bank pays today or later`);
  checks.throwIfAny();
  return executionDate;
}

/** Credit is used first on what the customer owes (bit:11.4): only what is left goes back. */
async function useCreditOnOpenClaims(tx: Db, sellerId: string): Promise<void> {
  const { profile } = await sellerWithTerms(tx, sellerId);
  const customerIds = new Set((await creditsHeld(tx, sellerId)).map((credit) => credit.customerId));
  for (const customerId of customerIds) {
    const customer = await findCustomer(tx, customerId);
    if (customer)
      await allocatePayments(tx, {
        sellerId,
        customerId,
        customerKind: customer.kind,
        profile,
      });
  }
}

interface DueRefund {
  readonly view: Omit<RefundView, 'endToEndId'>;
  readonly remittance: string;
  /** A refund of credit: the payments that held it. */
  readonly credits?: readonly CreditHeld[];
}

/** What a customer is owed back, and by which payments or deposit. */
interface Owed {
  readonly customerId: string;
  readonly customerName: string;
  readonly customerIban: string | null;
  readonly refundOf: string;
  readonly amountCents: number;
  readonly remittance: string;
  readonly credits?: readonly CreditHeld[];
}

async function payableRefunds(
  tx: Db,
  sellerId: string,
): Promise<{ due: DueRefund[]; skipped: SkippedRefund[] }> {
  const due: DueRefund[] = [];
  const skipped: SkippedRefund[] = [];
  const owed = [
    ...(await depositsToRefund(tx, sellerId)).map(depositOwed),
    ...creditsByCustomer(await creditsHeld(tx, sellerId)).map(creditOwed),
  ];
  for (const refund of owed) {
    const { customerId, refundOf, amountCents } = refund;
    const account = await accountOf(tx, sellerId, refund);
    if (typeof account === 'string') {
      skipped.push({ refundOf, customerId, amountCents, reason: account });
      continue;
    }
    due.push({
      view: { customerId, refundOf, amountCents, ...account },
      remittance: refund.remittance,
      ...(refund.credits ? { credits: refund.credits } : {}),
    });
  }
  return { due, skipped };
}

function depositOwed(deposit: DepositToRefund): Owed {
  return {
    ...deposit,
    refundOf: `deposit:${deposit.cpeId}`,
    amountCents: deposit.refundCents,
    remittance: remittanceOf(deposit),
  };
}

/** One refund per customer for all its credit; `credit` until the file gives it its key. */
function creditOwed(credits: readonly CreditHeld[]): Owed {
  const [first] = credits;
  return {
    customerId: first!.customerId,
    customerName: first!.customerName,
    customerIban: first!.customerIban,
    refundOf: 'credit',
    amountCents: credits.reduce((total, credit) => total + credit.creditCents, 0),
    remittance: first!.language === 'nl' ? 'Terugbetaling tegoed' : 'Refund of credit',
    credits,
  };
}

function creditsByCustomer(credits: readonly CreditHeld[]): CreditHeld[][] {
  const groups = new Map<string, CreditHeld[]>();
  for (const credit of credits)
    groups.set(credit.customerId, [...(groups.get(credit.customerId) ?? []), credit]);
  return [...groups.values()];
}

/** Names the switch by its serial number where the SEPA character set can carry it, else by its id. */
function remittanceOf(deposit: DepositToRefund): string {
  const text = deposit.language === 'nl' ? 'Terugbetaling borg switch' : 'Deposit refund switch';
  try {
    return sepaText(`${text} ${deposit.serialNumber}`, 'remittance', 140);
  } catch {
    return `${text} ${deposit.cpeId}`;
  }
}

/** Where the refund goes (vn:7.2.2: the customer's bank account), or why it cannot go out. */
async function accountOf(
  tx: Db,
  sellerId: string,
  refund: Owed,
): Promise<{ creditorName: string; creditorIban: string } | string> {
  const mandate = refund.customerIban ? undefined : await activeMandateOf(tx, sellerId, refund.customerId);
  const account = refund.customerIban
    ? { creditorName: refund.customerName, creditorIban: refund.customerIban }
    : mandate && { creditorName: mandate.debtorName, creditorIban: mandate.iban };
  if (!account)
    return `no bank account known for ${refund.customerId}: record the customer's IBAN, then run the batch again`;
  try {
    sepaText(account.creditorName, 'creditorName', 70);
    return { creditorName: account.creditorName, creditorIban: iban(account.creditorIban, 'creditorIban') };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return `the account on record cannot go in a SEPA file: ${error.message}`;
  }
}
