import { Type } from 'typebox';
import type { TSchema } from 'typebox';
import type { App } from '../../app.ts';
import {
  decideTermsObjection,
  objectToTerms,
  agreeDeviation,
  cancelContract,
  dissolveContract,
  formDueContracts,
  getContract,
  giveNotice,
  listContracts,
  sendNoticeOfDefault,
  terminateContract,
  transferContract,
} from '../../contracts/index.ts';
import type { ContractTimeline } from '../../contracts/index.ts';
import type { Context } from '../../platform/context.ts';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { contextOf } from '../request-context.ts';
import {
  ContractSchema,
  CustomerKind,
  IdParams,
  IsoDate,
  TimelineSchema,
} from '../schemas/contract-schemas.ts';
import type { HttpServer } from '../server.ts';

const day = (text: string | undefined) => (text === undefined ? undefined : parsePlainDate(text));
const tags = ['contracts'];
const on = { on: Type.Optional(IsoDate) };

export function contractRoutes(server: HttpServer, app: App): void {
  server.get(
    '/contracts',
    {
      schema: {
        tags,
        summary: "Contracts with their timelines, optionally one customer's",
        querystring: Type.Object(
          { customerId: Type.Optional(Type.String()), asOf: Type.Optional(IsoDate) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(ContractSchema) },
      },
    },
    (request) =>
      listContracts(app.database.db, day(request.query.asOf) ?? app.clock.today(), request.query.customerId),
  );

  server.get(
    '/contracts/:id',
    {
      schema: {
        tags,
        summary: 'A contract: its timeline computed by the rules, its events, and what may be done now',
        params: IdParams,
        querystring: Type.Object({ asOf: Type.Optional(IsoDate) }, { additionalProperties: false }),
        response: { 200: ContractSchema },
      },
    },
    (request) =>
      getContract(app.database.db, request.params.id, day(request.query.asOf) ?? app.clock.today()),
  );

  server.post(
    '/contracts/form-due',
    {
      schema: {
        tags,
        summary:
          'Form the contracts of orders whose refusal window closed (bit:2.3); part of the daily cycle',
        response: { 200: Type.Object({ formed: Type.Array(Type.String()) }) },
      },
    },
    (request) => formDueContracts(contextOf(app, request)),
  );

  const action = <B extends TSchema>(
    path: string,
    summary: string,
    body: B,
    run: (context: Context, id: string, body: never) => Promise<ContractTimeline>,
  ) =>
    server.post(
      `/contracts/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          description:
            'Answers the new timeline; an action the terms do not allow now answers 409 with what is allowed instead.',
          params: IdParams,
          body,
          response: { 200: TimelineSchema },
        },
      },
      (request) => run(contextOf(app, request), request.params.id, request.body as never),
    );

  action(
    'notice',
    'Notice to end the contract (bit:12.1–12.3, vn:1.6.1; nl:6:236j, nl:tw7.2a after renewal)',
    Type.Object(
      {
        by: Type.Union([Type.Literal('customer'), Type.Literal('seller')]),
        channel: Type.Union(['post', 'email', 'registered-letter', 'portal'].map((c) => Type.Literal(c))),
        ...on,
      },
      { additionalProperties: false },
    ),
    (context, contractId, body: { by: 'customer' | 'seller'; channel: 'post'; on?: string }) =>
      giveNotice(context, { contractId, by: body.by, channel: body.channel, on: day(body.on) }),
  );
  action(
    'cancel',
    'Cancel before delivery, with the cancellation fee (bit:4.1)',
    Type.Object(on, { additionalProperties: false }),
    (context, contractId, body: { on?: string }) => cancelContract(context, { contractId, on: day(body.on) }),
  );
  action(
    'terminate',
    'End at once on a ground of the terms (vn:1.6.3, bit:11.5), with the remaining-term charge (vn:1.6.4)',
    Type.Object({ ground: Type.String(), ...on }, { additionalProperties: false }),
    (context, contractId, body: { ground: string; on?: string }) =>
      terminateContract(context, { contractId, ground: body.ground, on: day(body.on) }),
  );
  action(
    'notice-of-default',
    'A written summons with a term to comply (vn:1.6.2)',
    Type.Object(
      { breach: Type.String({ minLength: 1 }), termDays: Type.Integer({ minimum: 1, maximum: 365 }), ...on },
      { additionalProperties: false },
    ),
    (context, contractId, body: { breach: string; termDays: number; on?: string }) =>
      sendNoticeOfDefault(context, {
        contractId,
        breach: body.breach,
        termDays: body.termDays,
        on: day(body.on),
      }),
  );
  action(
    'dissolve',
    'Dissolve after the term of the notice of default passed (vn:1.6.2, vn:1.6.4)',
    Type.Object(on, { additionalProperties: false }),
    (context, contractId, body: { on?: string }) =>
      dissolveContract(context, { contractId, on: day(body.on) }),
  );
  action(
    'transfer',
    "Transfer to another customer, with the seller's written consent (vn:1.9.1)",
    Type.Object(
      {
        toCustomerId: Type.String({ minLength: 1 }),
        toCustomerKind: CustomerKind,
        consent: Type.Optional(
          Type.Object({ by: Type.String({ minLength: 1 }), on: IsoDate }, { additionalProperties: false }),
        ),
        ...on,
      },
      { additionalProperties: false },
    ),
    (
      context,
      contractId,
      body: {
        toCustomerId: string;
        toCustomerKind: 'business' | 'consumer';
        consent?: { by: string; on: string };
        on?: string;
      },
    ) =>
      transferContract(context, {
        contractId,
        toCustomerId: body.toCustomerId,
        toCustomerKind: body.toCustomerKind,
        ...(body.consent ? { consent: { by: body.consent.by, on: parsePlainDate(body.consent.on) } } : {}),
        on: day(body.on),
      }),
  );
  action(
    'deviations',
    'A written deviation from the terms for this contract (bit:1.1)',
    Type.Object(
      {
        parameter: Type.String({ minLength: 1 }),
        value: Type.Unknown(),
        agreedBy: Type.String({ minLength: 1 }),
        ...on,
      },
      { additionalProperties: false, required: ['parameter', 'value', 'agreedBy'] },
    ),
    (context, contractId, body: { parameter: string; value: unknown; agreedBy: string; on?: string }) =>
      agreeDeviation(context, {
        contractId,
        parameter: body.parameter,
        value: body.value,
        agreedBy: body.agreedBy,
        on: day(body.on),
      }),
  );
  action(
    'terms-objections',
    'A written objection, with reasons, to a new version of the terms within its window (vn:1.1.4)',
    Type.Object(
      { versionId: Type.String({ minLength: 1 }), reasons: Type.String({ minLength: 1 }), ...on },
      { additionalProperties: false },
    ),
    (context, contractId, body: { versionId: string; reasons: string; on?: string }) =>
      objectToTerms(context, {
        contractId,
        versionId: body.versionId,
        reasons: body.reasons,
        on: day(body.on),
      }),
  );
  action(
    'terms-objections/decision',
    "The operator's decision on an objection: the new version applies after all, or the old one stays (vn:1.1.4)",
    Type.Object(
      {
        versionId: Type.String({ minLength: 1 }),
        outcome: Type.Union([Type.Literal('new-version-applies'), Type.Literal('old-version-kept')]),
        ...on,
      },
      { additionalProperties: false },
    ),
    (
      context,
      contractId,
      body: { versionId: string; outcome: 'new-version-applies' | 'old-version-kept'; on?: string },
    ) =>
      decideTermsObjection(context, {
        contractId,
        versionId: body.versionId,
        outcome: body.outcome,
        on: day(body.on),
      }),
  );
}
