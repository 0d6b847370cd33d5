import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { readUsageRecords, referenceProblems, throwProblems, usageRulesOf } from '../rules/usage-record.ts';
import type { UsageRecord, UsageReferences } from '../rules/usage-record.ts';
import { getProfile } from '../../terms/index.ts';
import { insertUsageRecords, sellerProfileId, usageReferences } from '../store/usage.ts';

/** What a batch did: a replayed batch is received again and adds nothing. */
export interface UsageIntake {
  readonly received: number;
  readonly added: number;
  /** Records the seller had already (same recordId), or that the batch repeats. */
  readonly duplicates: number;
}

/**
 * Records a batch of usage in arrears (vn:7.1.4, hours bit:5.1) for the next bill run, in one
 * transaction. Idempotent by (seller, recordId). The whole batch is refused, naming
 * `records[i].field`, when any record is malformed or names an unknown customer, a product that is
 * not a usage or hourly product of the seller, or another customer's subscription.
 */
export async function recordUsage(
  context: Context,
  sellerId: string,
  records: unknown,
): Promise<UsageIntake> {
  return context.db.transaction((tx) => recordUsageIn(tx, context, sellerId, records));
}

/**
 * `recordUsage` inside the caller's transaction `tx` (e.g. a fault ticket's closure charging its
 * repair hours, vn:6.4.8): same checks, same idempotency by (seller, recordId), same audit.
 */
export async function recordUsageIn(
  tx: Db,
  context: Context,
  sellerId: string,
  records: unknown,
): Promise<UsageIntake> {
  if (typeof sellerId !== 'string' || sellerId.trim() === '') {
    throw new InvalidInputError('sellerId', 'is required');
  }
  const checked = readUsageRecords(records, context.clock.today().toString());
  const rulePrefix = await sellerRulePrefix(tx, sellerId);
  const known = await referencesOf(tx, checked);
  throwProblems(
    referenceProblems(checked, sellerId, known, (i) => `records[${i}].`),
    'records',
  );
  const added = await insertUsageRecords(
    tx,
    sellerId,
    withRules(checked, known, rulePrefix),
    context.clock.now().toString(),
  );
  const intake = { received: checked.length, added, duplicates: checked.length - added };
  if (added > 0) {
    await auditChange(tx, context, {
      action: 'usage.recorded',
      subject: { type: 'seller', id: sellerId },
      details: { ...intake, firstRecordId: checked[0]!.recordId, lastRecordId: checked.at(-1)!.recordId },
    });
  }
  return intake;
}

/** What the records name, read in one query per table. */
export function referencesOf(db: Db, records: readonly UsageRecord[]): Promise<UsageReferences> {
  const distinct = (pick: (record: UsageRecord) => string | null) => [
    ...new Set(records.map(pick).filter((id): id is string => id !== null)),
  ];
  return usageReferences(db, {
    customers: distinct((r) => r.customerId),
    products: distinct((r) => r.productId),
    subscriptions: distinct((r) => r.subscriptionId),
  });
}

/** The prefix of the seller's own rule ids (`bit`, `vn`); the seller must exist. */
export async function sellerRulePrefix(db: Db, sellerId: string): Promise<string> {
  const profileId = await sellerProfileId(db, sellerId);
  if (profileId === undefined) throw new NotFoundError('seller', sellerId);
  return (await getProfile(db, profileId)).profile.rulePrefix;
}

/** Each record with the rule ids that make it due, by its product's kind (checked before). */
export function withRules(
  records: readonly UsageRecord[],
  known: UsageReferences,
  rulePrefix: string,
): { readonly record: UsageRecord; readonly because: readonly RuleId[] }[] {
  return records.map((record) => ({
    record,
    because: usageRulesOf(known.products.get(record.productId)!.kind, rulePrefix)!,
  }));
}
