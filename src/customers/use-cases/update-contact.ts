import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { asRecord, FieldChecks, NotFoundError } from '../../shared/errors/index.ts';
import { sameValue } from '../../shared/json/index.ts';
import { CONTACT_FIELDS, contactFields } from '../rules/contact-fields.ts';
import { findContact, updateContactRow } from '../store.ts';
import type { ContactChange } from './add-contact.ts';
import type { ContactInput } from './create-customer.ts';
import { contactView, getCustomer } from './get-customer.ts';

export interface UpdateContact {
  readonly customerId: string;
  readonly contactId: number;
  /** The fields to change; null clears an optional one. */
  readonly changes: Partial<ContactInput>;
}

/** Changes a contact; the contact as it would be afterwards is checked whole. */
export async function updateContact(context: Context, input: UpdateContact): Promise<ContactChange> {
  const current = await findContact(context.db, input.customerId, input.contactId);
  if (!current) throw notFound(input);
  const checks = new FieldChecks();
  const changes = asRecord(input.changes, 'changes', 'an object of the fields to change');
  checks.unknownFields(changes, CONTACT_FIELDS);
  const merged = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, current[field]]));
  const fields = contactFields({ ...merged, ...changes }, checks);
  checks.throwIfAny();

  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of CONTACT_FIELDS)
    if (!sameValue(current[field], fields![field]))
      changed[field] = { from: current[field], to: fields![field] };
  if (Object.keys(changed).length > 0)
    await context.db.transaction(async (tx) => {
      await updateContactRow(tx, current.id, { ...fields!, roles: [...fields!.roles] });
      await auditChange(tx, context, {
        action: 'customer.contactUpdated',
        subject: { type: 'customer', id: input.customerId },
        // The fields changed, not their values: the audit log outlives a contact's personal data.
        details: { contactId: current.id, changed: Object.keys(changed), roles: fields!.roles },
      });
    });
  const customer = await getCustomer(context.db, input.customerId);
  const contact = customer.contacts.find((c) => c.id === current.id) ?? contactView(current);
  return { contact, customer };
}

/** A contact of another customer is as unknown as one that does not exist. */
export function notFound(input: { customerId: string; contactId: number }): NotFoundError {
  return new NotFoundError(`contact of customer ${input.customerId}`, String(input.contactId));
}
