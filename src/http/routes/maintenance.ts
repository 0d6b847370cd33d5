import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  cancelMaintenance,
  getMaintenance,
  listMaintenance,
  planMaintenance,
} from '../../operations/index.ts';
import { MAINTENANCE_SCOPES } from '../../operations/schema.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['operations'];
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Instant = (description: string) =>
  Type.String({ description, examples: ['2027-03-28T01:00:00+01:00'] });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

const WindowFields = {
  id: Type.String({ examples: ['MW-1'] }),
  sellerId: Type.String(),
  scope: Type.Enum([...MAINTENANCE_SCOPES]),
  scopeId: Type.String({ description: 'The NAP, cable or link id' }),
  startsAt: Instant('The start, an ISO instant (UTC)'),
  endsAt: Instant('The end, an ISO instant (UTC): the window is open until before it'),
  startsAtLocal: Instant('The start in Europe/Amsterdam with its offset, as the notices show it'),
  endsAtLocal: Instant('The end in Europe/Amsterdam with its offset'),
  description: Type.String(),
  plannedAt: Type.String(),
  plannedBy: Type.String(),
  notifiedAt: Nullable(Type.String({ description: 'When the affected customers and providers were told' })),
  cancelledAt: Nullable(Type.String()),
  because: Type.Array(Type.String(), { description: 'vn:2.1.3 (network) or vn:2.2.5 (link)' }),
};
const WindowSchema = Type.Object(WindowFields);
const AffectedSchema = Type.Object({
  serviceId: Type.String(),
  customerId: Type.String(),
  providerId: Nullable(Type.String()),
  state: Type.String(),
});
const WindowDetailSchema = Type.Object({
  ...WindowFields,
  affected: Type.Array(AffectedSchema, {
    description: 'The active or suspended services the window reaches, as the network stands now',
  }),
});
const Notified = Type.Object({
  customers: Type.Integer({ description: 'Customers told, each once (technical and fault contacts)' }),
  providers: Type.Integer({ description: 'Third-party providers told, each once (e-mail and webhook)' }),
});
const WindowChangeSchema = Type.Object({ ...WindowDetailSchema.properties, notified: Notified });

const PlanBody = Type.Object(
  {
    sellerId: Id,
    scope: Type.String({ description: 'nap, cable or link', examples: [...MAINTENANCE_SCOPES] }),
    scopeId: Type.String({ maxLength: 64, description: 'The NAP, cable or link id' }),
    // Read by the use case, which names the field when the instant is wrong.
    startsAt: Type.String({ maxLength: 64, description: 'An ISO instant with offset or Z, not in the past' }),
    endsAt: Type.String({ maxLength: 64, description: 'After startsAt, at most 7 days later' }),
    description: Type.String({ maxLength: 2000, description: 'What the work is; quoted in the notices' }),
  },
  { additionalProperties: false },
);
const ListQuery = Type.Object(
  {
    sellerId: Type.Optional(Id),
    scope: Type.Optional(Type.String({ examples: [...MAINTENANCE_SCOPES] })),
    scopeId: Type.Optional(Id),
    upcoming: Type.Optional(
      Type.Boolean({ description: 'Default true: only windows not cancelled and not over, the next first' }),
    ),
  },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

/** Planned maintenance on NAPs, cables and links (vn:2.1.3, vn:2.2.5). */
export function maintenanceRoutes(server: HttpServer, app: App): void {
  server.post(
    '/maintenance-windows',
    {
      schema: {
        tags,
        summary: 'Plan maintenance on a NAP, a cable or a link, telling the affected parties ahead',
        description:
          'The network (vn:2.1.3) and a link (vn:2.2.5) may be unavailable for maintenance. The window reaches ' +
          'the active and suspended services at the NAP (or at any NAP of the cable, or on a link ending ' +
          'there), or on the link. Each affected customer (technical and fault contacts) and each third-party ' +
          'provider is told once, in the same transaction. A fault reported inside the window runs no SLA clock.',
        body: PlanBody,
        response: { 201: WindowChangeSchema },
      },
    },
    async (request, reply) => {
      const window = await planMaintenance(contextOf(app, request), request.body);
      return reply.status(201).header('location', `/maintenance-windows/${window.id}`).send(window);
    },
  );

  server.get(
    '/maintenance-windows',
    {
      schema: {
        tags,
        summary: 'Maintenance windows by seller and scope: the upcoming ones, or all',
        querystring: ListQuery,
        response: { 200: Type.Array(WindowSchema) },
      },
    },
    (request) => listMaintenance(contextOf(app, request), request.query),
  );

  server.get(
    '/maintenance-windows/:id',
    {
      schema: {
        tags,
        summary: 'One maintenance window with the services it reaches',
        params: IdParams,
        response: { 200: WindowDetailSchema },
      },
    },
    (request) => getMaintenance(contextOf(app, request), request.params.id),
  );

  server.post(
    '/maintenance-windows/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a maintenance window that has not ended, telling the affected parties',
        params: IdParams,
        body: Type.Optional(
          Type.Object(
            { reason: Type.Optional(Type.String({ maxLength: 2000 })) },
            { additionalProperties: false },
          ),
        ),
        response: { 200: WindowChangeSchema },
      },
    },
    (request) =>
      cancelMaintenance(contextOf(app, request), {
        windowId: request.params.id,
        reason: request.body?.reason,
      }),
  );
}
