import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { SCHEDULED_RUN_STATES, listScheduledRuns } from '../../platform/scheduler/index.ts';
import type { HttpServer } from '../server.ts';

const tags = ['scheduler'];
const Instant = Type.String({ format: 'date-time' });
const NullableInstant = Type.Union([Instant, Type.Null()]);

const RunSchema = Type.Object({
  job: Type.String({
    description:
      'form-due-contracts, close-ended-contracts, remind-cpe-returns, bill-runs, dunning, refresh-contract-dates, ' +
      'forget-idempotency-keys',
  }),
  day: Type.String({ format: 'date', description: 'The day (Europe/Amsterdam) the job ran for' }),
  state: Type.Unsafe<(typeof SCHEDULED_RUN_STATES)[number]>({
    type: 'string',
    enum: [...SCHEDULED_RUN_STATES],
  }),
  attempts: Type.Integer({
    minimum: 1,
    description: 'Claims so far: more than 1 after a takeover or a retry',
  }),
  claimedBy: Type.String({ description: 'The worker holding or last holding it: host:pid' }),
  leaseUntil: Type.Union([Instant, Type.Null()], {
    description:
      'Running: the lease (another worker takes over after it). Failed: the next retry. Done: null',
  }),
  startedAt: Instant,
  finishedAt: NullableInstant,
  lastError: Type.Union([Type.String(), Type.Null()]),
  result: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
    description: 'What the job did: counts and ids',
  }),
});

/** The scheduler's runs: what `vezel worker` did, does and failed at, day by day. */
export function schedulerRoutes(server: HttpServer, app: App): void {
  server.get(
    '/scheduler/runs',
    {
      schema: {
        tags,
        summary: 'Recent runs of the daily cycle, the latest day first',
        description:
          'One row per job and day: `vezel worker` processes claim each (job, day) once however many run; a ' +
          'worker that dies leaves a `running` row whose lease runs out, and the next worker takes it over. ' +
          'A `failed` row is retried from `leaseUntil` until its attempts run out; then it waits for a person.',
        querystring: Type.Object(
          {
            job: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            day: Type.Optional(Type.String({ format: 'date' })),
            state: Type.Optional(Type.Unsafe<string>({ type: 'string', enum: [...SCHEDULED_RUN_STATES] })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(RunSchema) },
      },
    },
    (request) => listScheduledRuns(app.database.db, request.query),
  );
}
