import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  createSubscription,
  endSubscription,
  getSubscription,
  listSubscriptions,
} from '../../billing/index.ts';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import {
  AddSubscriptionBody,
  EndSubscriptionBody,
  IdParams,
  SubscriptionListQuery,
  SubscriptionSchema,
} from './billing-schemas.ts';

const tags = ['billing'];

/** Recurring fees outside a contract; a contract keeps its own in step with its facts. */
export function subscriptionRoutes(server: HttpServer, app: App): void {
  server.post(
    '/subscriptions',
    {
      schema: {
        tags,
        summary: 'Put a recurring fee on the bill runs of its seller from the day the service is available',
        description:
          'For services sold outside a contract and for imports. The cadence and proration come from the ' +
          "seller's terms: calendar quarters prorated by days (bit:11.1, vn:7.1.5), or for a domain calendar " +
          'years in full (bit:11.2). Billing starts on startsOn (vn:7.1.3). Without priceCents the product’s ' +
          'price on startsOn applies.',
        body: AddSubscriptionBody,
        response: { 201: SubscriptionSchema },
      },
    },
    async (request, reply) => {
      const { startsOn, endsOn, ...rest } = request.body;
      const subscription = await createSubscription(contextOf(app, request), {
        ...rest,
        startsOn: parsePlainDate(startsOn),
        endsOn: endsOn === null ? null : optionalDate(endsOn),
      });
      return reply.status(201).send(subscription);
    },
  );

  server.get(
    '/subscriptions',
    {
      schema: {
        tags,
        summary: "Subscriptions by customer, a customer's or a seller's",
        querystring: SubscriptionListQuery,
        response: { 200: Type.Array(SubscriptionSchema) },
      },
    },
    (request) => listSubscriptions(app.database.db, request.query),
  );

  server.get(
    '/subscriptions/:id',
    {
      schema: {
        tags,
        summary: 'One subscription, with the last day an invoice covers (billedThrough)',
        params: IdParams,
        response: { 200: SubscriptionSchema },
      },
    },
    (request) => getSubscription(app.database.db, request.params.id),
  );

  server.post(
    '/subscriptions/:id/end',
    {
      schema: {
        tags,
        summary: 'End a subscription on its last day of service; the next run credits prepaid days after it',
        description:
          'A subscription that follows a contract ends with the contract (notice, termination): 400. A domain ' +
          'year already charged is not refunded (bit:11.2).',
        params: IdParams,
        body: EndSubscriptionBody,
        response: { 200: SubscriptionSchema },
      },
    },
    (request) =>
      endSubscription(contextOf(app, request), {
        subscriptionId: request.params.id,
        endsOn: parsePlainDate(request.body.endsOn),
      }),
  );
}
