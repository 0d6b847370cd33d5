import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { eraseCustomer, exportCustomerData } from '../../customers/privacy.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['privacy'];
const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const Rows = Type.Array(Type.Object({}, { additionalProperties: true }));

const ExportSchema = Type.Object({
  customerId: Type.String(),
  exportedAt: Type.String(),
  because: Type.Array(Type.String()),
  tables: Type.Record(Type.String(), Rows, {
    description: 'Each table holding something about the customer, with its rows as stored',
  }),
  auditEvents: Rows,
});

const EraseBody = Type.Object(
  {
    reason: Type.String({
      minLength: 1,
      maxLength: 500,
      description: 'Why: recorded in the audit log (the erased values are not)',
    }),
  },
  { additionalProperties: false },
);

const ErasureSchema = Type.Object({
  customerId: Type.String(),
  erased: Type.Boolean({ description: 'False when the customer had been erased already' }),
  erasedAt: Type.String(),
  changed: Type.Record(Type.String(), Type.Integer(), {
    description: 'Changes per table: fields rewritten, rows removed or unlinked',
  }),
  kept: Type.Array(Type.String()),
  because: Type.Array(Type.String()),
});

/** vn:5.1: a customer's data as one JSON document, and its erasure after the contracts have ended. */
export function privacyRoutes(server: HttpServer, app: App): void {
  server.get(
    '/customers/:id/data-export',
    {
      schema: {
        tags,
        summary: 'Everything held about a customer, as one JSON document (vn:5.1)',
        description:
          'The customer, contacts, premises, quotes, orders, contracts with their events, services, CPE, ' +
          'subscriptions, usage, invoices with lines, payments, letters, messages, fault tickets, abuse cases, ' +
          'claims… each table with its rows as stored, and the audit log about the customer. The export is ' +
          'itself recorded in the audit log (customer.dataExported).',
        params: Params,
        response: { 200: ExportSchema },
      },
    },
    async (request, reply) => {
      const document = await exportCustomerData(contextOf(app, request), request.params.id);
      return reply
        .header('content-disposition', `attachment; filename="customer-${document.customerId}.json"`)
        .send(document);
    },
  );

  server.post(
    '/customers/:id/erase',
    {
      schema: {
        tags,
        summary: 'Erase a customer whose contracts have all ended and who owes nothing (vn:5.1, nl:vat)',
        description:
          'Refused (409, naming it) while a contract has not ended, an invoice is open or a draft waits. ' +
          'Names, contacts, addresses, e-mail addresses, phone numbers, free-text fields and messages are ' +
          'anonymised; issued invoices keep the customer as invoiced for the 7-year fiscal retention (nl:vat). ' +
          'Records customer.erased with who and why. A second erase changes nothing (erased: false).',
        params: Params,
        body: EraseBody,
        response: { 200: ErasureSchema },
      },
    },
    (request) => eraseCustomer(contextOf(app, request), request.params.id, { reason: request.body.reason }),
  );
}
