import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { faultReadiness } from '../rules/fault-contact.ts';
import { deleteContact, findContact } from '../store.ts';
import { getCustomer } from './get-customer.ts';
import type { CustomerView } from './get-customer.ts';
import { notFound } from './update-contact.ts';

export interface RemoveContact {
  readonly customerId: string;
  readonly contactId: number;
}

/**
 * Removes a contact, also the last fault contact. Refusing that would keep a person who has left on
 * record (and their personal data, against the GDPR's storage limitation) only to keep a phone
 * number that no longer answers. Instead the customer answered back shows `faultReadiness` not
 * ready, naming what vn:6.4.9 now misses, and the audit event records that readiness was lost.
 */
export async function removeContact(context: Context, input: RemoveContact): Promise<CustomerView> {
  const contact = await findContact(context.db, input.customerId, input.contactId);
  if (!contact) throw notFound(input);
  const before = await getCustomer(context.db, input.customerId);
  await context.db.transaction(async (tx) => {
    await deleteContact(tx, contact.id);
    const after = before.contacts.filter((c) => c.id !== contact.id);
    await auditChange(tx, context, {
      action: 'customer.contactRemoved',
      subject: { type: 'customer', id: input.customerId },
      details: {
        contactId: contact.id,
        roles: contact.roles,
        faultReadinessLost: before.faultReadiness.ready && !faultReadiness(after).ready,
      },
    });
  });
  return getCustomer(context.db, input.customerId);
}
