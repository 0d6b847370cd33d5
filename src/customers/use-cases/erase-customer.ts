import { sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import { uninvoicedChargesOf } from '../../billing/index.ts';
import { getAccountStatement } from '../../collections/index.ts';
import { listContracts } from '../../contracts/index.ts';
import { auditChange, auditTrailOf } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError, isBlank, NotFoundError } from '../../shared/errors/index.ts';
import { formatEuro } from '../../shared/money/index.ts';
import {
  anonymiseCustomerRow,
  clearFreeText,
  eraseFromBankFiles,
  eraseFromStoredAnswers,
  lockCustomerRow,
  personalValuesOf,
  replacePersonalValues,
} from '../erasure-store.ts';

export interface EraseCustomerOptions {
  /** Why: the customer's request of a date, the end of the retention… Recorded, never the values. */
  readonly reason: string;
}

export interface ErasureReport {
  readonly customerId: string;
  /** False when the customer had been erased already: nothing changed. */
  readonly erased: boolean;
  readonly erasedAt: string;
  /** Changes per table: fields rewritten (a row changed in two fields counts two), rows removed or unlinked. */
  readonly changed: Record<string, number>;
  readonly kept: string[];
  readonly because: string[];
}

const BECAUSE = ['vn:5.1', 'nl:vat'];

const KEPT = [
  'issued invoices and credit notes with their lines, as issued (nl:vat: kept 7 years, art. 52 AWR)',
  'the audit log (append-only evidence)',
];

/**
 * vn:5.1: personal data only for the contract. Once every contract has ended and nothing is open,
 * the customer's names, contacts, addresses, e-mail addresses, phone numbers, free text and messages
 * are anonymised in one transaction; issued invoices keep the customer as invoiced (nl:vat). The
 * audit event says who erased and why, not what was erased. A second erasure changes nothing.
 */
export async function eraseCustomer(
  context: Context,
  customerId: string,
  options: EraseCustomerOptions,
): Promise<ErasureReport> {
  if (typeof options.reason !== 'string' || isBlank(options.reason))
    throw new InvalidInputError(
      'reason',
      'is required: why the customer is erased (recorded in the audit log)',
    );
  return context.db.transaction(async (tx) => {
    const customer = await lockCustomerRow(tx, customerId);
    if (!customer) throw new NotFoundError('customer', customerId);
    const earlier = (await auditTrailOf(tx, { type: 'customer', id: customerId })).find(
      (event) => event.action === 'customer.erased',
    );
    if (earlier)
      return {
        customerId,
        erased: false,
        erasedAt: earlier.occurredAt.toString(),
        changed: {},
        kept: KEPT,
        because: BECAUSE,
      };

    const today = context.clock.today();
    await refuseWhileRunning(tx, customerId, today);
    await refuseWhileOpen(tx, customerId, today);

    const values = await personalValuesOf(tx, customer);
    const changed = await replacePersonalValues(tx, customerId, [...values.identifying, ...values.address]);
    add(changed, await clearFreeText(tx, customerId, today.toString()));
    add(changed, {
      outgoing_bank_files: await eraseFromBankFiles(tx, customerId, values.identifying),
      idempotency_keys: await eraseFromStoredAnswers(tx, values.identifying),
    });
    add(changed, { customers: 1, customer_contacts: await anonymiseCustomerRow(tx, customer) });
    await auditChange(tx, context, {
      action: 'customer.erased',
      subject: { type: 'customer', id: customerId },
      reason: options.reason.trim(),
      details: { changed, kept: KEPT, because: BECAUSE },
    });
    return {
      customerId,
      erased: true,
      erasedAt: context.clock.now().toString(),
      changed,
      kept: KEPT,
      because: BECAUSE,
    };
  });
}

/** vn:5.1: the data serves the contract, so it stays while a contract has not ended. */
async function refuseWhileRunning(db: Db, customerId: string, today: Temporal.PlainDate): Promise<void> {
  const running = (await listContracts(db, today, customerId)).find(
    (contract) => contract.timeline.status !== 'ended',
  );
  if (running)
    throw new ConflictError(
      `customer ${customerId} cannot be erased: contract ${running.id} is ${running.timeline.status}` +
        (running.timeline.effectiveEnd ? ` until ${running.timeline.effectiveEnd}` : '') +
        ' (vn:5.1: personal data is kept to perform the contract)',
    );
}

/**
 * Nothing may be open: an unpaid invoice or costs still need the customer, and a charge not yet
 * invoiced or a draft will still be billed.
 */
async function refuseWhileOpen(db: Db, customerId: string, today: Temporal.PlainDate): Promise<void> {
  const invoices = await queryRows<{ id: string; seller_id: string; state: string }>(
    db,
    sql`select id, seller_id, state from invoices where customer_id = ${customerId} order by id`,
  );
  const [charge] = await uninvoicedChargesOf(db, customerId);
  if (charge)
    throw new ConflictError(
      `customer ${customerId} cannot be erased: charge ${charge.id} (${charge.description}) is not yet invoiced`,
    );
  const draft = invoices.find((invoice) => invoice.state !== 'issued');
  if (draft)
    throw new ConflictError(
      `customer ${customerId} cannot be erased: invoice ${draft.id} is a draft not yet issued`,
    );
  for (const sellerId of new Set(invoices.map((invoice) => invoice.seller_id))) {
    const account = await getAccountStatement({ db }, { sellerId, customerId, asOf: today });
    const open = account.openClaims.find((claim) => claim.principalCents + claim.costsCents > 0);
    if (open)
      throw new ConflictError(
        `customer ${customerId} cannot be erased: ${open.kind === 'invoice' ? 'invoice' : 'claim'} ${open.number} ` +
          `is open (${formatEuro(open.principalCents + open.costsCents)})`,
      );
  }
}

function add(total: Record<string, number>, more: Record<string, number>): void {
  for (const [table, count] of Object.entries(more))
    if (count > 0) total[table] = (total[table] ?? 0) + count;
}
