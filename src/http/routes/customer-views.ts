import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { getCustomerOverview, listCustomerTimeline, MAX_TIMELINE_PAGE } from '../../customers/index.ts';
import { CustomerSchema, IdParams } from '../schemas/party-schemas.ts';
import type { HttpServer } from '../server.ts';

const tags = ['parties'];

const TimelineEventSchema = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String({ description: 'The instant, UTC' }),
  actor: Type.String(),
  origin: Type.String(),
  action: Type.String({ description: '`<subject>.<verb>`, e.g. contract.noticeGiven' }),
  subjectType: Type.String({ description: 'customer, contract, invoice, payment, fault-ticket, cpe, …' }),
  subjectId: Type.String(),
  reason: Type.Union([Type.String(), Type.Null()]),
  details: Type.Object({}, { additionalProperties: true }),
});

const TimelineQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_TIMELINE_PAGE, default: 50 })),
    before: Type.Optional(
      Type.String({ pattern: '^[0-9]{1,15}$', description: 'The `next` cursor of the page before' }),
    ),
  },
  { additionalProperties: false },
);

const TimelinePageSchema = Type.Object({
  events: Type.Array(TimelineEventSchema),
  next: Type.Union([Type.String(), Type.Null()], {
    description: 'Pass as `before` for the next (older) page; null on the last page',
  }),
});

const Count = Type.Integer({ minimum: 0 });

const OverviewSchema = Type.Object({
  customer: CustomerSchema,
  sellers: Type.Array(Type.Object({ id: Type.String(), legalName: Type.String() }), {
    description: 'The sellers it deals with: its account statement is kept per seller',
  }),
  counts: Type.Object({
    contracts: Count,
    networkServices: Count,
    openFaults: Count,
    cpe: Count,
    invoices: Count,
    openDunningCases: Count,
  }),
});

/** The customer and contract pages: timeline and everything around a customer (issue 8). */
export function customerViewRoutes(server: HttpServer, app: App): void {
  server.get(
    '/customers/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Every event of a customer and of what it holds, newest first, paged by keyset',
        description:
          'From the audit log: the customer itself (changes, contacts, dunning steps and letters) and its ' +
          'contracts, quotes, orders, invoices, payments, subscriptions, mandates, complaints, disputes, fault ' +
          'tickets, abuse cases, liability claims, switches, links, network orders, metered ports and messages. ' +
          'Each page ends with a `next` cursor; pass it as `before` for the next page.',
        params: IdParams,
        querystring: TimelineQuery,
        response: { 200: TimelinePageSchema },
      },
    },
    (request) =>
      listCustomerTimeline(app.database.db, {
        customerId: request.params.id,
        limit: request.query.limit ?? 50,
        before: request.query.before === undefined ? undefined : Number(request.query.before),
      }),
  );

  server.get(
    '/customers/:id/overview',
    {
      schema: {
        tags,
        summary: 'The header of the customer page: the customer, the sellers it deals with, and its counts',
        params: IdParams,
        response: { 200: OverviewSchema },
      },
    },
    (request) => getCustomerOverview(app.database.db, request.params.id),
  );
}
