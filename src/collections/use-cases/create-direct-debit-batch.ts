import { Temporal } from 'temporal-polyfill';
import { creditorIdentifier } from '../../documents/sepa-creditor-id.ts';
import { renderDirectDebitBatch } from '../../documents/sepa-direct-debit.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { FieldChecks, InvalidInputError, isBlank } from '../../shared/errors/index.ts';
import { earliestCollectionDate } from '../rules/sepa-business-days.ts';
import {
  insertBankFile,
  insertTransfers,
  lockSeller,
  markFirstCollected,
  nextBankFileId,
} from '../store/direct-debits.ts';
import type { SellerRow } from '../store/parties.ts';
import { sellerWithTerms } from '../store/parties.ts';
import { bankFileSummary } from './get-bank-file.ts';
import type { BankFileSummary } from './get-bank-file.ts';
import { planCollections } from './plan-collections.ts';
import type { PlannedCollection, SkippedMandate } from './plan-collections.ts';

export interface CreateDirectDebitBatch {
  readonly sellerId: string;
  /** The due date the debtors' accounts are debited on (ReqdColltnDt). */
  readonly collectionDate: Temporal.PlainDate;
  /** The SEPA creditor identifier to collect under; default the seller's own (`sellers.creditor_id`). */
  readonly creditorId?: string;
}

export interface CollectionView {
  readonly endToEndId: string;
  readonly customerId: string;
  readonly invoiceId: string;
  readonly invoiceNumber: string;
  readonly mandateId: string;
  readonly scheme: 'CORE' | 'B2B';
  readonly sequenceType: 'FRST' | 'RCUR';
  readonly amountCents: number;
}

export interface DirectDebitBatchView {
  readonly sellerId: string;
  readonly collectionDate: string;
  /** The pain.008 file made, or null when there was nothing (more) to collect. */
  readonly file: BankFileSummary | null;
  readonly collections: CollectionView[];
  readonly skipped: SkippedMandate[];
}

/**
 * Makes the seller's pain.008 file of direct debits due on `collectionDate`: every open invoice of a
 * customer with a mandate in force that is not being collected already (plan-collections.ts), FRST
 * for a mandate's first collection and RCUR after (mandate-use.ts). The file, a bank transfer per
 * collection and the mandates' first collection are stored in one transaction. Run again for the
 * same day it adds only what was not collected yet — nothing, or an invoice whose collection came
 * back returned.
 */
export async function createDirectDebitBatch(
  context: Context,
  input: CreateDirectDebitBatch,
): Promise<DirectDebitBatchView> {
  const givenCreditorId = checkedInput(input, context.clock.today());
  return context.db.transaction(async (tx) => {
    const seller = await lockSeller(tx, input.sellerId);
    if (!seller) throw new InvalidInputError('sellerId', `no seller '${input.sellerId}'`);
    const creditorId = givenCreditorId ?? seller.creditorId;
    if (!creditorId)
      throw new InvalidInputError(
        'creditorId',
        `is required: seller '${seller.id}' has no SEPA creditor identifier on record; set it on the seller or give one`,
      );
    const { profile } = await sellerWithTerms(tx, seller.id);
    const { collectionDate } = input;
    const plan = await planCollections(tx, { sellerId: seller.id, profile, collectionDate });
    const answer = { sellerId: seller.id, collectionDate: collectionDate.toString(), skipped: plan.skipped };
    if (plan.collections.length === 0) return { ...answer, file: null, collections: [] };
    const fileId = await nextBankFileId(tx);
    const collections = plan.collections.map((planned, i) =>
      collectionView(planned, `VZ-DD-${fileId.slice(3)}-${i + 1}`),
    );
    const xml = renderDirectDebitBatch({
      messageId: fileId,
      createdAt: context.clock.now(),
      creditor: { ...holderOf(seller), creditorId },
      collectionDate,
      scheme: 'CORE',
      transactions: plan.collections.map((planned, i) => ({
        endToEndId: collections[i]!.endToEndId,
        amountCents: planned.amountCents,
        mandateId: planned.mandate.id,
        mandateSignedOn: planned.mandate.signedOn,
        sequenceType: planned.sequenceType,
        debtorName: planned.mandate.debtorName,
        debtorIban: planned.mandate.iban,
        remittance: `${planned.customerLanguage === 'nl' ? 'Factuur' : 'Invoice'} ${planned.invoiceNumber}`,
        scheme: planned.mandate.scheme,
      })),
    });
    const file = await insertBankFile(tx, {
      id: fileId,
      sellerId: seller.id,
      kind: 'pain.008',
      executionDate: collectionDate.toString(),
      transactions: collections.length,
      totalCents: collections.reduce((total, c) => total + c.amountCents, 0),
      xml,
      createdAt: context.clock.now().toString(),
      createdBy: context.actor.id,
    });
    await insertTransfers(
      tx,
      collections.map((c) => ({
        endToEndId: c.endToEndId,
        fileId,
        customerId: c.customerId,
        invoiceId: c.invoiceId,
        refundOf: null,
        mandateId: c.mandateId,
        sequenceType: c.sequenceType,
        amountCents: c.amountCents,
      })),
    );
    const firsts = collections.filter((c) => c.sequenceType === 'FRST').map((c) => c.mandateId);
    await markFirstCollected(tx, firsts, collectionDate.toString());
    await auditChange(tx, context, {
      action: 'direct-debit-batch.created',
      subject: { type: 'bank-file', id: fileId },
      details: {
        collectionDate: file.executionDate,
        transactions: file.transactions,
        totalCents: file.totalCents,
      },
    });
    return { ...answer, file: bankFileSummary(file), collections };
  });
}

/** Checks the input; answers the creditor id given, normalised, if any. */
function checkedInput(input: CreateDirectDebitBatch, today: Temporal.PlainDate): string | undefined {
  const checks = new FieldChecks();
  if (isBlank(input.sellerId)) checks.add('sellerId', 'is required');
  const creditorId =
    input.creditorId === undefined
      ? undefined
      : checks.check(() => creditorIdentifier(input.creditorId, 'creditorId'));
  if (!(input.collectionDate instanceof Temporal.PlainDate))
    checks.add('collectionDate', 'is required (YYYY-MM-DD)');
  else {
    const earliest = earliestCollectionDate(today);
    if (Temporal.PlainDate.compare(input.collectionDate, earliest) < 0)
      checks.add(
        'collectionDate',
        `${input.collectionDate.toString()} is too soon: a direct debit handed to the bank on ${today.toString()} ` +
          `is due on ${earliest.toString()} at the earliest (EPC rulebooks: at least 1 inter-bank business day ahead)`,
      );
  }
  checks.throwIfAny();
  return creditorId;
}

/** The seller as the holder of the account collections go to and refunds come from. */
export function holderOf(seller: SellerRow): { name: string; iban: string; bic?: string } {
  return { name: seller.legalName, iban: seller.iban, ...(seller.bic ? { bic: seller.bic } : {}) };
}

function collectionView(planned: PlannedCollection, endToEndId: string): CollectionView {
  return {
    endToEndId,
    customerId: planned.mandate.customerId,
    invoiceId: planned.invoiceId,
    invoiceNumber: planned.invoiceNumber,
    mandateId: planned.mandate.id,
    scheme: planned.mandate.scheme,
    sequenceType: planned.sequenceType,
    amountCents: planned.amountCents,
  };
}
