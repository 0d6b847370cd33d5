import type { App } from '../../app.ts';
import {
  addContact,
  createCustomer,
  getCustomer,
  listCustomers,
  removeContact,
  updateContact,
  updateCustomer,
} from '../../customers/index.ts';
import { contextOf } from '../request-context.ts';
import {
  ContactBody,
  ContactChangeSchema,
  ContactChangesBody,
  ContactParams,
  CreateCustomerBody,
  CustomerChangesBody,
  CustomerListQuery,
  CustomerPageSchema,
  CustomerSchema,
  IdParams,
} from '../schemas/party-schemas.ts';
import type { HttpServer } from '../server.ts';

const tags = ['parties'];

export function customerRoutes(server: HttpServer, app: App): void {
  server.get(
    '/customers',
    {
      schema: {
        tags,
        summary:
          'Customers by name, a page at a time; search by a part of the name or a whole KvK number or VAT id',
        description:
          'sort: name (default), id (the customer number, CU-9 before CU-10), createdAt; order: asc (default) ' +
          'or desc. Ties are broken by the id, so pages do not overlap.',
        querystring: CustomerListQuery,
        response: { 200: CustomerPageSchema },
      },
    },
    (request) => listCustomers(app.database.db, request.query),
  );

  server.get(
    '/customers/:id',
    {
      schema: {
        tags,
        summary: 'One customer with its contacts and whether a fault report has what it needs (vn:6.4.9)',
        params: IdParams,
        response: { 200: CustomerSchema },
      },
    },
    (request) => getCustomer(app.database.db, request.params.id),
  );

  server.post(
    '/customers',
    {
      schema: {
        tags,
        summary:
          'Create a customer, business (the default, vn:2.1.1–2.1.2) or consumer, with its first contacts',
        description:
          'Every field is checked and every problem named at once (400). A KvK number or VAT id another ' +
          'customer has answers 409 naming that customer, also when both are entered at the same moment.',
        body: CreateCustomerBody,
        response: { 201: CustomerSchema },
      },
    },
    async (request, reply) => {
      const customer = await createCustomer(contextOf(app, request), request.body);
      return reply.status(201).header('location', `/customers/${customer.id}`).send(customer);
    },
  );

  server.patch(
    '/customers/:id',
    {
      schema: {
        tags,
        summary: "Change a customer's fields; contacts change at /customers/{id}/contacts",
        params: IdParams,
        body: CustomerChangesBody,
        response: { 200: CustomerSchema },
      },
    },
    (request) => updateCustomer(contextOf(app, request), { id: request.params.id, changes: request.body }),
  );

  server.post(
    '/customers/:id/contacts',
    {
      schema: {
        tags,
        summary:
          'Add a contact with its roles; a fault contact with phones in and outside office hours (vn:6.4.9)',
        params: IdParams,
        body: ContactBody,
        response: { 201: ContactChangeSchema },
      },
    },
    async (request, reply) => {
      const change = await addContact(contextOf(app, request), {
        customerId: request.params.id,
        contact: request.body,
      });
      return reply
        .status(201)
        .header('location', `/customers/${request.params.id}/contacts/${change.contact.id}`)
        .send(change);
    },
  );

  server.patch(
    '/customers/:id/contacts/:contactId',
    {
      schema: {
        tags,
        summary: "Change a contact's fields",
        params: ContactParams,
        body: ContactChangesBody,
        response: { 200: ContactChangeSchema },
      },
    },
    (request) =>
      updateContact(contextOf(app, request), {
        customerId: request.params.id,
        contactId: request.params.contactId,
        changes: request.body,
      }),
  );

  server.delete(
    '/customers/:id/contacts/:contactId',
    {
      schema: {
        tags,
        summary:
          'Remove a contact, also the last fault contact; the answer shows what fault reports then miss',
        params: ContactParams,
        response: { 200: CustomerSchema },
      },
    },
    (request) =>
      removeContact(contextOf(app, request), {
        customerId: request.params.id,
        contactId: request.params.contactId,
      }),
  );
}
