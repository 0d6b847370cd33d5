import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { getLiabilityClaim, listLiabilityClaims, recordLiabilityClaim } from '../../operations/index.ts';
import { CLAIM_NOTIFICATION_MEANS, LIABILITY_DAMAGE_KINDS } from '../../operations/schema.ts';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['operations'];
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ format: 'date' });

const ClaimSchema = Type.Object({
  id: Type.String({ examples: ['LC-1'] }),
  sellerId: Type.String(),
  customerId: Type.String(),
  contractId: Type.String(),
  damageKind: Type.String({ examples: [...LIABILITY_DAMAGE_KINDS] }),
  claimedCents: Type.Integer(),
  damageOn: Day,
  notifiedOn: Day,
  notifiedBy: Type.String({ examples: [...CLAIM_NOTIFICATION_MEANS] }),
  description: Type.String(),
  recordedAt: Type.String(),
  recordedBy: Type.String(),
  cap: Type.Object({
    capCents: Type.Integer({ minimum: 0 }),
    payableCents: Type.Integer({ minimum: 0, description: 'min(claimed, cap)' }),
    basis: Type.String({
      examples: [
        'contract-total',
        'contract-price-excl-vat',
        'fees-paid-in-calendar-year-of-damage',
        'death-or-injury-per-event',
        'indirect-damage-excluded',
      ],
    }),
    reason: Type.String(),
    because: Type.Array(Type.String()),
    figures: Type.Object({}, { additionalProperties: true }),
  }),
  flags: Type.Array(Type.String({ examples: ['late', 'not-registered-letter'] })),
  reportBy: Type.Union([Day, Type.Null()]),
  because: Type.Array(Type.String()),
});
const AsOf = Type.Optional(Day);

/** The liability claim register (bit:8.6, vn:1.8), with the cap and flags computed when read. */
export function liabilityClaimRoutes(server: HttpServer, app: App): void {
  server.post(
    '/liability-claims',
    {
      schema: {
        tags,
        summary: 'Record a liability claim as notified; answers its cap and flags',
        description:
          'The cap follows the terms of the contract: the contract total (bit:8.6), the contract price excl. VAT ' +
          '(vn:1.8.4), the fees paid in the calendar year of the damage for a contract of more than a year ' +
          '(vn:1.8.5), € 100,000 per event for death or injury (vn:1.8.7), nothing for indirect damage ' +
          '(vn:1.8.9). A notice more than 30 days after the damage is flagged late, one not by registered ' +
          'letter not-registered-letter (vn:1.8.12); a flagged claim is still recorded.',
        body: Type.Object(
          {
            contractId: Id,
            customerId: Type.Optional(Id),
            damageKind: Type.String({ maxLength: 32, examples: [...LIABILITY_DAMAGE_KINDS] }),
            claimedCents: Type.Integer({ description: 'The damage claimed, in cents' }),
            damageOn: Day,
            notifiedOn: Day,
            notifiedBy: Type.String({ maxLength: 32, examples: [...CLAIM_NOTIFICATION_MEANS] }),
            description: Type.String({ maxLength: 4000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: ClaimSchema },
      },
    },
    async (request, reply) => {
      const { damageOn, notifiedOn, ...rest } = request.body;
      const claim = await recordLiabilityClaim(contextOf(app, request), {
        ...rest,
        damageOn: parsePlainDate(damageOn),
        notifiedOn: parsePlainDate(notifiedOn),
      });
      return reply.status(201).header('location', `/liability-claims/${claim.id}`).send(claim);
    },
  );

  server.get(
    '/liability-claims',
    {
      schema: {
        tags,
        summary: 'Liability claims, newest first, by seller, customer or contract, with caps as of a day',
        querystring: Type.Object(
          {
            sellerId: Type.Optional(Id),
            customerId: Type.Optional(Id),
            contractId: Type.Optional(Id),
            asOf: AsOf,
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(ClaimSchema) },
      },
    },
    (request) => {
      const { asOf, ...filter } = request.query;
      return listLiabilityClaims(app.database.db, optionalDate(asOf) ?? app.clock.today(), filter);
    },
  );

  server.get(
    '/liability-claims/:id',
    {
      schema: {
        tags,
        summary: 'One liability claim with its cap and flags, computed from the contract as of a day',
        params: Type.Object({ id: Id }, { additionalProperties: false }),
        querystring: Type.Object({ asOf: AsOf }, { additionalProperties: false }),
        response: { 200: ClaimSchema },
      },
    },
    (request) =>
      getLiabilityClaim(
        app.database.db,
        request.params.id,
        optionalDate(request.query.asOf) ?? app.clock.today(),
      ),
  );
}
