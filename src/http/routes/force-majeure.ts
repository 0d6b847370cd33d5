import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  declareForceMajeure,
  endContractForForceMajeure,
  endForceMajeure,
  FORCE_MAJEURE_PARTIES,
  FORCE_MAJEURE_SCOPES,
  forceMajeureOfContract,
  getForceMajeureEvent,
  listForceMajeureEvents,
} from '../../operations/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['operations'];
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ format: 'date' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Party = Type.Enum([...FORCE_MAJEURE_PARTIES]);

const EventFields = {
  id: Type.String({ examples: ['FM-1'] }),
  sellerId: Type.String(),
  description: Type.String(),
  startedOn: Day,
  knownOn: Type.String({
    format: 'date',
    description: 'The day it became known: work performed before it stays billable (bit:6.6, vn:1.10.3)',
  }),
  endedOn: Nullable(
    Type.String({ format: 'date', description: 'The first day it no longer holds the services' }),
  ),
  declaredAt: Type.String(),
  declaredBy: Type.String(),
};
const EventSchema = Type.Object(EventFields);
const ServiceSchema = Type.Object({
  eventId: Type.String(),
  serviceId: Type.String(),
  contractId: Nullable(Type.String()),
  endedOn: Nullable(
    Type.String({ format: 'date', description: 'The contract ended under the event’s rights' }),
  ),
  endedBy: Type.Union([Party, Type.Null()]),
});
const RightSchema = Type.Object({
  mayEnd: Type.Boolean(),
  from: Nullable(Type.String({ format: 'date', description: 'The first day the right exists' })),
  because: Type.Array(Type.String()),
  why: Nullable(Type.String({ description: 'Why not, when it may not end' })),
});
const RightsSchema = Type.Object({
  customer: RightSchema,
  seller: RightSchema,
  figures: Type.Object({}, { additionalProperties: true }),
});
const ContractPartSchema = Type.Object({
  contractId: Type.String(),
  customerId: Type.String(),
  serviceIds: Type.Array(Type.String()),
  endedOn: Nullable(Day),
  endedBy: Type.Union([Party, Type.Null()]),
  rights: Type.Union([RightsSchema, Type.Null()], {
    description: 'Who may end the contract for the event on the day asked (bit:6.4, bit:6.5, vn:1.10.4)',
  }),
});
const ViewSchema = Type.Object({
  ...EventFields,
  asOf: Day,
  services: Type.Array(ServiceSchema),
  contracts: Type.Array(ContractPartSchema),
});

