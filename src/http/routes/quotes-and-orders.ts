import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { createQuote, placeOrder, recordOrderAction } from '../../contracts/index.ts';
import { findOrder, findQuote } from '../../contracts/store.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { contextOf } from '../request-context.ts';
import {
  IdParams,
  IsoDate,
  OfferParties,
  OfferTermsSchema,
  OrderActionName,
  OrderSchema,
  QuoteSchema,
} from '../schemas/contract-schemas.ts';
import { optionalDate } from '../optional-date.ts';
import type { HttpServer } from '../server.ts';

const tags = ['contracts'];

export function quoteAndOrderRoutes(server: HttpServer, app: App): void {
  server.post(
    '/quotes',
    {
      schema: {
        tags,
        summary: 'Quote an offer under a terms profile (bit:2.1, vn:1.4.1: non-binding unless stated)',
        body: Type.Object(
          {
            ...OfferParties,
            terms: OfferTermsSchema,
            binding: Type.Optional(Type.Boolean()),
            validUntil: Type.Optional(IsoDate),
          },
          { additionalProperties: false },
        ),
        response: { 201: QuoteSchema },
      },
    },
    async (request, reply) => {
      const { validUntil, ...rest } = request.body;
      const quote = await createQuote(contextOf(app, request), {
        ...rest,
        validUntil: optionalDate(validUntil),
      });
      return reply.status(201).send(quote);
    },
  );

  server.get(
    '/quotes/:id',
    { schema: { tags, summary: 'One quote', params: IdParams, response: { 200: QuoteSchema } } },
    async (request) => {
      const quote = await findQuote(app.database.db, request.params.id);
      if (!quote) throw new NotFoundError('quote', request.params.id);
      return quote;
    },
  );

  server.post(
    '/orders',
    {
      schema: {
        tags,
        summary: 'An order received: on an open quote (quoteId), or directly with its offer',
        body: Type.Union([
          Type.Object(
            { quoteId: Type.String(), receivedOn: Type.Optional(IsoDate) },
            { additionalProperties: false },
          ),
          Type.Object(
            {
              ...OfferParties,
              terms: OfferTermsSchema,
              receivedOn: Type.Optional(IsoDate),
            },
            { additionalProperties: false },
          ),
        ]),
        response: { 201: OrderSchema },
      },
    },
    async (request, reply) => {
      const { receivedOn, ...rest } = request.body;
      const order = await placeOrder(contextOf(app, request), {
        ...rest,
        receivedOn: optionalDate(receivedOn),
      });
      return reply.status(201).send(order);
    },
  );

  server.get(
    '/orders/:id',
    {
      schema: { tags, summary: 'One order with its facts', params: IdParams, response: { 200: OrderSchema } },
    },
    async (request) => {
      const order = await findOrder(app.database.db, request.params.id);
      if (!order) throw new NotFoundError('order', request.params.id);
      return order;
    },
  );

  server.post(
    '/orders/:id/:action',
    {
      schema: {
        tags,
        summary: 'Record what happened to an order; the event that forms the contract creates it',
        description:
          'refuse, confirm, start-execution (bit:2.3); record-signed-form, accept (vn:1.5.2); activate (vn:1.5.4). ' +
          'An action the terms do not allow then answers 409 with what is allowed instead.',
        params: Type.Object({ id: Type.String(), action: OrderActionName }),
        body: Type.Optional(
          Type.Object(
            { on: Type.Optional(IsoDate), reason: Type.Optional(Type.String()) },
            { additionalProperties: false },
          ),
        ),
        response: {
          200: Type.Object({ order: OrderSchema, contractId: Type.Union([Type.String(), Type.Null()]) }),
        },
      },
    },
    async (request) => {
      const body = request.body ?? {};
      const outcome = await recordOrderAction(contextOf(app, request), {
        orderId: request.params.id,
        action: request.params.action,
        on: optionalDate(body.on),
        ...(body.reason ? { reason: body.reason } : {}),
      });
      return { order: outcome.order, contractId: outcome.contract?.id ?? null };
    },
  );
}
