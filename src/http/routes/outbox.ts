import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { PROVISIONING_JOB_STATES } from '../../network/rules/inventory-states.ts';
import {
  CONFIRM_OUTCOMES,
  confirmProvisioningJob,
} from '../../network/use-cases/confirm-provisioning-job.ts';
import {
  getProvisioningJob,
  listProvisioningJobViews,
} from '../../network/use-cases/get-provisioning-job.ts';
import { retryProvisioningJob } from '../../network/use-cases/retry-provisioning-job.ts';
import {
  MESSAGE_CHANNELS,
  MESSAGE_STATES,
  getMessage,
  listMessageViews,
  readMessageEml,
  retryMessage,
} from '../../notifications/index.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['outbox'];
/** One of a few strings, as a JSON Schema `enum`: refused with one problem naming them all. */
const oneOf = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });
const IdParams = Type.Object({ id: Type.String({ minLength: 1 }) }, { additionalProperties: false });
const Instant = Type.String({ format: 'date-time' });
const NullableInstant = Type.Union([Instant, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const Json = Type.Record(Type.String(), Type.Unknown());

const ProvisioningJobSchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Also the Vezel-Delivery-Id the automation dedupes by' }),
  subject: Type.String({ description: 'What it is about: service:S-1, link:L-4' }),
  action: Type.String({ description: 'service.open, service.close, link.up, link.down, vlan.add, …' }),
  payload: Json,
  state: oneOf(PROVISIONING_JOB_STATES),
  attempts: Type.Integer({ minimum: 0 }),
  nextAttemptAt: Type.Union([Instant, Type.Null()], { description: 'Null once no longer pending' }),
  lastError: NullableString,
  createdAt: Instant,
  deliveredAt: NullableInstant,
  confirmedAt: NullableInstant,
  confirmedBy: NullableString,
});

const MessageSchema = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'order-planned, service-released, price-change, cpe-return-reminder, …' }),
  channel: oneOf(MESSAGE_CHANNELS),
  customerId: NullableString,
  providerId: NullableString,
  about: Type.String({ description: 'network-order:NO-3, product:P-2, cpe:CPE-7' }),
  recipient: Type.String({ description: 'The e-mail address or webhook URL' }),
  subject: Type.String(),
  body: Type.String(),
  payload: Json,
  because: Type.Array(Type.String(), { description: 'The rule ids that call for the message' }),
  state: oneOf(MESSAGE_STATES),
  attempts: Type.Integer({ minimum: 0 }),
  nextAttemptAt: NullableInstant,
  lastError: NullableString,
  emlUrl: Type.Union([Type.String(), Type.Null()], { description: 'The written .eml file, when one was' }),
  createdAt: Instant,
  sentAt: NullableInstant,
});

/** The two outboxes: provisioning jobs for the network automation, and messages. */
export function outboxRoutes(server: HttpServer, app: App): void {
  server.get(
    '/provisioning-jobs',
    {
      schema: {
        tags,
        summary: 'Provisioning jobs, oldest first: what the network automation is asked to change',
        querystring: Type.Object(
          {
            state: Type.Optional(oneOf(PROVISIONING_JOB_STATES)),
            subject: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(ProvisioningJobSchema) },
      },
    },
    (request) => listProvisioningJobViews(app.database.db, request.query),
  );

  server.get(
    '/provisioning-jobs/:id',
    {
      schema: {
        tags,
        summary: 'One provisioning job',
        params: IdParams,
        response: { 200: ProvisioningJobSchema },
      },
    },
    (request) => getProvisioningJob(app.database.db, request.params.id),
  );

  server.post(
    '/provisioning-jobs/:id/confirm',
    {
      schema: {
        tags,
        summary: "The automation's callback (or an engineer's answer): the job is done, or failed",
        description:
          'done: a pending or delivered job becomes confirmed; failed: it becomes failed with the detail as its ' +
          'error. Repeating an answer returns the same job; a failed job answers 409 until retried.',
        params: IdParams,
        body: Type.Object(
          {
            outcome: oneOf(CONFIRM_OUTCOMES),
            detail: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ProvisioningJobSchema },
      },
    },
    (request) => confirmProvisioningJob(contextOf(app, request), { id: request.params.id, ...request.body }),
  );

  server.post(
    '/provisioning-jobs/:id/retry',
    {
      schema: {
        tags,
        summary: 'A failed job back in the outbox, due now, attempts counted afresh',
        params: IdParams,
        response: { 200: ProvisioningJobSchema },
      },
    },
    (request) => retryProvisioningJob(contextOf(app, request), request.params.id),
  );

  server.get(
    '/messages',
    {
      schema: {
        tags,
        summary: "Messages the terms called for, oldest first: a customer's are its timeline",
        querystring: Type.Object(
          {
            customerId: Type.Optional(Type.String()),
            providerId: Type.Optional(Type.String()),
            about: Type.Optional(Type.String()),
            state: Type.Optional(oneOf(MESSAGE_STATES)),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(MessageSchema) },
      },
    },
    (request) => listMessageViews(app.database.db, request.query),
  );

  server.get(
    '/messages/:id',
    { schema: { tags, summary: 'One message', params: IdParams, response: { 200: MessageSchema } } },
    (request) => getMessage(app.database.db, request.params.id),
  );

  server.get(
    '/messages/:id/eml',
    {
      schema: {
        tags,
        summary: 'The e-mail as written to the outbox folder (RFC 5322), when no SMTP server was configured',
        params: IdParams,
        response: {
          200: {
            description: 'The .eml file',
            content: { 'message/rfc822': { schema: Type.Unsafe<Buffer>(Type.String({ format: 'binary' })) } },
          },
        },
      },
    },
    async (request, reply) => {
      const eml = await readMessageEml(app.database.db, request.params.id);
      return reply
        .type('message/rfc822')
        .header('Content-Disposition', `inline; filename="${eml.fileName}"`)
        .send(eml.content);
    },
  );

  server.post(
    '/messages/:id/retry',
    {
      schema: {
        tags,
        summary: 'A failed message back in the outbox, due now, attempts counted afresh',
        params: IdParams,
        response: { 200: MessageSchema },
      },
    },
    (request) => retryMessage(contextOf(app, request), request.params.id),
  );
}