const DeclareBody = Type.Object(
  {
    sellerId: Id,
    description: Type.String({ maxLength: 2000, description: 'What happened; quoted in the notices' }),
    startedOn: Day,
    knownOn: Type.Optional(
      Type.String({ format: 'date', description: 'Default today; not before startedOn' }),
    ),
    endedOn: Type.Optional(Type.String({ format: 'date', description: 'For an event declared once over' })),
    serviceIds: Type.Optional(Type.Array(Id, { maxItems: 1000, description: 'The affected services, or …' })),
    scope: Type.Optional(
      Type.Object(
        {
          kind: Type.String({ examples: [...FORCE_MAJEURE_SCOPES] }),
          id: Type.String({ maxLength: 64, description: 'The NAP, cable or link id' }),
        },
        {
          additionalProperties: false,
          description: '… the seller’s running services on a NAP, cable or link',
        },
      ),
    ),
  },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
const AsOfQuery = Type.Object({ asOf: Type.Optional(Day) }, { additionalProperties: false });

/** Force majeure (bit:6, vn:1.10): events, their end, contracts ended under them, the rights shown. */
export function forceMajeureRoutes(server: HttpServer, app: App): void {
  server.post(
    '/force-majeure-events',
    {
      schema: {
        tags,
        summary: 'Declare force majeure: the affected services are suspended while it lasts',
        description:
          'The services (by id, or the seller’s running services on a NAP, a cable or a link) are suspended ' +
          'through provisioning (bit:6.3, vn:1.10.2); recurring billing goes on — the terms give no compensation ' +
          '(vn:1.10.2) and undo nothing for the past (bit:6.4) — and what was performed before `knownOn` stays ' +
          'billable (bit:6.6, vn:1.10.3). The customers and third-party providers are told at once (bit:6.7).',
        body: DeclareBody,
        response: {
          201: Type.Object({
            event: EventSchema,
            services: Type.Array(ServiceSchema),
            because: Type.Array(Type.String()),
          }),
        },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const declared = await declareForceMajeure(contextOf(app, request), {
        sellerId: body.sellerId,
        description: body.description,
        startedOn: optionalDate(body.startedOn)!,
        knownOn: optionalDate(body.knownOn),
        endedOn: optionalDate(body.endedOn),
        serviceIds: body.serviceIds,
        scope: body.scope as { kind: (typeof FORCE_MAJEURE_SCOPES)[number]; id: string } | undefined,
      });
      return reply
        .status(201)
        .header('location', `/force-majeure-events/${declared.event.id}`)
        .send(declared);
    },
  );

  server.get(
    '/force-majeure-events',
    {
      schema: {
        tags,
        summary: 'Force-majeure events, the latest start first',
        querystring: Type.Object(
          {
            sellerId: Type.Optional(Id),
            open: Type.Optional(Type.Boolean({ description: 'Only events that have not ended' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(EventSchema) },
      },
    },
    (request) => listForceMajeureEvents(contextOf(app, request), request.query),
  );

  server.get(
    '/force-majeure-events/:id',
    {
      schema: {
        tags,
        summary: 'One event with its services and, per contract, who may end it on the day asked',
        params: IdParams,
        querystring: AsOfQuery,
        response: { 200: ViewSchema },
      },
    },
    (request) =>
      getForceMajeureEvent(contextOf(app, request), request.params.id, optionalDate(request.query.asOf)),
  );

  server.post(
    '/force-majeure-events/:id/end',
    {
      schema: {
        tags,
        summary: 'The force majeure is over: its holds are lifted and the services resumed',
        params: IdParams,
        body: Type.Object({ endedOn: Type.Optional(Day) }, { additionalProperties: false }),
        response: { 200: Type.Object({ event: EventSchema, resumedServiceIds: Type.Array(Type.String()) }) },
      },
    },
    (request) =>
      endForceMajeure(contextOf(app, request), {
        eventId: request.params.id,
        endedOn: optionalDate(request.body.endedOn),
      }),
  );

  server.post(
    '/force-majeure-events/:id/contract-endings',
    {
      schema: {
        tags,
        summary: 'End a contract for the future under the event’s right',
        description:
          'bit:6.4: the customer, once the suspension has lasted longer than 30 days; bit:6.5: the seller, ' +
          'judging the force majeure permanent (`permanent: true`); vn:1.10.4: either party once it has lasted ' +
          'more than 3 months. Refused (403) with the day the right exists from. The contract is dissolved ' +
          'with no remaining-term charge and nothing undone for the past; its services leave the hold.',
        params: IdParams,
        body: Type.Object(
          {
            contractId: Id,
            by: Party,
            on: Type.Optional(Type.String({ format: 'date', description: 'Default today' })),
            permanent: Type.Optional(Type.Boolean({ description: 'bit:6.5, seller only' })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            eventId: Type.String(),
            contractId: Type.String(),
            by: Party,
            on: Day,
            right: RightSchema,
            services: Type.Array(ServiceSchema),
            timeline: Type.Object({}, { additionalProperties: true }),
          }),
        },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const ended = await endContractForForceMajeure(contextOf(app, request), {
        eventId: request.params.id,
        contractId: body.contractId,
        by: body.by,
        on: optionalDate(body.on),
        ...(body.permanent === undefined ? {} : { permanent: body.permanent }),
      });
      return reply.status(201).send(ended);
    },
  );

  server.get(
    '/contracts/:contractId/force-majeure',
    {
      schema: {
        tags,
        summary: 'The force-majeure events a contract is in, with the rights to end it',
        params: Type.Object({ contractId: Id }, { additionalProperties: false }),
        querystring: AsOfQuery,
        response: {
          200: Type.Object({
            contractId: Type.String(),
            asOf: Day,
            events: Type.Array(Type.Object({ ...EventFields, contract: ContractPartSchema })),
          }),
        },
      },
    },
    (request) =>
      forceMajeureOfContract(
        contextOf(app, request),
        request.params.contractId,
        optionalDate(request.query.asOf),
      ),
  );
}
