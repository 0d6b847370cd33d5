import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  addProduct,
  getProduct,
  listProducts,
  productPriceOn,
  retireProduct,
  schedulePrice,
} from '../../catalog/index.ts';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import {
  NewPriceSchema,
  NewProductSchema,
  ProductIdParams,
  ProductKindSchema,
  ProductPriceSchema,
  ProductSchema,
  ScheduledPriceSchema,
} from '../schemas/catalog-schemas.ts';
import type { HttpServer } from '../server.ts';

const tags = ['catalog'];
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

/** The catalog: products per seller and their price lists with dated prices (bit:5.2, vn:7.4). */
export function catalogRoutes(server: HttpServer, app: App): void {
  server.get(
    '/sellers/:sellerId/products',
    {
      schema: {
        tags,
        summary: "A seller's products by code, with their prices; retired ones too (retiredOn)",
        params: Type.Object({ sellerId: Type.String() }),
        querystring: Type.Object({ kind: Type.Optional(ProductKindSchema) }, { additionalProperties: false }),
        response: { 200: Type.Array(ProductSchema) },
      },
    },
    async (request) =>
      listProducts(contextOf(app, request), {
        sellerId: request.params.sellerId,
        ...(request.query.kind ? { kind: request.query.kind } : {}),
      }),
  );

  server.post(
    '/products',
    {
      schema: {
        tags,
        summary: "Add a product to a seller's catalog, with its first price when given",
        description:
          'The code is unique per seller (409 names the product that has it). A third-party-service names ' +
          'the admitted provider that delivers it (vn:3.1); no other kind names one. A kind the seller’s ' +
          'terms do not bill is refused (VitrumNet sells no domains).',
        body: NewProductSchema,
        response: { 201: ProductSchema },
      },
    },
    async (request, reply) => {
      const { firstPrice, ...rest } = request.body;
      const product = await addProduct(contextOf(app, request), {
        ...rest,
        ...(firstPrice
          ? {
              firstPrice: {
                amountCents: firstPrice.amountCents,
                effectiveFrom: optionalDate(firstPrice.effectiveFrom),
              },
            }
          : {}),
      });
      return reply.status(201).send(product);
    },
  );

  server.get(
    '/products/:id',
    {
      schema: {
        tags,
        summary: 'One product with its price list, the price today and the known future increases (bit:5.2)',
        params: ProductIdParams,
        response: { 200: ProductSchema },
      },
    },
    async (request) => getProduct(contextOf(app, request), request.params.id),
  );

  server.post(
    '/products/:id/retire',
    {
      schema: {
        tags,
        summary: 'Retire a product: no longer sold from `on` (default today) on (vn:2.2.3)',
        params: ProductIdParams,
        body: Type.Optional(
          Type.Object(
            { on: Type.Optional(IsoDate), reason: Type.Optional(Type.String({ minLength: 1 })) },
            { additionalProperties: false },
          ),
        ),
        response: { 200: ProductSchema },
      },
    },
    async (request) => {
      const body = request.body ?? {};
      return retireProduct(contextOf(app, request), {
        productId: request.params.id,
        ...(body.on ? { on: parsePlainDate(body.on) } : {}),
        ...(body.reason ? { reason: body.reason } : {}),
      });
    },
  );

  server.post(
    '/products/:id/prices',
    {
      schema: {
        tags,
        summary:
          'Schedule a dated price and tell every customer the change reaches (bit:5.2, vn:7.4.1–7.4.3)',
        description:
          'Adds a price from `effectiveFrom` (today or later: prices are never changed backwards; a second ' +
          'price on a listed date is a 409). A change of the price in force cannot take effect today: the ' +
          'customer must be told before, so schedule it from tomorrow. In the same transaction a ' +
          '`price-change` e-mail is queued for each affected customer — holders of a contract whose offer ' +
          'names the product and that has not ended on the effective date, and customers with an open ' +
          'network service of it — to their billing, else commercial, else primary contact. The answer ' +
          'lists them and says whether the notice was in time for `minimumNoticeDays` (default 0: any day ' +
          'before). The seeded terms set no notice period, but Dutch telecom law (Telecommunicatiewet, with ' +
          'the EU electronic communications code) may require one month for changes to end users’ ' +
          'contracts: an operator that owes it passes 30.',
        params: ProductIdParams,
        body: NewPriceSchema,
        response: { 201: ScheduledPriceSchema },
      },
    },
    async (request, reply) => {
      const { effectiveFrom, ...rest } = request.body;
      const scheduled = await schedulePrice(contextOf(app, request), {
        productId: request.params.id,
        ...rest,
        effectiveFrom: parsePlainDate(effectiveFrom),
      });
      return reply.status(201).send(scheduled);
    },
  );

  server.get(
    '/products/:id/price',
    {
      schema: {
        tags,
        summary: 'The price of a product on any day (default today), with the rule ids and next change',
        params: ProductIdParams,
        querystring: Type.Object({ on: Type.Optional(IsoDate) }, { additionalProperties: false }),
        response: { 200: ProductPriceSchema },
      },
    },
    async (request) =>
      productPriceOn(contextOf(app, request), {
        productId: request.params.id,
        ...(request.query.on ? { on: parsePlainDate(request.query.on) } : {}),
      }),
  );
}
