import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  changeFaultTicket,
  closeFaultTicket,
  FAULT_CHANNELS,
  FAULT_CLOSURE_REASONS,
  FAULT_KINDS,
  FAULT_TICKET_STATES,
  getFaultTicket,
  listFaultTicketViews,
  MAX_FAULT_PAGE,
  reportFault,
  reportRepair,
  SLA_STATUSES,
  watchSlaClocks,
} from '../../operations/index.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['operations'];
/** A provider's token may call these; the use cases answer 404 for any ticket not of its services. */
const providerAccess = { providerAccess: true };
const IdParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
const Instant = Type.String({ description: 'ISO instant with offset, e.g. 2027-03-28T00:30:00+01:00' });
const NullableInstant = Type.Union([Instant, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const Note = Type.String({ minLength: 1, maxLength: 4000 });

const ReportText = Type.Object(
  {
    reporterName: Type.String(),
    customerName: Type.String(),
    contactPerson: Type.String(),
    contactPhone: Type.String(),
    description: Type.String(),
    phoneOfficeHours: Type.String(),
    phoneOutsideOfficeHours: Type.String(),
    endPointA: Type.String(),
    endPointB: Type.String(),
  },
  { description: 'What vn:6.4.9 asks a report to hold; phone numbers in E.164' },
);

const SlaClock = Type.Object(
  {
    status: literalUnion(SLA_STATUSES),
    fiberCount: Type.Integer(),
    definitiveRepair: Type.Boolean(),
    averageBy: Instant,
    maximumBy: Instant,
    warnAt: Instant,
    warnedAt: NullableInstant,
    breachedAt: NullableInstant,
    repairHours: Type.Union([Type.Number(), Type.Null()]),
    because: Type.Array(Type.String()),
  },
  { description: 'The vn:6.4.10 clock; instants in Europe/Amsterdam with their offset' },
);

const ticketFields = {
  id: Type.String(),
  sellerId: Type.String(),
  customerId: Type.String(),
  serviceId: NullableString,
  linkId: NullableString,
  cableId: NullableString,
  providerId: NullableString,
  kind: literalUnion(FAULT_KINDS),
  channel: literalUnion(FAULT_CHANNELS),
  report: ReportText,
  reportedAt: Instant,
  reportedBy: Type.String(),
  state: literalUnion(FAULT_TICKET_STATES),
  slaStatus: literalUnion(SLA_STATUSES),
  sla: Type.Union([SlaClock, Type.Null()]),
  maintenanceWindowId: NullableString,
  routedAt: NullableInstant,
  repairReportedAt: NullableInstant,
  closedAt: NullableInstant,
  closureReason: Type.Union([literalUnion(FAULT_CLOSURE_REASONS), Type.Null()]),
  chargeableHours: NullableString,
  chargeRecordId: NullableString,
};

const TicketSchema = Type.Object(ticketFields);
const TicketDetailSchema = Type.Object({
  ...ticketFields,
  history: Type.Array(
    Type.Object({
      kind: Type.String(),
      state: literalUnion(FAULT_TICKET_STATES),
      at: Instant,
      by: Type.String(),
      note: NullableString,
      details: Type.Object({}, { additionalProperties: true }),
    }),
  ),
});

const ReportBody = Type.Object(
  {
    sellerId: Type.Optional(Type.String()),
    customerId: Type.Optional(Type.String()),
    serviceId: Type.Optional(Type.String()),
    linkId: Type.Optional(Type.String()),
    kind: literalUnion(FAULT_KINDS),
    cableId: Type.Optional(Type.String()),
    definitiveRepair: Type.Optional(Type.Boolean()),
    channel: Type.Optional(literalUnion(FAULT_CHANNELS)),
    reportedAt: Type.Optional(Instant),
    report: Type.Object(
      {},
      { additionalProperties: true, description: 'The vn:6.4.9 items, see ReportText' },
    ),
  },
  { additionalProperties: false },
);

const Alert = Type.Object({ ticketId: Type.String(), customerId: Type.String(), maximumBy: Instant });

/** Fault tickets (vn:6.4): intake at any hour, the lifecycle, the repair report, closure, the SLA watch. */
export function faultRoutes(server: HttpServer, app: App): void {
  server.post(
    '/faults',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'Report a fault, at any hour (vn:6.4.11)',
        description:
          'The report must hold everything vn:6.4.9 lists; one missing any item is refused naming each. A fiber ' +
          'break under terms with an SLA starts the vn:6.4.10 clock (by the cable’s fiber count, +2 h for a direct ' +
          'definitive repair); a fault inside a maintenance window is marked as maintenance and runs no clock ' +
          "(vn:6.4.1, vn:2.1.3); a third-party service's fault is routed to its provider (vn:6.4.3, vn:2.5). " +
          "A provider's token reports on its own services only, by channel provider-api.",
        body: ReportBody,
        response: { 201: TicketSchema },
      },
    },
    async (request, reply) => {
      const ticket = await reportFault(contextOf(app, request), {
        ...request.body,
        channel: request.body.channel ?? 'api',
      });
      return reply.status(201).send(ticket);
    },
  );

  server.get(
    '/faults',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'Fault tickets, newest first; a provider sees its own services’ only',
        querystring: Type.Object(
          {
            state: Type.Optional(literalUnion(FAULT_TICKET_STATES)),
            customerId: Type.Optional(Type.String()),
            sellerId: Type.Optional(Type.String()),
            open: Type.Optional(Type.Boolean({ description: 'Only tickets not resolved or closed' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_FAULT_PAGE })),
            offset: Type.Optional(Type.Integer({ minimum: 0 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            tickets: Type.Array(TicketSchema),
            limit: Type.Integer(),
            offset: Type.Integer(),
          }),
        },
      },
    },
    async (request) => {
      const { open, ...query } = request.query;
      return listFaultTicketViews(contextOf(app, request), { ...query, openOnly: open });
    },
  );

  server.get(
    '/faults/:id',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'One fault ticket with its history and SLA clock',
        params: IdParams,
        response: { 200: TicketDetailSchema },
      },
    },
    async (request) => getFaultTicket(contextOf(app, request), request.params.id),
  );

  server.post(
    '/faults/:id/notes',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'Add a note to a fault ticket’s history',
        params: IdParams,
        body: Type.Object({ note: Note }, { additionalProperties: false }),
        response: { 200: TicketDetailSchema },
      },
    },
    async (request) =>
      changeFaultTicket(contextOf(app, request), {
        ticketId: request.params.id,
        action: 'note',
        note: request.body.note,
      }),
  );

  server.post(
    '/faults/:id/actions',
    {
      schema: {
        tags,
        summary: 'Start work, wait on the customer, resume, or reopen a resolved ticket',
        description:
          'acknowledged → in-progress → (waiting-on-customer ↔ in-progress) → resolved → closed; reopen takes a ' +
          'resolved ticket back to in-progress and takes back its repair report (the vn:6.4.10 clock runs on from ' +
          'the first report). An impossible move is a 409 naming the state and the action.',
        params: IdParams,
        body: Type.Object(
          { action: literalUnion(['start', 'wait', 'resume', 'reopen'] as const), note: Type.Optional(Note) },
          { additionalProperties: false },
        ),
        response: { 200: TicketDetailSchema },
      },
    },
    async (request) =>
      changeFaultTicket(contextOf(app, request), { ticketId: request.params.id, ...request.body }),
  );

  server.post(
    '/faults/:id/repair-report',
    {
      schema: {
        tags,
        summary: 'Record the formal repair report: the ticket is resolved and its clock stops (vn:6.4.10)',
        description:
          'A repair later than the maximum repair time not yet recorded as breached is recorded as the breach.',
        params: IdParams,
        body: Type.Object(
          { repairedAt: Type.Optional(Instant), note: Type.Optional(Note) },
          { additionalProperties: false },
        ),
        response: { 200: TicketDetailSchema },
      },
    },
    async (request) =>
      reportRepair(contextOf(app, request), { ticketId: request.params.id, ...request.body }),
  );

  server.post(
    '/faults/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a ticket with its reason',
        description:
          'repaired (after the repair report), not-reproducible (vn:6.4.1), customer-modified (vn:6.4.4), ' +
          'customer-caused (vn:6.4.8: the chargeable hours become usage of the seller’s hourly product, record ' +
          '`fault:<ticket id>`, for the next bill run), maintenance (inside a window, vn:6.4.1, vn:2.1.3), ' +
          'routed-to-provider (vn:6.4.3, vn:2.5). The same closure again answers the ticket unchanged.',
        params: IdParams,
        body: Type.Object(
          {
            reason: literalUnion(FAULT_CLOSURE_REASONS),
            chargeableHours: Type.Optional(Type.Union([Type.Number(), Type.String()])),
            hourlyProductId: Type.Optional(Type.String()),
            note: Type.Optional(Note),
          },
          { additionalProperties: false },
        ),
        response: { 200: TicketDetailSchema },
      },
    },
    async (request) =>
      closeFaultTicket(contextOf(app, request), { ticketId: request.params.id, ...request.body }),
  );

  server.post(
    '/sla-watch-runs',
    {
      schema: {
        tags,
        summary: 'Look at the running SLA clocks: warn 2 hours before the maximum, record breaches after it',
        description:
          'What the scheduler calls. Each warning and breach is raised once however often this runs (vn:6.4.10).',
        body: Type.Optional(Type.Object({ now: Type.Optional(Instant) }, { additionalProperties: false })),
        response: {
          200: Type.Object({ checkedAt: Instant, warnings: Type.Array(Alert), breaches: Type.Array(Alert) }),
        },
      },
    },
    async (request) => watchSlaClocks(contextOf(app, request), request.body ?? {}),
  );
}
