import { violatedUniqueConstraint } from '../../platform/database/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { findHoldersOf } from '../store.ts';

interface Identifiers {
  readonly kvkNumber: string | null;
  readonly vatId: string | null;
}

const IDENTIFIER_INDEXES = ['customers_kvk_number_key', 'customers_vat_id_key'];

/**
 * Refuses a KvK number or VAT id another customer has: the same company entered twice would get
 * two accounts, two sets of invoices and two dunning runs. The message names the customer to use.
 */
export async function refuseDuplicates(db: Db, identifiers: Identifiers, exceptId?: string): Promise<void> {
  const holders = await findHoldersOf(db, identifiers, exceptId);
  const found = holders.flatMap((holder) => [
    ...(identifiers.kvkNumber !== null && holder.kvkNumber === identifiers.kvkNumber
      ? [`customer ${holder.id} already has KvK number ${identifiers.kvkNumber}`]
      : []),
    ...(identifiers.vatId !== null && holder.vatId === identifiers.vatId
      ? [`customer ${holder.id} already has VAT id ${identifiers.vatId}`]
      : []),
  ]);
  if (found.length > 0)
    throw new ConflictError(`${found.join('; ')}: use that customer, or correct the number`);
}

/**
 * The same company entered by two clerks at once: both pass `refuseDuplicates`, and the unique index
 * stops the second insert. That is answered like a duplicate found beforehand, naming the winner;
 * any other error is thrown as it is.
 */
export async function asDuplicateConflict(
  db: Db,
  error: unknown,
  identifiers: Identifiers,
  exceptId?: string,
): Promise<never> {
  const constraint = violatedUniqueConstraint(error);
  if (constraint === undefined || !IDENTIFIER_INDEXES.includes(constraint)) throw error;
  await refuseDuplicates(db, identifiers, exceptId);
  throw new ConflictError(
    'another customer with this KvK number or VAT id was saved at the same moment, and then undone; try again',
  );
}
