import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { DEFAULT_SLA_PROFILE, explainSla } from '../../explain/index.ts';
import { storedProfilesFor } from '../../explain/stored-profiles.ts';
import { slaChartSvg } from '../../documents/sla-chart-svg.ts';
import { getSlaReport } from '../../operations/index.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

/*
 * GET /explain/sla: the repair deadlines of a fiber break (vn:6.4.10), answered exactly as
 * `vezel explain sla --json` answers. GET /sellers/:sellerId/sla-report: the SLA report of a period.
 */

const closed = { additionalProperties: false } as const;
const LocalInstant = (description: string) =>
  Type.String({ description, examples: ['2027-03-28T07:30:00+02:00'] });

const SlaQuery = Type.Object(
  {
    fibers: Type.Integer({
      minimum: 1,
      maximum: 10_000,
      description: 'The fiber count of the broken cable',
      examples: [12, 24, 48, 96, 144, 192],
    }),
    // Read by the explain question, which names the field when the instant is wrong.
    reported: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'The first report: an ISO instant with its offset or Z',
      examples: ['2027-03-28T00:30:00+01:00'],
    }),
    definitiveRepair: Type.Optional(
      Type.Boolean({ description: 'A direct definitive repair: adds the extra hours (vn:6.4.10)' }),
    ),
    profile: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: `The terms profile id; default ${DEFAULT_SLA_PROFILE}`,
        examples: [DEFAULT_SLA_PROFILE],
      }),
    ),
  },
  closed,
);
const SlaAnswer = Type.Object(
  {
    averageBy: LocalInstant('The end of the average repair time, Europe/Amsterdam with its offset'),
    maximumBy: LocalInstant('The end of the maximum repair time: a later repair report is a breach'),
    because: Type.Array(Type.String(), { description: 'The rule ids that produced the answer' }),
    averageHours: Type.Integer(),
    maximumHours: Type.Integer(),
    fiberCount: Type.Integer(),
    definitiveRepair: Type.Boolean(),
    reported: LocalInstant('The first report, Europe/Amsterdam with its offset'),
    clock: Type.Literal('elapsed-hours'),
    profile: Type.String(),
  },
  closed,
);

const Hours = (description: string) => Type.Number({ description });
const NullableHours = (description: string) => Type.Union([Type.Number({ description }), Type.Null()]);
const Breach = Type.Object(
  {
    ticketId: Type.String(),
    fiberCount: Type.Integer(),
    reportedAt: LocalInstant('The first report'),
    maximumBy: LocalInstant('The end of the maximum repair time'),
    repairReportedAt: Type.Union([LocalInstant('The repair report'), Type.Null()], {
      description: 'Null: still open past its maximum at the end of the period',
    }),
    hours: Hours('Elapsed hours to the repair report, or to the end of the period while open'),
    overByHours: Hours('Elapsed hours past the maximum'),
    recordedAt: Type.Union([LocalInstant('When the scheduler recorded the breach'), Type.Null()]),
  },
  closed,
);
const CableClass = Type.Object(
  {
    cableClass: Type.String({ examples: ['12/24', '48'] }),
    fiberCounts: Type.Array(Type.Integer()),
    averageHours: Type.Integer({ description: "The table's average repair time" }),
    maximumHours: Type.Integer({ description: "The table's maximum repair time" }),
    repaired: Type.Integer({ description: 'Tickets whose repair report falls in the period' }),
    open: Type.Integer({
      description: 'Tickets still open at the end of the period, not past their maximum',
    }),
    meanRepairHours: NullableHours('Mean elapsed repair time, to the minute'),
    averageTargetHours: NullableHours(
      "Mean of the repaired tickets' own average times (+2 h where definitively repaired)",
    ),
    withinAverage: Type.Union([Type.Boolean(), Type.Null()]),
    breaches: Type.Array(Breach),
  },
  closed,
);
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD, Europe/Amsterdam' });
const SlaReportQuery = Type.Object({ from: Day, to: Day }, closed);
const SlaReportSchema = Type.Object(
  {
    sellerId: Type.String(),
    profile: Type.String(),
    from: Day,
    to: Day,
    periodStart: LocalInstant('The start of the first day'),
    periodEnd: LocalInstant('The start of the day after the last'),
    judgedAt: LocalInstant('Where open tickets are judged: the end of the period, or now if sooner'),
    classes: Type.Array(CableClass),
    excluded: Type.Array(
      Type.Object({ ticketId: Type.String(), maintenanceWindowId: Type.String() }, closed),
      {
        description: 'Faults inside planned maintenance: no SLA clock (vn:2.1.3, vn:2.2.5)',
      },
    ),
    unclassified: Type.Array(Type.String(), {
      description: 'Tickets whose fiber count is no row of the table',
    }),
    breachCount: Type.Integer(),
    because: Type.Array(Type.String()),
  },
  closed,
);

/** The SLA clock explained, and the SLA report per seller and period. */
export function slaRoutes(server: HttpServer, app: App): void {
  server.get(
    '/explain/sla',
    {
      schema: {
        tags: ['explain'],
        summary: 'The repair deadlines of a physical fiber break (vn:6.4.10)',
        description:
          'From the first report, the average and maximum repair times of the cable’s fiber count ' +
          '(12/24 fibers 6/8 h, 48: 9/14, 96: 12/18, 144: 18/22, 192: 20/26 in the VitrumNet terms), plus ' +
          '2 hours for a direct definitive repair. Elapsed hours, day and night (vn:6.4.11): the deadlines ' +
          'are instants, shown in Europe/Amsterdam with the offset of their own moment.',
        querystring: SlaQuery,
        response: { 200: SlaAnswer },
      },
    },
    async (request) => {
      const profiles = await storedProfilesFor(app.database.db, request.query.profile ?? DEFAULT_SLA_PROFILE);
      return explainSla(request.query, profiles);
    },
  );

  server.get(
    '/sellers/:sellerId/sla-report',
    {
      schema: {
        tags: ['operations'],
        summary: 'The SLA report of a period, per cable class (vn:6.4.10)',
        description:
          "Per row of the seller's repair-time table: the fiber breaks repaired in the period and their mean " +
          'elapsed repair time against the average, and the breaches — a repair report later than the maximum, ' +
          'or a ticket still open past its maximum at the end of the period — with their tickets. A ticket ' +
          'belongs to the period its repair report falls in; an open one to the period it was reported in. ' +
          'Faults inside planned maintenance are left out.',
        params: Type.Object({ sellerId: Type.String({ minLength: 1, maxLength: 64 }) }, closed),
        querystring: SlaReportQuery,
        response: { 200: SlaReportSchema },
      },
    },
    (request) =>
      getSlaReport(contextOf(app, request), { sellerId: request.params.sellerId, ...request.query }),
  );

  server.get(
    '/sellers/:sellerId/sla-report.svg',
    {
      schema: {
        tags: ['operations'],
        summary: 'The SLA report of a period as a bar chart (SVG)',
        description:
          'Per cable class the mean repair time as a bar, with the average target and the maximum of ' +
          'vn:6.4.10 as marks, the count repaired and the breaches: the same figures as the JSON report.',
        params: Type.Object({ sellerId: Type.String({ minLength: 1, maxLength: 64 }) }, closed),
        querystring: SlaReportQuery,
        produces: ['image/svg+xml'],
      },
    },
    async (request, reply) => {
      const report = await getSlaReport(contextOf(app, request), {
        sellerId: request.params.sellerId,
        ...request.query,
      });
      return reply.type('image/svg+xml; charset=utf-8').send(slaChartSvg(report));
    },
  );
}
