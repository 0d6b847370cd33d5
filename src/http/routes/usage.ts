import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  MAX_DESCRIPTION,
  MAX_RECORD_ID,
  MAX_REFERENCE,
  MAX_SAMPLE_BATCH,
  MAX_USAGE_BATCH,
  addMeteredPort,
  ratePortBandwidth,
  recordPortSamples,
  recordUsage,
} from '../../billing/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { contextOf } from '../request-context.ts';
import { explanation } from '../schemas/explanation-schema.ts';
import type { HttpServer } from '../server.ts';
import { describeValidationErrors } from '../validation-messages.ts';

const tags = ['usage'];
const Reference = Type.String({ minLength: 1, maxLength: MAX_REFERENCE });
const Optional = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));

const UsageRecordSchema = Type.Object(
  {
    recordId: Type.String({
      minLength: 1,
      maxLength: MAX_RECORD_ID,
      description: 'Your own key: sent again, it adds nothing',
    }),
    customerId: Reference,
    productId: Type.String({
      minLength: 1,
      maxLength: MAX_REFERENCE,
      description: 'A usage or hourly product of the seller',
    }),
    quantity: Type.Union([Type.String({ maxLength: 32 }), Type.Number()], {
      description: 'More than 0, at most 6 decimals; as text ("12.5") for exactness',
    }),
    occurredOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, not after today' }),
    subscriptionId: Optional(MAX_REFERENCE),
    description: Optional(MAX_DESCRIPTION),
  },
  { additionalProperties: false },
);

const IntakeSchema = Type.Object({
  received: Type.Integer(),
  added: Type.Integer({ description: 'New records' }),
  duplicates: Type.Integer({
    description: 'Records already there (same recordId), or repeated in the batch',
  }),
});

const PortIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: MAX_REFERENCE }) });

const MeteredPortSchema = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  customerId: Type.String(),
  subscriptionId: Type.Union([Type.String(), Type.Null()]),
  productId: Type.String(),
  description: Type.String(),
  createdAt: Type.String(),
});

const Counter = Type.Union([Type.String({ pattern: '^[0-9]{1,20}$' }), Type.Integer({ minimum: 0 })], {
  description: 'The 64-bit octet counter as decimal text',
});

const RatingSchema = Type.Object({
  portId: Type.String(),
  month: Type.String(),
  from: Type.String(),
  to: Type.String(),
  expectedIntervals: Type.Integer(),
  percentile: explanation(
    Type.Object({
      billedMbps: Type.String({ description: 'Mbit/s, 3 decimals, rounded half up' }),
      inboundBps: Type.String({ description: 'bit/s, as decimal text' }),
      outboundBps: Type.String(),
      direction: literalUnion(['in', 'out'] as const),
      samples: Type.Integer(),
      intervals: Type.Integer({ description: 'Intervals rated (not dropped as gap or restart)' }),
      gaps: Type.Array(Type.Object({ from: Type.String(), to: Type.String() })),
      resets: Type.Array(Type.String()),
    }),
    'The 95th percentile of the 5-minute rates, top 5 % discarded: rank ceil(0.95 × n) (vn:7.1.4)',
  ),
  usageRecord: Type.Union([
    Type.Object({
      recordId: Type.String(),
      quantity: Type.String(),
      occurredOn: Type.String(),
      added: Type.Boolean(),
    }),
    Type.Null(),
  ]),
});

