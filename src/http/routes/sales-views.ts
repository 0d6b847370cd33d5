import { Type } from 'typebox';
import type { TSchema } from 'typebox';
import type { App } from '../../app.ts';
import { listProducts } from '../../catalog/index.ts';
import type { ProductView } from '../../catalog/index.ts';
import { publishTermsVersion } from '../../contracts/index.ts';
import { listTermsObjections } from '../../contracts/use-cases/list-terms-objections.ts';
import {
  ORDER_STATUSES,
  QUOTE_STATUSES,
  listOrderPage,
  listQuotePage,
} from '../../contracts/use-cases/sales-pages.ts';
import { listNetworkOrderPage } from '../../network/use-cases/list-network-order-page.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { ProductSchema } from '../schemas/catalog-schemas.ts';
import { OfferTermsSchema } from '../schemas/contract-schemas.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import { OrderKind, OrderState } from './network-order-schemas.ts';
import { NETWORK_ORDER_ACTIONS, TMF622_STATES } from '../../network/rules/index.ts';

/*
 * Extra reads (and one write) for the sales work screens (issue 8): quotes, orders, third-party
 * orders, a seller's price list and the objections to new terms, each a page at a time as
 * { items, total }; and publishing a new version of a seller's terms (vn:1.1.4), which until now only
 * the CLI could do.
 */

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const NullableDay = Type.Union([Day, Type.Null()]);
const NullableText = Type.Union([Type.String(), Type.Null()]);
const Order = Type.Optional(literalUnion(['asc', 'desc'] as const));

const page = {
  search: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
};
const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0, description: 'How many match, over all pages' }),
  });

const offer = {
  sellerId: Type.String(),
  profileId: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  terms: OfferTermsSchema,
};

const QuoteItem = Type.Object({
  id: Type.String(),
  ...offer,
  binding: Type.Boolean(),
  issuedOn: Day,
  validUntil: Day,
  withdrawnOn: NullableDay,
  orderId: NullableText,
  status: literalUnion(QUOTE_STATUSES),
});

const OrderItem = Type.Object({
  id: Type.String(),
  quoteId: NullableText,
  ...offer,
  receivedOn: Day,
  signedFormOn: NullableDay,
  refusedOn: NullableDay,
  confirmedOn: NullableDay,
  executionStartedOn: NullableDay,
  acceptedOn: NullableDay,
  activatedOn: NullableDay,
  contractId: NullableText,
  status: literalUnion(ORDER_STATUSES),
});

const NetworkOrderItem = Type.Object({
  id: Type.String(),
  kind: OrderKind,
  state: OrderState,
  tmf622State: literalUnion(TMF622_STATES),
  providerId: NullableText,
  providerName: NullableText,
  customerId: Type.String(),
  customerName: Type.String(),
  productId: NullableText,
  napId: NullableText,
  requestedOn: NullableDay,
  plannedOn: NullableDay,
  releasedOn: NullableDay,
  activatedOn: NullableDay,
  cancelledOn: NullableDay,
  rejectionReason: NullableText,
  contractId: NullableText,
  submittedAt: Type.String(),
  allowedActions: Type.Array(literalUnion(NETWORK_ORDER_ACTIONS)),
});

const ObjectionItem = Type.Object({
  contractId: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  versionId: Type.String(),
  receivedOn: Day,
  reasons: Type.String(),
  decidedOn: NullableDay,
  outcome: Type.Union([literalUnion(['new-version-applies', 'old-version-kept'] as const), Type.Null()]),
});

