import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { mandateUsableUntil, sequenceTypeFor } from '../rules/mandate-use.ts';
import type { CollectionSequenceType, MandateCollection } from '../rules/mandate-use.ts';
import { openClaims } from '../rules/open-claims.ts';
import { accountFacts } from '../store/account.ts';
import { collectionsFromCustomers, mandatesInForce } from '../store/direct-debits.ts';
import type { EarlierTransfer, MandateRow } from '../store/direct-debits.ts';
import { findCustomer } from '../store/parties.ts';
import { interestKindOf } from './allocate-payments.ts';

/** One invoice to collect under a mandate, before it has its end-to-end id. */
export interface PlannedCollection {
  readonly mandate: MandateRow;
  readonly customerLanguage: 'nl' | 'en';
  readonly invoiceId: string;
  readonly invoiceNumber: string;
  readonly amountCents: number;
  readonly sequenceType: CollectionSequenceType;
}

/** A mandate in force that cannot be collected on, and why. */
export interface SkippedMandate {
  readonly mandateId: string;
  readonly customerId: string;
  readonly reason: string;
}

/**
 * What a direct-debit batch of the seller due on `collectionDate` collects: for every customer with a
 * mandate in force, each issued invoice open on that day that no collection is under way for (none
 * made, or every one made was returned), for its open principal. Our readings: statutory interest and
 * cost claims are not collected (the customer was not told their amount in advance), nor the part of
 * an invoice an open dispute holds back (bit:9.5).
 */
export async function planCollections(
  tx: Db,
  batch: { sellerId: string; profile: TermsProfile; collectionDate: Temporal.PlainDate },
): Promise<{ collections: PlannedCollection[]; skipped: SkippedMandate[] }> {
  const on = batch.collectionDate;
  const mandates = oneMandatePerCustomer(await mandatesInForce(tx, batch.sellerId, on.toString()));
  const earlier = await collectionsFromCustomers(
    tx,
    batch.sellerId,
    mandates.map((m) => m.customerId),
  );
  const collections: PlannedCollection[] = [];
  const skipped: SkippedMandate[] = [];
  for (const mandate of mandates) {
    const history = earlier.filter((t) => t.mandateId === mandate.id).map(asMandateCollection);
    const usableUntil = mandateUsableUntil(Temporal.PlainDate.from(mandate.signedOn), history);
    if (Temporal.PlainDate.compare(on, usableUntil) > 0) {
      skipped.push({
        mandateId: mandate.id,
        customerId: mandate.customerId,
        reason: `lapsed: not used for 36 months (usable until ${usableUntil.toString()}); the customer must sign a new mandate`,
      });
      continue;
    }
    const invoices = await collectableInvoices(tx, batch, mandate.customerId, earlier);
    invoices.forEach((invoice, index) =>
      collections.push({
        mandate,
        ...invoice,
        // A series starts with one FRST; further invoices of the same batch are RCUR (allowed since 2016).
        sequenceType: index === 0 ? sequenceTypeFor(history) : 'RCUR',
      }),
    );
  }
  return { collections, skipped };
}

async function collectableInvoices(
  tx: Db,
  batch: { sellerId: string; profile: TermsProfile; collectionDate: Temporal.PlainDate },
  customerId: string,
  earlier: readonly EarlierTransfer[],
): Promise<Omit<PlannedCollection, 'mandate' | 'sequenceType'>[]> {
  const customer = await findCustomer(tx, customerId);
  if (!customer) return [];
  const facts = await accountFacts(tx, batch.sellerId, customerId);
  const underWay = new Set(
    earlier.filter((t) => !t.returned && t.invoiceId !== null).map((t) => t.invoiceId),
  );
  return openClaims(facts, batch.collectionDate, interestKindOf(batch.profile, customer.kind))
    .filter((claim) => claim.kind === 'invoice' && !underWay.has(claim.id))
    .map((claim) => ({
      customerLanguage: customer.language,
      invoiceId: claim.id,
      invoiceNumber: claim.number,
      amountCents: claim.principalCents - claim.disputedCents,
    }))
    .filter((invoice) => invoice.amountCents > 0);
}

/** Registration keeps one in force per customer; should two be, the latest signed is used. */
function oneMandatePerCustomer(rows: readonly MandateRow[]): MandateRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.customerId) && seen.add(row.customerId));
}

function asMandateCollection(transfer: EarlierTransfer): MandateCollection {
  return { collectionDate: Temporal.PlainDate.from(transfer.executionDate), returned: transfer.returned };
}
