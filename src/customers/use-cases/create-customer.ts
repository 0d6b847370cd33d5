import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { asRecord, FieldChecks } from '../../shared/errors/index.ts';
import type { AddressInput } from '../../shared/identifiers/index.ts';
import { contactFields } from '../rules/contact-fields.ts';
import type { ContactFields, ContactRole } from '../rules/contact-fields.ts';
import { CUSTOMER_FIELDS, customerFields } from '../rules/customer-fields.ts';
import type { CustomerKind } from '../rules/customer-kind.ts';
import { insertContacts, insertCustomer } from '../store.ts';
import { asDuplicateConflict, refuseDuplicates } from './duplicate-customers.ts';
import { customerView } from './get-customer.ts';
import type { CustomerView } from './get-customer.ts';

export interface ContactInput {
  readonly name: string;
  readonly roles: readonly ContactRole[];
  readonly email?: string | null;
  readonly phoneOfficeHours?: string | null;
  readonly phoneOutsideOfficeHours?: string | null;
}

/** A new customer as a clerk enters it; every field is checked and each problem named. */
export interface CreateCustomer {
  /** Default business (vn:2.1.1–2.1.2). */
  readonly kind?: CustomerKind;
  readonly legalName: string;
  /** Required for a business in the Netherlands; none for a consumer. */
  readonly kvkNumber?: string | null;
  readonly vatId?: string | null;
  readonly iban?: string | null;
  readonly email: string;
  readonly billingAddress: AddressInput;
  readonly deliveryAddress?: AddressInput | null;
  /** Invoices and letters in Dutch (default) or English. */
  readonly language?: 'nl' | 'en';
  readonly contacts?: readonly ContactInput[];
}

export async function createCustomer(context: Context, input: CreateCustomer): Promise<CustomerView> {
  const checks = new FieldChecks();
  const record = asRecord(input, 'customer', 'a customer object');
  checks.unknownFields(record, [...CUSTOMER_FIELDS, 'contacts']);
  const fields = customerFields(record, checks);
  const contacts = initialContacts(record.contacts, checks);
  checks.throwIfAny();
  const customer = fields!;
  await refuseDuplicates(context.db, customer);

  try {
    return await context.db.transaction(async (tx) => {
      const createdAt = context.clock.now().toString();
      const row = await insertCustomer(tx, { ...customer, createdAt, createdBy: context.actor.id });
      const contactRows = await insertContacts(
        tx,
        contacts!.map((contact) => ({
          ...contact,
          roles: [...contact.roles],
          customerId: row.id,
          createdAt,
        })),
      );
      await auditChange(tx, context, {
        action: 'customer.created',
        subject: { type: 'customer', id: row.id },
        details: {
          kind: customer.kind,
          legalName: customer.legalName,
          kvkNumber: customer.kvkNumber,
          vatId: customer.vatId,
          contactIds: contactRows.map((contact) => contact.id),
        },
      });
      return customerView(row, contactRows);
    });
  } catch (error) {
    return asDuplicateConflict(context.db, error, customer);
  }
}

function initialContacts(value: unknown, checks: FieldChecks): ContactFields[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    checks.add('contacts', 'must be a list of contacts');
    return undefined;
  }
  const contacts = value.map((contact, index) => contactFields(contact, checks, `contacts.${index}.`));
  return contacts.every((contact) => contact !== undefined) ? contacts : undefined;
}
