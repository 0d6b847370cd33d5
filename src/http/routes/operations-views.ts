import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  FAULT_BOARD_SORTS,
  FAULT_CHANNELS,
  FAULT_CLOSURE_REASONS,
  FAULT_KINDS,
  FAULT_TICKET_STATES,
  ABUSE_LIST_SORTS,
  FORCE_MAJEURE_LIST_SORTS,
  listAbuseCasePage,
  listFaultBoard,
  listForceMajeurePage,
  listMaintenancePage,
  MAINTENANCE_LIST_SORTS,
  MAX_FAULT_BOARD_PAGE,
  MAX_WORK_PAGE,
  SLA_STATUSES,
} from '../../operations/index.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['operations'];
const Instant = Type.String({ description: 'ISO instant with offset, Europe/Amsterdam' });
const NullableInstant = Type.Union([Instant, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

const BoardTicket = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  customerId: Type.String(),
  serviceId: NullableString,
  linkId: NullableString,
  cableId: NullableString,
  providerId: NullableString,
  kind: literalUnion(FAULT_KINDS),
  channel: literalUnion(FAULT_CHANNELS),
  report: Type.Object({}, { additionalProperties: true, description: 'The vn:6.4.9 items' }),
  reportedAt: Instant,
  reportedBy: Type.String(),
  state: literalUnion(FAULT_TICKET_STATES),
  slaStatus: literalUnion(SLA_STATUSES),
  sla: Type.Union([
    Type.Object({
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
    }),
    Type.Null(),
  ]),
  maintenanceWindowId: NullableString,
  routedAt: NullableInstant,
  repairReportedAt: NullableInstant,
  closedAt: NullableInstant,
  closureReason: Type.Union([literalUnion(FAULT_CLOSURE_REASONS), Type.Null()]),
  chargeableHours: NullableString,
  chargeRecordId: NullableString,
});

const BoardQuery = Type.Object(
  {
    state: Type.Optional(literalUnion(FAULT_TICKET_STATES)),
    sellerId: Type.Optional(Type.String({ maxLength: 64 })),
    cableClass: Type.Optional(
      Type.String({
        maxLength: 32,
        description: 'A class of the repair-time table',
        examples: ['12/24', '48'],
      }),
    ),
    open: Type.Optional(Type.Boolean({ description: 'Only tickets not resolved or closed' })),
    search: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'A part of the ticket id, end user name or description; or a customer or service id',
      }),
    ),
    sort: Type.Optional(literalUnion(FAULT_BOARD_SORTS)),
    order: Type.Optional(literalUnion(['asc', 'desc'] as const)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_FAULT_BOARD_PAGE })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

const paging = {
  search: Type.Optional(Type.String({ maxLength: 200 })),
  order: Type.Optional(literalUnion(['asc', 'desc'] as const)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_WORK_PAGE })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
};
const Id = Type.String({ maxLength: 64 });
const pageOf = (item: ReturnType<typeof row>) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer() });
/** An item as the list's own route answers it (its fields named for the reader of the OpenAPI). */
const row = (fields: string[], description: string) =>
  Type.Unsafe<unknown>({
    type: 'object',
    additionalProperties: true,
    description: `${description}; with ${fields.join(', ')}, …`,
  });

/** Extra reads for the operations work screens (issue 8). */
export function operationsViewRoutes(server: HttpServer, app: App): void {
  server.get(
    '/back-office/fault-board',
    {
      schema: {
        tags,
        summary: 'The fault board: tickets with their SLA deadlines and clock status, filtered and paged',
        description:
          'Each ticket with its vn:6.4.10 deadlines (average, maximum, the warning 2 h before it) and where its ' +
          'clock stands now (running, warning, breached; met or missed once repaired). Sorted by the earliest ' +
          'maximum first unless asked; `total` counts every ticket the filter keeps. `now` (and the Date ' +
          "header) is the server's clock, so a countdown ticks from the server's time.",
        querystring: BoardQuery,
        response: {
          200: Type.Object({ items: Type.Array(BoardTicket), total: Type.Integer(), now: Instant }),
        },
      },
    },
    async (request, reply) => {
      const board = await listFaultBoard(contextOf(app, request), request.query);
      // The countdown's clock: the server's own (which a test may have moved), not the wall clock.
      void reply.header('date', new Date(app.clock.now().epochMilliseconds).toUTCString());
      return board;
    },
  );

  server.get(
    '/back-office/maintenance-windows',
    {
      schema: {
        tags,
        summary: 'Maintenance windows, paged: the upcoming ones (default) the next first, or all',
        description:
          'As GET /maintenance-windows, with `search` (id, scope id, description), sort and paging.',
        querystring: Type.Object(
          {
            sellerId: Type.Optional(Id),
            scope: Type.Optional(Type.String({ maxLength: 16, examples: ['nap', 'cable', 'link'] })),
            upcoming: Type.Optional(Type.Boolean({ description: 'Default true' })),
            sort: Type.Optional(literalUnion(MAINTENANCE_LIST_SORTS)),
            ...paging,
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            ...pageOf(
              row(
                ['id', 'sellerId', 'scope', 'scopeId', 'startsAt', 'endsAt', 'description', 'cancelledAt'],
                'A window as GET /maintenance-windows/:id shows it, without `affected`',
              ),
            ).properties,
            now: Type.String({
              description: "The server's clock: a window is over once `endsAt` is not after it",
            }),
          }),
        },
      },
    },
    (request) => listMaintenancePage(contextOf(app, request), request.query),
  );

  server.get(
    '/back-office/force-majeure-events',
    {
      schema: {
        tags,
        summary: 'Force-majeure events, paged, the latest start first',
        querystring: Type.Object(
          {
            sellerId: Type.Optional(Id),
            open: Type.Optional(Type.Boolean({ description: 'true: not ended; false: ended' })),
            sort: Type.Optional(literalUnion(FORCE_MAJEURE_LIST_SORTS)),
            ...paging,
          },
          { additionalProperties: false },
        ),
        response: {
          200: pageOf(
            row(
              ['id', 'sellerId', 'description', 'startedOn', 'knownOn', 'endedOn'],
              'A force-majeure event',
            ),
          ),
        },
      },
    },
    (request) => listForceMajeurePage(contextOf(app, request), request.query),
  );

  server.get(
    '/back-office/abuse-cases',
    {
      schema: {
        tags,
        summary: 'Abuse cases with their measures, paged, the newest first',
        querystring: Type.Object(
          {
            sellerId: Type.Optional(Id),
            customerId: Type.Optional(Id),
            state: Type.Optional(Type.String({ maxLength: 16 })),
            sort: Type.Optional(literalUnion(ABUSE_LIST_SORTS)),
            ...paging,
          },
          { additionalProperties: false },
        ),
        response: {
          200: pageOf(
            row(
              ['id', 'sellerId', 'customerId', 'serviceId', 'contractId', 'category', 'state', 'measures'],
              'A case as GET /abuse-cases/:id shows it',
            ),
          ),
        },
      },
    },
    (request) => listAbuseCasePage(contextOf(app, request), request.query),
  );
}
