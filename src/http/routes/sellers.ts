import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { addSeller, getSeller, listSellers, updateSeller } from '../../sellers/index.ts';
import { contextOf } from '../request-context.ts';
import { AddSellerBody, IdParams, SellerChangesBody, SellerSchema } from '../schemas/party-schemas.ts';
import type { HttpServer } from '../server.ts';

const tags = ['parties'];

export function sellerRoutes(server: HttpServer, app: App): void {
  server.get(
    '/sellers',
    {
      schema: {
        tags,
        summary: 'Every seller: the two shipped ones and the operator’s own',
        response: { 200: Type.Array(SellerSchema) },
      },
    },
    () => listSellers(app.database.db),
  );

  server.get(
    '/sellers/:id',
    { schema: { tags, summary: 'One seller', params: IdParams, response: { 200: SellerSchema } } },
    (request) => getSeller(app.database.db, request.params.id),
  );

  server.post(
    '/sellers',
    {
      schema: {
        tags,
        summary: 'Add a seller with its terms profile, identifiers and number series',
        description:
          'Every field is checked and every problem named at once (400). An id or number series that is ' +
          'taken answers 409, naming the seller that has it.',
        body: AddSellerBody,
        response: { 201: SellerSchema },
      },
    },
    async (request, reply) => {
      const seller = await addSeller(contextOf(app, request), request.body);
      return reply.status(201).header('location', `/sellers/${seller.id}`).send(seller);
    },
  );

  server.patch(
    '/sellers/:id',
    {
      schema: {
        tags,
        summary: "Change a seller's fields, e.g. replace the shipped example identifiers with real ones",
        description:
          'The seller as it would be afterwards is checked whole; nothing changed, nothing recorded.',
        params: IdParams,
        body: SellerChangesBody,
        response: { 200: SellerSchema },
      },
    },
    (request) => updateSeller(contextOf(app, request), { id: request.params.id, changes: request.body }),
  );
}
