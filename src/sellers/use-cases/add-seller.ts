import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { asRecord, ConflictError, FieldChecks } from '../../shared/errors/index.ts';
import type { AddressInput } from '../../shared/identifiers/index.ts';
import { SELLER_FIELDS, sellerFields, sellerId } from '../rules/seller-fields.ts';
import { insertSeller } from '../store.ts';
import type { Seller } from './get-seller.ts';
import { getSeller } from './get-seller.ts';
import { asSeriesConflict, checkProfileKnown, checkSeriesFree } from './seller-checks.ts';

/** A new seller as an operator gives it; every field is checked, each problem named. */
export interface AddSeller {
  /** A lowercase slug, e.g. `acme-fiber`. */
  readonly id: string;
  readonly legalName: string;
  /** A known terms profile (shipped or the operator's own). */
  readonly profileId: string;
  readonly kvkNumber: string;
  /** Dutch (NL…B..) when the address is in the Netherlands. */
  readonly vatId: string;
  readonly iban: string;
  readonly bic?: string | null;
  /** The SEPA creditor identifier, e.g. NL69ZZZ123456780000. */
  readonly creditorId?: string | null;
  readonly address: AddressInput;
  readonly email: string;
  readonly phone?: string | null;
  /** 1 to 10 capitals and digits, no other seller's. */
  readonly invoiceSeries: string;
  readonly creditNoteSeries?: string | null;
}

export async function addSeller(context: Context, input: AddSeller): Promise<Seller> {
  const checks = new FieldChecks();
  const record = asRecord(input, 'seller', 'a seller object');
  checks.unknownFields(record, ['id', ...SELLER_FIELDS]);
  const id = checks.check(() => sellerId(record.id));
  const fields = sellerFields(record, checks);
  await checkProfileKnown(context.db, record.profileId, checks);
  checks.throwIfAny();
  const seller = { id: id!, ...fields! };
  await checkSeriesFree(context.db, seller);

  const taken = new ConflictError(
    `seller '${seller.id}' already exists; change it with an update, or give the new seller another id`,
  );
  try {
    await context.db.transaction(async (tx) => {
      const inserted = await insertSeller(tx, {
        ...seller,
        createdAt: context.clock.now().toString(),
        createdBy: context.actor.id,
      });
      if (!inserted) throw taken;
      await auditChange(tx, context, {
        action: 'seller.added',
        subject: { type: 'seller', id: seller.id },
        details: { ...seller },
      });
    });
  } catch (error) {
    if (error !== taken) await asSeriesConflict(context.db, error, seller);
    throw error;
  }
  return getSeller(context.db, seller.id);
}