export function salesViewRoutes(server: HttpServer, app: App): void {
  const tags = ['contracts'];

  server.get(
    '/back-office/sales/quotes',
    {
      schema: {
        tags,
        summary: 'Quotes a page at a time, newest first, with the customer and where each stands',
        description:
          'status: open (valid, no order yet), ordered, expired (validUntil passed), withdrawn. search: a quote ' +
          'or customer number, a part of the customer name or of the description. sort: issuedOn, validUntil, customer.',
        querystring: Type.Object(
          {
            sellerId: Type.Optional(Id),
            status: Type.Optional(literalUnion(QUOTE_STATUSES)),
            sort: Type.Optional(literalUnion(['issuedOn', 'validUntil', 'customer'] as const)),
            order: Order,
            ...page,
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(QuoteItem) },
      },
    },
    async (request) => listQuotePage(contextOf(app, request), request.query),
  );

  server.get(
    '/back-office/sales/orders',
    {
      schema: {
        tags,
        summary: 'Orders a page at a time, newest first, with the customer and the contract formed',
        description:
          'status: open (neither refused nor a contract yet), refused, contract. sort: receivedOn, customer.',
        querystring: Type.Object(
          {
            sellerId: Type.Optional(Id),
            status: Type.Optional(literalUnion(ORDER_STATUSES)),
            sort: Type.Optional(literalUnion(['receivedOn', 'customer'] as const)),
            order: Order,
            ...page,
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(OrderItem) },
      },
    },
    async (request) => listOrderPage(contextOf(app, request), request.query),
  );

  server.get(
    '/back-office/sales/network-orders',
    {
      schema: {
        tags: ['network-orders'],
        summary: 'Network orders a page at a time, with the end user and provider by name',
        description: 'sort: submittedAt, plannedOn, customer; default the order number, oldest first.',
        querystring: Type.Object(
          {
            state: Type.Optional(OrderState),
            kind: Type.Optional(OrderKind),
            sort: Type.Optional(literalUnion(['submittedAt', 'plannedOn', 'customer'] as const)),
            order: Order,
            ...page,
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(NetworkOrderItem) },
      },
    },
    async (request) => listNetworkOrderPage(contextOf(app, request), request.query),
  );

  server.get(
    '/back-office/sales/products',
    {
      schema: {
        tags: ['catalog'],
        summary: "A seller's price list a page at a time, by code; search by code or name",
        description:
          'sort: code (default), name, priceToday (none last ascending); order: asc (default) or desc.',
        querystring: Type.Object(
          {
            sellerId: Id,
            sort: Type.Optional(literalUnion(['code', 'name', 'priceToday'] as const)),
            order: Order,
            retired: Type.Optional(Type.Boolean({ description: 'Include retired products (default true)' })),
            ...page,
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(ProductSchema) },
      },
    },
    async (request) => {
      // A seller sells tens of products, not thousands: its list is read whole, only the page goes out.
      const { sellerId, search, retired, sort, order = 'asc', limit = 50, offset = 0 } = request.query;
      const text = search?.trim().toLowerCase();
      const all = (await listProducts(contextOf(app, request), { sellerId })).filter(
        (product) =>
          (retired !== false || product.retiredOn === null) &&
          (!text || product.code.toLowerCase().includes(text) || product.name.toLowerCase().includes(text)),
      );
      // Without a sort the list stays in the store's order, by code.
      if (sort) all.sort((a, b) => (order === 'asc' ? 1 : -1) * compareProducts(a, b, sort));
      return { items: all.slice(offset, offset + limit), total: all.length };
    },
  );

  server.get(
    '/back-office/sales/terms-objections',
    {
      schema: {
        tags,
        summary: 'Objections to new versions of the terms (vn:1.1.4), those awaiting a decision first',
        querystring: Type.Object(
          {
            state: Type.Optional(literalUnion(['open', 'decided'] as const)),
            versionId: Type.Optional(Type.String()),
            ...page,
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(ObjectionItem) },
      },
    },
    async (request) => listTermsObjections(app.database.db, request.query),
  );

  server.post(
    '/contracts/terms-versions',
    {
      schema: {
        tags,
        summary:
          "Publish a new version of a seller's terms; every running contract under the old one is told",
        description:
          'vn:1.1.4: the document is a complete terms profile (it must validate: 400 names each problem) that ' +
          'replaces `supersedes`. In the same transaction every running contract governed by the replaced version ' +
          'is notified; the answer lists them. Customers may then object within the window of the old terms.',
        body: Type.Object(
          { document: Type.Unknown(), supersedes: Type.String({ minLength: 1 }) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            id: Type.String(),
            seller: Type.String(),
            version: Type.String(),
            publishedOn: Day,
            supersedes: Type.String(),
            notified: Type.Array(Type.String()),
          }),
        },
      },
    },
    async (request, reply) => {
      const { profile, notified } = await publishTermsVersion(contextOf(app, request), request.body);
      return reply.status(201).send({
        id: profile.id,
        seller: profile.seller,
        version: profile.version,
        publishedOn: profile.publishedOn,
        supersedes: request.body.supersedes,
        notified,
      });
    },
  );
}

/** A price list's order: by the key, then the code (unique in a seller's list) so paging is stable. */
function compareProducts(a: ProductView, b: ProductView, sort: 'code' | 'name' | 'priceToday'): number {
  const byCode = a.code.localeCompare(b.code);
  if (sort === 'name') return a.name.localeCompare(b.name, 'nl') || byCode;
  if (sort === 'priceToday') {
    const price = (p: ProductView) => p.priceToday?.value ?? Number.POSITIVE_INFINITY;
    return Math.sign(price(a) - price(b)) || byCode;
  }
  return byCode;
}