/** Usage in arrears (vn:7.1.4, hours bit:5.1, vn:6.4.8) and the ports billed by the 95th percentile. */
export function usageRoutes(server: HttpServer, app: App): void {
  server.post(
    '/v1/usage',
    {
      // 10,000 records with descriptions run to a few MiB.
      bodyLimit: 16 * 1024 * 1024,
      attachValidation: true,
      schema: {
        tags,
        summary: 'Record a batch of usage (at most 10,000 records), idempotent by recordId',
        description:
          'Measured usage (traffic, power, 95th-percentile bandwidth: vn:7.1.4) and hours (bit:5.1, ' +
          'vn:6.4.8) for the next bill run, in one transaction. A record whose recordId the seller has ' +
          'already is a duplicate and changes nothing, so a batch may be sent again safely. Any bad ' +
          'record refuses the whole batch with 400 naming it, e.g. `records[3].quantity`.',
        body: Type.Object(
          {
            sellerId: Reference,
            records: Type.Array(UsageRecordSchema, { maxItems: MAX_USAGE_BATCH }),
          },
          { additionalProperties: false },
        ),
        response: { 200: IntakeSchema },
      },
    },
    async (request) => {
      refuseInvalidBody(request.validationError);
      return recordUsage(contextOf(app, request), request.body.sellerId, request.body.records);
    },
  );

  server.post(
    '/metered-ports',
    {
      schema: {
        tags,
        summary: 'Add a switch port billed by the 95th percentile of its bandwidth',
        body: Type.Object(
          {
            id: Type.String({
              minLength: 1,
              maxLength: MAX_REFERENCE,
              description: 'The port, e.g. ams1-sw3:xe-0/0/12',
            }),
            sellerId: Reference,
            customerId: Reference,
            productId: Type.String({
              minLength: 1,
              maxLength: MAX_REFERENCE,
              description: 'A usage-bandwidth-95 product',
            }),
            description: Type.String({ minLength: 1, maxLength: 200 }),
            subscriptionId: Optional(MAX_REFERENCE),
          },
          { additionalProperties: false },
        ),
        response: { 201: MeteredPortSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addMeteredPort(contextOf(app, request), request.body)),
  );

  server.post(
    '/metered-ports/:id/samples',
    {
      bodyLimit: 4 * 1024 * 1024,
      attachValidation: true,
      schema: {
        tags,
        summary: "Record a port's 5-minute counter readings (at most 10,000), idempotent by instant",
        params: PortIdParams,
        body: Type.Object(
          {
            samples: Type.Array(
              Type.Object(
                {
                  at: Type.String({ maxLength: 40, description: 'ISO 8601 instant' }),
                  inOctets: Counter,
                  outOctets: Counter,
                },
                { additionalProperties: false },
              ),
              { maxItems: MAX_SAMPLE_BATCH },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: IntakeSchema },
      },
    },
    async (request) => {
      refuseInvalidBody(request.validationError);
      return recordPortSamples(contextOf(app, request), request.params.id, request.body.samples);
    },
  );

  server.post(
    '/metered-ports/:id/rate',
    {
      schema: {
        tags,
        summary: "Rate a port's month by its 95th percentile and record it as usage, once (vn:7.1.4)",
        description:
          'The month is over in Europe/Amsterdam first. Gaps (a sample more than 7.5 minutes after the ' +
          'last) and counter restarts are dropped and listed, never guessed. The usage record ' +
          '`p95:<port>:<month>` is added once: rating the month again explains it and adds nothing.',
        params: PortIdParams,
        body: Type.Object(
          { month: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$', description: 'YYYY-MM' }) },
          {
            additionalProperties: false,
          },
        ),
        response: { 200: RatingSchema },
      },
    },
    async (request) => ratePortBandwidth(contextOf(app, request), request.params.id, request.body.month),
  );
}

/**
 * The body's schema problems, with list positions written as the use cases write them
 * (`records[3].quantity`, not `records.3.quantity`), so a batch is refused in one voice.
 */
function refuseInvalidBody(
  error: (Error & { validation?: FastifySchemaValidationError[]; validationContext?: string }) | undefined,
) {
  if (!error?.validation) return;
  const problems = describeValidationErrors(error.validation, error.validationContext as never).map((p) => ({
    ...p,
    field: p.field.replace(/\.(\d+)(?=\.|$)/g, '[$1]'),
  }));
  // A union (text or number) fails once per branch: name each field once (its first problem), at most 100.
  const named = new Set<string>();
  const once = problems.filter((p) => !named.has(p.field) && named.add(p.field));
  throw new InvalidInputError(once.slice(0, 100));
}
