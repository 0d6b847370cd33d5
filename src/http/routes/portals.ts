import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { getInvoice, listInvoices } from '../../billing/index.ts';
import { getAccountStatement, renderAccountStatement } from '../../collections/index.ts';
import { giveNotice, objectToTerms } from '../../contracts/index.ts';
import {
  checkCustomerContract,
  getCustomerContract,
  listCustomerContracts,
  sellersOfCustomer,
} from '../../contracts/use-cases/customer-contracts.ts';
import { listCustomerTermsChanges } from '../../contracts/use-cases/customer-terms-changes.ts';
import { previewNotice } from '../../contracts/use-cases/preview-notice.ts';
import { renderInvoicePdf } from '../../documents/index.ts';
import { listNetworkServices } from '../../network/use-cases/get-network-service.ts';
import { listPortalFaults, reportCustomerFault } from '../../operations/use-cases/portal-faults.ts';
import type { Context } from '../../platform/context.ts';
import { NotAllowedError, NotFoundError } from '../../shared/errors/index.ts';
import { contextOf } from '../request-context.ts';
import { providerPortalRoutes } from './portal-provider.ts';
import type { HttpServer } from '../server.ts';
import { InvoicePageSchema, fileResponse } from './billing-schemas.ts';
import { AccountStatementSchema } from './collections-schemas.ts';
import { ContractSchema, TimelineSchema } from '../schemas/contract-schemas.ts';
import {
  IdParams,
  NoticePreviewSchema,
  ObjectionBody,
  PortalContractPageSchema,
  PortalContractQuery,
  PortalFaultBody,
  PortalFaultQuery,
  PortalInvoiceQuery,
  PortalServiceSchema,
  PortalTicketPageSchema,
  PortalTicketSchema,
  StatementPortalQuery,
  TermsChangeSchema,
} from './portal-schemas.ts';

/*
 * What the customer portal needs beyond the operator API (issue 8); the provider portal's lists are
 * in portal-provider.ts.
 * - /portal/…: the customer portal, scoped to the calling customer (actor.customerId): anything not
 *   the customer's is "not found" (404), exactly like what does not exist; a caller that is not a
 *   customer is refused (403). Each route checks ownership, then calls the existing use case.
 * - /portal/provider/…: the provider portal's paged lists, scoped to the calling provider. The rest
 *   of the provider portal uses the provider-accessible operator routes (POST /network-orders,
 *   POST /faults, GET /network-services).
 */

const tags = ['portal'];

interface CustomerCall {
  readonly context: Context;
  readonly customerId: string;
}

function customerCall(app: App, request: FastifyRequest): CustomerCall {
  const context = contextOf(app, request);
  const customerId = context.actor.customerId;
  if (!customerId) throw new NotAllowedError('the customer portal is for a customer’s contacts only');
  return { context, customerId };
}

export function portalRoutes(server: HttpServer, app: App): void {
  customerContractRoutes(server, app);
  customerBillingRoutes(server, app);
  customerFaultRoutes(server, app);
  customerTermsRoutes(server, app);
  providerPortalRoutes(server, app);
}

function customerContractRoutes(server: HttpServer, app: App): void {
  server.get(
    '/portal/contracts',
    {
      schema: {
        tags,
        summary: "The customer's own contracts, each with its next possible end date and the rules behind it",
        description:
          'sort: id (the contract number, the default), description; order: asc (default) or desc.',
        querystring: PortalContractQuery,
        response: { 200: PortalContractPageSchema },
      },
    },
    async (request) => {
      const { context, customerId } = customerCall(app, request);
      return listCustomerContracts(context.db, customerId, context.clock.today(), {
        limit: request.query.limit ?? 25,
        offset: request.query.offset ?? 0,
        sort: request.query.sort,
        order: request.query.order,
      });
    },
  );

  server.get(
    '/portal/contracts/:id',
    {
      schema: {
        tags,
        summary: "One of the customer's contracts with its timeline; another's is 404",
        params: IdParams,
        response: { 200: ContractSchema },
      },
    },
    async (request) => {
      const { context, customerId } = customerCall(app, request);
      return getCustomerContract(context.db, customerId, request.params.id, context.clock.today());
    },
  );

  server.get(
    '/portal/contracts/:id/notice-preview',
    {
      schema: {
        tags,
        summary: 'A dry run of notice given today: the effective end and why (rule ids); nothing is written',
        description:
          'Computed exactly as POST /portal/contracts/:id/notice records it on the same day (bit:12.1–12.3, ' +
          'vn:1.6.1; nl:6:236j, nl:tw7.2a after renewal). `refusal` says why notice cannot be given now.',
        params: IdParams,
        response: { 200: NoticePreviewSchema },
      },
    },
    async (request) => {
      const { context, customerId } = customerCall(app, request);
      await checkCustomerContract(context.db, customerId, request.params.id);
      return previewNotice(context.db, request.params.id, context.clock.today());
    },
  );

  server.post(
    '/portal/contracts/:id/notice',
    {
      schema: {
        tags,
        summary: 'The customer gives notice through the portal, today; answers the new timeline',
        description:
          'Written notice by the portal (bit:12.1, vn:1.6.1); 409 when notice cannot be given now.',
        params: IdParams,
        body: Type.Object({}, { additionalProperties: false }),
        response: { 200: TimelineSchema },
      },
    },
    async (request) => {
      const { context, customerId } = customerCall(app, request);
      await checkCustomerContract(context.db, customerId, request.params.id);
      return giveNotice(context, { contractId: request.params.id, by: 'customer', channel: 'portal' });
    },
  );
}

