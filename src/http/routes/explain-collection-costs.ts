import { Type } from 'typebox';
import type { TSchema } from 'typebox';
import type { App } from '../../app.ts';
import { explainCollectionCosts } from '../../explain/index.ts';
import { storedProfilesFor } from '../../explain/stored-profiles.ts';
import { shippedProfileIds } from '../../terms/index.ts';
import type { HttpServer } from '../server.ts';

/*
 * GET /explain/collection-costs: the collection costs of one reminder (nl:bik), answered exactly as
 * `vezel explain collection-costs --json` answers.
 */

const closed = { additionalProperties: false } as const;
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Amount = (description: string) => Type.String({ pattern: '^-?[0-9]+\\.[0-9]{2}$', description });
// Read by the explain question (money's parseAmount), which names the field when the amount is wrong.
const AmountText = (description: string, example: string) =>
  Type.String({ minLength: 1, maxLength: 64, description, examples: [example] });

const CollectionCostsQuery = Type.Object(
  {
    principal: AmountText('The principal over all claims in one reminder: 1234.56 or € 1.234,56', '1234.56'),
    consumer: Type.Optional(
      Type.Boolean({ description: 'The customer is a consumer (the scale is binding); default a business' }),
    ),
    profile: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'The terms profile id; without one the BIK scale applies',
        examples: [...shippedProfileIds],
      }),
    ),
    actualCosts: Type.Optional(
      AmountText('What collecting cost, where the profile charges a business the actual costs', '250.00'),
    ),
  },
  closed,
);
const Bracket = Type.Object(
  {
    from: Amount('Where the bracket starts'),
    upTo: Nullable(Amount('Where it ends; null for the open top bracket')),
    rate: Type.String({ examples: ['15%'] }),
    base: Amount('The part of the principal in this bracket'),
    amount: Type.String({ description: 'rate × base, exact; only the total is rounded' }),
  },
  closed,
);
const CollectionCostsAnswer = Type.Object(
  {
    amount: Amount('The collection costs, before any VAT'),
    because: Type.Array(Type.String(), { description: 'The rule ids that produced the answer' }),
    principal: Amount('As asked'),
    customer: Type.Enum(['business', 'consumer']),
    method: Type.Enum(['bik', 'actual']),
    basis: Type.String({ description: 'Why this method: the law for a consumer, the terms for a business' }),
    brackets: Type.Array(Bracket, { description: 'The BIK brackets the principal reaches' }),
    scaleTotal: Nullable(Amount('The sum over the brackets, rounded half away from zero to the cent')),
    limit: Nullable(Type.Enum(['minimum', 'maximum', 'no-principal'])),
    minimum: Nullable(Amount('The BIK minimum')),
    maximum: Nullable(Amount('The BIK maximum')),
    rounding: Nullable(Type.String()),
    source: Nullable(Type.String()),
    actualCosts: Nullable(Amount('As asked')),
    cap: Nullable(Amount("The operator's cap on actual costs")),
    capped: Type.Boolean(),
    profile: Nullable(Type.String()),
  },
  closed,
);

export function explainCollectionCostsRoutes(server: HttpServer, app: App): void {
  server.get(
    '/explain/collection-costs',
    {
      schema: {
        tags: ['explain'],
        summary: 'The collection costs of one reminder (nl:bik; bit:11.7, vn:7.1.6)',
        description:
          'The BIK scale (Besluit vergoeding voor buitengerechtelijke incassokosten art. 2): 15% of the first ' +
          '2500, 10% of the next 2500, 5% of the next 5000, 1% of the next 190000, 0.5% above; at least 40, ' +
          'at most 6775, rounded half away from zero on the total. Binding for consumers; for a business as ' +
          "the profile's terms say (the scale, or the actual costs up to a cap).",
        querystring: CollectionCostsQuery,
        response: { 200: CollectionCostsAnswer },
      },
    },
    async (request) => {
      const { profile } = request.query;
      const profiles = profile === undefined ? new Map() : await storedProfilesFor(app.database.db, profile);
      return explainCollectionCosts(request.query, profiles);
    },
  );
}
