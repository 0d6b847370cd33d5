import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { CUSTOMER_FIELDS, customerFields } from '../rules/customer-fields.ts';
import type { CustomerFields } from '../rules/customer-fields.ts';
import { sameValue } from '../../shared/json/index.ts';
import { findCustomerRow, updateCustomerRow } from '../store.ts';
import type { CreateCustomer } from './create-customer.ts';
import { asDuplicateConflict, refuseDuplicates } from './duplicate-customers.ts';
import { getCustomer } from './get-customer.ts';
import type { CustomerView } from './get-customer.ts';
import { asRecord, FieldChecks, NotFoundError } from '../../shared/errors/index.ts';

/** The fields to change; the others stay. Null clears an optional field. Contacts change one by one. */
export type CustomerChanges = Partial<Omit<CreateCustomer, 'contacts'>>;

export interface UpdateCustomer {
  readonly id: string;
  readonly changes: CustomerChanges;
}

/**
 * Changes a customer's fields. The customer as it would be afterwards is checked whole (a business
 * made a consumer must lose its KvK number in the same change) and against the other customers'
 * KvK numbers and VAT ids. Nothing changed, nothing recorded.
 */
export async function updateCustomer(context: Context, input: UpdateCustomer): Promise<CustomerView> {
  const current = await findCustomerRow(context.db, input.id);
  if (!current) throw new NotFoundError('customer', input.id);
  const checks = new FieldChecks();
  const changes = asRecord(input.changes, 'changes', 'an object of the fields to change');
  checks.unknownFields(changes, [...CUSTOMER_FIELDS, 'id', 'contacts']);
  if ('id' in changes) checks.add('id', 'cannot be changed');
  if ('contacts' in changes)
    checks.add('contacts', `are added, changed and removed one by one, at /customers/${current.id}/contacts`);
  const fields = customerFields({ ...current, ...changes }, checks);
  checks.throwIfAny();

  const changed = changedFields(current, fields!);
  if (Object.keys(changed).length === 0) return getCustomer(context.db, current.id);
  await refuseDuplicates(context.db, fields!, current.id);
  try {
    await context.db.transaction(async (tx) => {
      const set = Object.fromEntries(Object.entries(changed).map(([field, { to }]) => [field, to]));
      await updateCustomerRow(tx, current.id, set);
      await auditChange(tx, context, {
        action: 'customer.updated',
        subject: { type: 'customer', id: current.id },
        details: { changes: changed },
      });
    });
  } catch (error) {
    await asDuplicateConflict(context.db, error, fields!, current.id);
  }
  return getCustomer(context.db, current.id);
}

function changedFields(
  current: Readonly<Record<keyof CustomerFields, unknown>>,
  fields: CustomerFields,
): Record<string, { from: unknown; to: unknown }> {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of CUSTOMER_FIELDS)
    if (!sameValue(current[field], fields[field]))
      changed[field] = { from: current[field], to: fields[field] };
  return changed;
}
