import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { FieldChecks, NotFoundError } from '../../shared/errors/index.ts';
import { contactFields } from '../rules/contact-fields.ts';
import { findCustomerRow, insertContacts } from '../store.ts';
import type { ContactInput } from './create-customer.ts';
import { contactView, getCustomer } from './get-customer.ts';
import type { ContactView, CustomerView } from './get-customer.ts';

export interface AddContact {
  readonly customerId: string;
  readonly contact: ContactInput;
}

/** A contact and the customer it belongs to afterwards, with its fault readiness (vn:6.4.9). */
export interface ContactChange {
  readonly contact: ContactView;
  readonly customer: CustomerView;
}

export async function addContact(context: Context, input: AddContact): Promise<ContactChange> {
  const customer = await findCustomerRow(context.db, input.customerId);
  if (!customer) throw new NotFoundError('customer', input.customerId);
  const checks = new FieldChecks();
  const fields = contactFields(input.contact, checks);
  checks.throwIfAny();

  const row = await context.db.transaction(async (tx) => {
    const [inserted] = await insertContacts(tx, [
      {
        ...fields!,
        roles: [...fields!.roles],
        customerId: customer.id,
        createdAt: context.clock.now().toString(),
      },
    ]);
    await auditChange(tx, context, {
      action: 'customer.contactAdded',
      subject: { type: 'customer', id: customer.id },
      details: { contactId: inserted!.id, roles: fields!.roles },
    });
    return inserted!;
  });
  return { contact: contactView(row), customer: await getCustomer(context.db, customer.id) };
}
