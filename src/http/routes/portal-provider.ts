import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { productsOfProvider } from '../../catalog/provider-products-store.ts';
import { listNetworkOrderPage } from '../../network/use-cases/list-network-order-page.ts';
import { listPortalFaults } from '../../operations/use-cases/portal-faults.ts';
import type { Context } from '../../platform/context.ts';
import { NotAllowedError } from '../../shared/errors/index.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import {
  PortalFaultQuery,
  PortalTicketPageSchema,
  ProviderOrderPageSchema,
  ProviderOrderQuery,
} from './portal-schemas.ts';

/*
 * The provider portal's paged lists (issue 8), scoped to the calling provider. The rest of the
 * provider portal uses the provider-accessible operator routes (POST /network-orders, POST /faults,
 * GET /network-services).
 */

const providerTags = ['portal', 'network-orders'];
/** A provider's token may call these too; they list the provider's own data only. */
const providerAccess = { providerAccess: true };

function providerCall(app: App, request: FastifyRequest): Context {
  const context = contextOf(app, request);
  if (!context.actor.providerId)
    throw new NotAllowedError('the provider portal is for a provider’s staff only');
  return context;
}

export function providerPortalRoutes(server: HttpServer, app: App): void {
  server.get(
    '/portal/provider/orders',
    {
      config: providerAccess,
      schema: {
        tags: providerTags,
        summary:
          "The provider's own network orders, newest first, a page at a time, with state and planned dates",
        description:
          'sort: submittedAt, plannedOn, customer (the end user); order: asc (default with a sort) or desc. ' +
          'Without a sort the newest submitted come first.',
        querystring: ProviderOrderQuery,
        response: { 200: ProviderOrderPageSchema },
      },
    },
    async (request) =>
      listNetworkOrderPage(providerCall(app, request), {
        search: request.query.search,
        sort: request.query.sort ?? 'submittedAt',
        order: request.query.order ?? (request.query.sort ? 'asc' : 'desc'),
        limit: request.query.limit ?? 25,
        offset: request.query.offset ?? 0,
      }),
  );

  server.get(
    '/portal/provider/products',
    {
      config: providerAccess,
      schema: {
        tags: providerTags,
        summary: 'The services the provider is admitted with (vn:3.1), to order for an end user',
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              sellerId: Type.String(),
              code: Type.String(),
              name: Type.String(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const context = providerCall(app, request);
      return productsOfProvider(context.db, context.actor.providerId!, context.clock.today());
    },
  );

  server.get(
    '/portal/provider/faults',
    {
      config: providerAccess,
      schema: {
        tags: providerTags,
        summary:
          "The fault tickets of the provider's own services, newest first, with state and SLA deadlines",
        description:
          'search: a part of the ticket id, end user or description. sort: as the fault board (maximumBy, ' +
          'reportedAt, id, state, customerName); order: asc (default with a sort) or desc.',
        querystring: PortalFaultQuery,
        response: { 200: PortalTicketPageSchema },
      },
    },
    async (request) =>
      listPortalFaults(providerCall(app, request), {
        search: request.query.search,
        sort: request.query.sort,
        order: request.query.order,
        limit: request.query.limit ?? 25,
        offset: request.query.offset ?? 0,
      }),
  );
}
