import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { addContact } from './add-contact.ts';
import { createCustomer } from './create-customer.ts';
import { removeContact } from './remove-contact.ts';
import { business, testContext } from './test-customers.ts';
import { updateContact } from './update-contact.ts';

describeEachStore("a customer's contacts", (database) => {
  const context = testContext(database);

  it('adds a fault contact, then the number outside office hours, until the customer is ready (vn:6.4.9)', async () => {
    const customer = await createCustomer(context(), business(70000001));
    expect(customer.faultReadiness).toEqual({
      ready: false,
      missing: ['faultContact', 'faultContact.phoneOfficeHours', 'faultContact.phoneOutsideOfficeHours'],
    });
    const added = await addContact(context(), {
      customerId: customer.id,
      contact: { name: 'NOC desk', roles: ['fault'], phoneOfficeHours: '0318 648 688' },
    });
    expect(added.contact).toMatchObject({
      name: 'NOC desk',
      roles: ['fault'],
      phoneOfficeHours: '+31318648688',
    });
    expect(added.customer.faultReadiness).toEqual({
      ready: false,
      missing: ['faultContact.phoneOutsideOfficeHours'],
    });

    const updated = await updateContact(context(), {
      customerId: customer.id,
      contactId: added.contact.id,
      changes: { phoneOutsideOfficeHours: '06 12345678', email: 'noc@company.example' },
    });
    expect(updated.contact).toMatchObject({
      phoneOutsideOfficeHours: '+31612345678',
      email: 'noc@company.example',
    });
    expect(updated.customer.faultReadiness).toEqual({ ready: true, missing: [] });

    const trail = await auditTrailOf(database().db, { type: 'customer', id: customer.id });
    expect(trail.map((event) => [event.action, event.details])).toEqual([
      ['customer.created', expect.anything()],
      ['customer.contactAdded', { contactId: added.contact.id, roles: ['fault'] }],
      [
        'customer.contactUpdated',
        { contactId: added.contact.id, changed: ['email', 'phoneOutsideOfficeHours'], roles: ['fault'] },
      ],
    ]);
  });

  it('removes the last fault contact, answering what vn:6.4.9 now misses and recording the loss', async () => {
    const customer = await createCustomer(context(), {
      ...business(70000002),
      contacts: [
        {
          name: 'On call',
          roles: ['fault', 'technical'],
          phoneOfficeHours: '0318 648 688',
          phoneOutsideOfficeHours: '06 12345678',
        },
      ],
    });
    expect(customer.faultReadiness.ready).toBe(true);
    const contactId = customer.contacts[0]!.id;
    const after = await removeContact(context(), { customerId: customer.id, contactId });
    expect(after.contacts).toEqual([]);
    expect(after.faultReadiness.missing).toEqual([
      'faultContact',
      'faultContact.phoneOfficeHours',
      'faultContact.phoneOutsideOfficeHours',
    ]);
    const trail = await auditTrailOf(database().db, { type: 'customer', id: customer.id });
    expect(trail.at(-1)).toMatchObject({
      action: 'customer.contactRemoved',
      details: { contactId, roles: ['technical', 'fault'], faultReadinessLost: true },
    });
  });

  it('names every bad field of a contact, and changes nothing', async () => {
    const customer = await createCustomer(context(), {
      ...business(70000003),
      contacts: [{ name: 'Ans', roles: ['billing'], email: 'ans@company.example' }],
    });
    const contactId = customer.contacts[0]!.id;
    const error = await updateContact(context(), {
      customerId: customer.id,
      contactId,
      changes: { roles: ['boss'] as never, email: null, phoneOfficeHours: 'call me' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual(['roles', 'phoneOfficeHours']);
    const added = await addContact(context(), {
      customerId: customer.id,
      contact: { name: ' ', roles: [] },
    }).catch((e: unknown) => e);
    expect((added as InvalidInputError).problems.map((p) => p.field)).toEqual(['name', 'roles', 'email']);
    const trail = await auditTrailOf(database().db, { type: 'customer', id: customer.id });
    expect(trail).toHaveLength(1);
  });

  it("answers an unknown customer, and another customer's contact, with not found", async () => {
    const one = await createCustomer(context(), {
      ...business(70000004),
      contacts: [{ name: 'Ans', roles: ['billing'], email: 'ans@one.example' }],
    });
    const other = await createCustomer(context(), business(70000005));
    const contactId = one.contacts[0]!.id;
    const contact = { name: 'X', roles: ['primary'] as const, email: 'x@x.example' };
    await expect(addContact(context(), { customerId: 'CU-999999', contact })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(removeContact(context(), { customerId: other.id, contactId })).rejects.toThrow(
      `contact of customer ${other.id} '${contactId}' does not exist`,
    );
    await expect(
      updateContact(context(), { customerId: other.id, contactId, changes: { name: 'Y' } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
