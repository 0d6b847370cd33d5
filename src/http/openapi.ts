import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { vezelVersion } from '../platform/version.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Documented on every write; read by idempotency.ts, not by the route's validation. */
const IdempotencyHeader = {
  type: 'object',
  properties: {
    'idempotency-key': {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description:
        'Makes the write safe to retry for 24 hours: the same key with the same request answers the first ' +
        'answer again (`Idempotent-Replayed: true`); with another request, 409.',
    },
  },
};

/**
 * OpenAPI 3.1 generated from the route schemas: `/openapi.json` for machines, `/docs` for people.
 * Register before the routes, so every route is seen.
 */
export async function registerOpenApi(server: FastifyInstance): Promise<void> {
  await server.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vezel API',
        version: vezelVersion,
        description:
          'The operator platform of a Dutch internet infrastructure provider. Every computed date and amount ' +
          'says which articles of the terms (and of Dutch law) produced it. Errors are `application/problem+json` ' +
          '(RFC 9457) with one entry per field in `errors`. Every write takes an optional `Idempotency-Key` ' +
          'header: a retry with the same key and request gets the first answer again and changes nothing.',
      },
      tags: [
        { name: 'platform', description: 'Health and the API description' },
        { name: 'terms', description: "The sellers' general terms as profiles of executable rules" },
        { name: 'parties', description: 'Sellers and customers, with their identifiers and contacts' },
        {
          name: 'contracts',
          description: 'Quotes, orders and contracts, with timelines computed by the terms',
        },
        { name: 'catalog', description: 'Products per seller and their price lists with dated prices' },
        {
          name: 'providers',
          description: 'Third-party providers admitted to the open network (vn:3.1), and their API tokens',
        },
        {
          name: 'network',
          description: 'The network inventory: premises, cables, NAPs, switches (CPE), links and VLAN pools',
        },
        {
          name: 'network-orders',
          description:
            'Orders on the open network (TMF622) and the services they make; open to provider tokens',
        },
        {
          name: 'billing',
          description:
            'Subscriptions, bill runs per seller and quarter, invoices (PDF, UBL) and credit notes',
        },
        {
          name: 'collections',
          description: 'Payments, bank files, allocation, interest, dunning, complaints and disputes, SEPA',
        },
        {
          name: 'operations',
          description: 'Faults and SLA clocks, maintenance, force majeure, abuse cases and liability claims',
        },
        { name: 'explain', description: 'The rules, applied to the figures you give, with their rule ids' },
        {
          name: 'outbox',
          description: 'Provisioning jobs for the network automation, and the messages sent',
        },
        {
          name: 'direct debits and refunds',
          description: 'SEPA mandates, pain.008 direct-debit batches and pain.001 refunds',
        },
        { name: 'usage', description: 'Usage records taken in for billing in arrears (vn:7.1.4)' },
        {
          name: 'users',
          description:
            'Signing in and out, users with their roles, and API tokens (docs/users-and-access.md)',
        },
        { name: 'audit', description: 'The append-only audit log: who changed what, when and from where' },
        {
          name: 'privacy',
          description: "A customer's data exported, and erased after the contract (vn:5.1)",
        },
        { name: 'scheduler', description: "The daily cycle's runs, as the workers claimed and ended them" },
        {
          name: 'back-office',
          description: 'Reads for the back office screens: what needs attention, dashboards, work queues',
        },
        {
          name: 'portal',
          description: "The customer portal, scoped to the signed-in customer; the provider portal's lists",
        },
      ],
    },
    transform: ({ schema, url, route }) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const writes = methods.some((method) => WRITES.has(method));
      if (!writes || !schema || schema.hide || schema.headers) return { schema, url };
      return { schema: { ...schema, headers: IdempotencyHeader }, url };
    },
  });
  await server.register(swaggerUi, { routePrefix: '/docs' });
  server.get('/openapi.json', { schema: { hide: true } }, () => server.swagger());
}
