import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { asRecord, FieldChecks } from '../../shared/errors/index.ts';
import { sameValue } from '../../shared/json/index.ts';
import { SELLER_FIELDS, sellerFields } from '../rules/seller-fields.ts';
import type { SellerFields } from '../rules/seller-fields.ts';
import { updateSellerRow } from '../store.ts';
import type { AddSeller } from './add-seller.ts';
import type { Seller } from './get-seller.ts';
import { getSeller } from './get-seller.ts';
import { asSeriesConflict, checkProfileKnown, checkSeriesFree } from './seller-checks.ts';

/** The fields to change; the others stay. Null clears an optional field (bic, creditorId, phone, creditNoteSeries). */
export type SellerChanges = Partial<Omit<AddSeller, 'id'>>;

export interface UpdateSeller {
  readonly id: string;
  readonly changes: SellerChanges;
}

/**
 * Changes a seller's fields: the seller as it would be afterwards is checked whole, so a new
 * address abroad, say, re-checks the VAT id. Nothing changed, nothing recorded.
 */
export async function updateSeller(context: Context, input: UpdateSeller): Promise<Seller> {
  const current = await getSeller(context.db, input.id);
  const checks = new FieldChecks();
  const changes = asRecord(input.changes, 'changes', 'an object of the fields to change');
  checks.unknownFields(changes, ['id', ...SELLER_FIELDS]);
  if ('id' in changes) checks.add('id', 'cannot be changed; add a seller with the new id instead');
  const fields = sellerFields({ ...current, ...changes }, checks);
  if ('profileId' in changes) await checkProfileKnown(context.db, changes.profileId, checks);
  checks.throwIfAny();

  const changed = changedFields(current, fields!);
  if (Object.keys(changed).length === 0) return current;
  const after = { id: current.id, ...fields! };
  await checkSeriesFree(context.db, after);
  try {
    await context.db.transaction(async (tx) => {
      const set = Object.fromEntries(Object.entries(changed).map(([field, { to }]) => [field, to]));
      await updateSellerRow(tx, current.id, set);
      await auditChange(tx, context, {
        action: 'seller.updated',
        subject: { type: 'seller', id: current.id },
        details: { changes: changed },
      });
    });
  } catch (error) {
    await asSeriesConflict(context.db, error, after);
  }
  return getSeller(context.db, current.id);
}

function changedFields(
  current: Seller,
  fields: SellerFields,
): Record<string, { from: unknown; to: unknown }> {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of SELLER_FIELDS) {
    const from = current[field] as unknown;
    const to = fields[field] as unknown;
    if (!sameValue(from, to)) changed[field] = { from, to };
  }
  return changed;
}
