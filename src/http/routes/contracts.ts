import { Type } from 'typebox';
import type { Static, TSchema } from 'typebox';
import type { App } from '../../app.ts';
import {
  NOTICE_CHANNELS,
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
import { ContractSchema, IdParams, IsoDate, TimelineSchema } from '../schemas/contract-schemas.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { optionalDate } from '../optional-date.ts';
import type { HttpServer } from '../server.ts';

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
      listContracts(
        app.database.db,
        optionalDate(request.query.asOf) ?? app.clock.today(),
        request.query.customerId,
      ),
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
      getContract(app.database.db, request.params.id, optionalDate(request.query.asOf) ?? app.clock.today()),
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
    run: (context: Context, id: string, body: Static<B>) => Promise<ContractTimeline>,
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
      (request) => run(contextOf(app, request), request.params.id, request.body as Static<B>),
    );

  action(
    'notice',
    'Notice to end the contract (bit:12.1–12.3, vn:1.6.1; nl:6:236j, nl:tw7.2a after renewal)',
    Type.Object(
      {
        by: Type.Union([Type.Literal('customer'), Type.Literal('seller')]),
        channel: literalUnion(NOTICE_CHANNELS),
        ...on,
      },
      { additionalProperties: false },
    ),
    (context, contractId, body) =>
      giveNotice(context, { contractId, by: body.by, channel: body.channel, on: optionalDate(body.on) }),
  );
  action(
    'cancel',
    'Cancel before delivery, with the cancellation fee (bit:4.1)',
    Type.Object(on, { additionalProperties: false }),
    (context, contractId, body) => cancelContract(context, { contractId, on: optionalDate(body.on) }),
  );
  action(
    'terminate',
    'End at once on a ground of the terms (vn:1.6.3, bit:11.5), with the remaining-term charge (vn:1.6.4)',
    Type.Object({ ground: Type.String(), ...on }, { additionalProperties: false }),
    (context, contractId, body) =>
      terminateContract(context, { contractId, ground: body.ground, on: optionalDate(body.on) }),
  );
  action(
    'notice-of-default',
    'A written summons with a term to comply (vn:1.6.2)',
    Type.Object(
      { breach: Type.String({ minLength: 1 }), termDays: Type.Integer({ minimum: 1, maximum: 365 }), ...on },
      { additionalProperties: false },
    ),
    (context, contractId, body) =>
      sendNoticeOfDefault(context, {
        contractId,
        breach: body.breach,
        termDays: body.termDays,
        on: optionalDate(body.on),
      }),
  );
  action(
    'dissolve',
    'Dissolve after the term of the notice of default passed (vn:1.6.2, vn:1.6.4)',
    Type.Object(on, { additionalProperties: false }),
    (context, contractId, body) => dissolveContract(context, { contractId, on: optionalDate(body.on) }),
  );
  action(
    'transfer',
    "Transfer to another customer, with the seller's written consent (vn:1.9.1)",
    Type.Object(
      {
        toCustomerId: Type.String({ minLength: 1 }),
        consent: Type.Optional(
          Type.Object({ by: Type.String({ minLength: 1 }), on: IsoDate }, { additionalProperties: false }),
        ),
        ...on,
      },
      { additionalProperties: false },
    ),
    (context, contractId, body) =>
      transferContract(context, {
        contractId,
        toCustomerId: body.toCustomerId,
        ...(body.consent ? { consent: { by: body.consent.by, on: parsePlainDate(body.consent.on) } } : {}),
        on: optionalDate(body.on),
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
    (context, contractId, body) =>
      agreeDeviation(context, {
        contractId,
        parameter: body.parameter,
        value: body.value,
        agreedBy: body.agreedBy,
        on: optionalDate(body.on),
      }),
  );
  action(
    'terms-objections',
    'A written objection, with reasons, to a new version of the terms within its window (vn:1.1.4)',
    Type.Object(
      { versionId: Type.String({ minLength: 1 }), reasons: Type.String({ minLength: 1 }), ...on },
      { additionalProperties: false },
    ),
    (context, contractId, body) =>
      objectToTerms(context, {
        contractId,
        versionId: body.versionId,
        reasons: body.reasons,
        on: optionalDate(body.on),
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
    (context, contractId, body) =>
      decideTermsObjection(context, {
        contractId,
        versionId: body.versionId,
        outcome: body.outcome,
        on: optionalDate(body.on),
      }),
  );
}