function customerBillingRoutes(server: HttpServer, app: App): void {
  server.get(
    '/portal/invoices',
    {
      schema: {
        tags,
        summary: "The customer's issued invoices and credit notes, newest first, a page at a time",
        description:
          'search: a part of the invoice number. sort: issuedOn, dueOn, number, total; order: asc (default ' +
          'with a sort) or desc. Without a sort the newest come first.',
        querystring: PortalInvoiceQuery,
        response: { 200: InvoicePageSchema },
      },
    },
    async (request) => {
      const { context, customerId } = customerCall(app, request);
      const { limit = 25, offset = 0, search, sort, order } = request.query;
      return listInvoices(context.db, { customerId, state: 'issued', limit, offset, search, sort, order });
    },
  );

  server.get(
    '/portal/invoices/:id/pdf',
    {
      schema: {
        tags,
        summary: "One of the customer's issued invoices as PDF; another's (or a draft) is 404",
        params: IdParams,
        response: fileResponse('application/pdf', 'The PDF'),
      },
    },
    async (request, reply) => {
      const { context, customerId } = customerCall(app, request);
      const invoice = await getInvoice(context.db, request.params.id);
      if (invoice.customerId !== customerId || invoice.state !== 'issued')
        throw new NotFoundError('invoice', request.params.id);
      const pdf = await renderInvoicePdf(invoice);
      const name = (invoice.number ?? invoice.id).replace(/[^A-Za-z0-9._-]/g, '_');
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${name}.pdf"`)
        .send(pdf);
    },
  );

  server.get(
    '/portal/statement',
    {
      schema: {
        tags,
        summary: "The customer's account statement with a seller of its contracts (JSON or PDF), today",
        querystring: StatementPortalQuery,
        response: {
          200: {
            description: 'The statement as JSON, or the PDF',
            content: {
              'application/json': { schema: AccountStatementSchema },
              'application/pdf': { schema: Type.Unsafe<Buffer>(Type.String({ format: 'binary' })) },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { context, customerId } = customerCall(app, request);
      const sellers = await sellersOfCustomer(context.db, customerId);
      const sellerId = request.query.sellerId ?? sellers[0];
      if (!sellerId || !sellers.includes(sellerId))
        throw new NotFoundError('statement with seller', request.query.sellerId ?? '(none)');
      const query = { sellerId, customerId, asOf: context.clock.today() };
      if (request.query.format === 'pdf') {
        const pdf = await renderAccountStatement(context, query);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="statement-${query.asOf.toString()}.pdf"`)
          .send(pdf);
      }
      return getAccountStatement(context, query);
    },
  );
}

function customerFaultRoutes(server: HttpServer, app: App): void {
  server.get(
    '/portal/services',
    {
      schema: {
        tags,
        summary: "The customer's services on the network (to report a fault on)",
        response: { 200: Type.Array(PortalServiceSchema) },
      },
    },
    async (request) => {
      const { context, customerId } = customerCall(app, request);
      return listNetworkServices(context, { customerId });
    },
  );

  server.get(
    '/portal/faults',
    {
      schema: {
        tags,
        summary: "The customer's own fault tickets, newest first, with state and SLA deadlines",
        description:
          'search: a part of the ticket id or description. sort: as the fault board (maximumBy, reportedAt, id, ' +
          'state, customerName); order: asc (default with a sort) or desc. Without a sort the newest come first.',
        querystring: PortalFaultQuery,
        response: { 200: PortalTicketPageSchema },
      },
    },
    async (request) => {
      const { context, customerId } = customerCall(app, request);
      const { limit = 25, offset = 0, search, sort, order } = request.query;
      return listPortalFaults(context, { customerId, search, sort, order, limit, offset });
    },
  );

  server.post(
    '/portal/faults',
    {
      schema: {
        tags,
        summary: 'The customer reports a fault on one of its services, with the vn:6.4.9 items',
        description:
          'By the customer portal (vn:6.4.11); a service or link not the customer’s is 404. The report must ' +
          'hold everything vn:6.4.9 lists; one missing any item is refused naming each.',
        body: PortalFaultBody,
        response: { 201: PortalTicketSchema },
      },
    },
    async (request, reply) => {
      const { context, customerId } = customerCall(app, request);
      const ticket = await reportCustomerFault(context, customerId, request.body);
      return reply.status(201).send(ticket);
    },
  );
}

function customerTermsRoutes(server: HttpServer, app: App): void {
  server.get(
    '/portal/terms-changes',
    {
      schema: {
        tags,
        summary:
          'New versions of the terms notified for its contracts, each with its objection window (vn:1.1.4)',
        response: { 200: Type.Array(TermsChangeSchema) },
      },
    },
    async (request) => {
      const { context, customerId } = customerCall(app, request);
      return listCustomerTermsChanges(context.db, customerId, context.clock.today());
    },
  );

  server.post(
    '/portal/terms-changes/:id/objection',
    {
      schema: {
        tags,
        summary:
          'Object, with reasons, to the new terms version `id` for one contract, within its window (vn:1.1.4)',
        params: IdParams,
        body: ObjectionBody,
        response: { 200: TimelineSchema },
      },
    },
    async (request) => {
      const { context, customerId } = customerCall(app, request);
      await checkCustomerContract(context.db, customerId, request.body.contractId);
      return objectToTerms(context, {
        contractId: request.body.contractId,
        versionId: request.params.id,
        reasons: request.body.reasons,
      });
    },
  );
}
