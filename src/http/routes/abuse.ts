import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  escalateAbuseCase,
  getAbuseCase,
  liftAbuseMeasure,
  listAbuseCases,
  openAbuseCase,
  takeAbuseMeasure,
} from '../../operations/index.ts';
import {
  ABUSE_CASE_STATES,
  ABUSE_CATEGORIES,
  ABUSE_MEASURES,
  ABUSE_SOURCES,
} from '../../operations/schema.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['operations'];
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ format: 'date' });
const NullableString = Type.Union([Type.String(), Type.Null()]);

const MeasureSchema = Type.Object({
  id: Type.Integer(),
  serviceId: Type.String(),
  measure: Type.String({ examples: [...ABUSE_MEASURES] }),
  startedAt: Type.String(),
  startedBy: Type.String(),
  liftedAt: NullableString,
  liftedBy: NullableString,
});
const CaseFields = {
  id: Type.String({ examples: ['AB-1'] }),
  sellerId: Type.String(),
  customerId: Type.String(),
  serviceId: NullableString,
  contractId: NullableString,
  category: Type.String({ description: 'vn:4.1.2 a–j', examples: [...ABUSE_CATEGORIES] }),
  categoryLabel: Type.String(),
  source: Type.String({ examples: [...ABUSE_SOURCES] }),
  evidence: Type.String(),
  state: Type.String({ examples: [...ABUSE_CASE_STATES] }),
  openedAt: Type.String(),
  openedBy: Type.String(),
  escalation: Type.Union([Type.Literal('dissolve'), Type.Literal('terminate'), Type.Null()]),
  escalatedOn: NullableString,
  closedAt: NullableString,
  measures: Type.Array(MeasureSchema),
  because: Type.Array(Type.String()),
};
const CaseSchema = Type.Object(CaseFields);
const EscalatedSchema = Type.Object({
  ...CaseFields,
  outcome: Type.Object({
    contractId: Type.String(),
    action: Type.Union([Type.Literal('dissolve'), Type.Literal('terminate')]),
    on: Day,
    effectiveEnd: NullableString,
    remainingTermChargeCents: Type.Union([Type.Integer(), Type.Null()]),
  }),
});
const OpenBody = Type.Object(
  {
    sellerId: Id,
    customerId: Id,
    serviceId: Type.Optional(Id),
    contractId: Type.Optional(Id),
    category: Type.String({ maxLength: 8, description: 'vn:4.1.2 a–j', examples: ['d'] }),
    source: Type.String({ maxLength: 32, examples: [...ABUSE_SOURCES] }),
    evidence: Type.String({ maxLength: 4000, description: 'What was seen, where and when' }),
  },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

/** Abuse and fair use (vn:4.1, bit:12.4): cases, measures on services, lifting, escalation. */
export function abuseRoutes(server: HttpServer, app: App): void {
  server.post(
    '/abuse-cases',
    {
      schema: {
        tags,
        summary: "Open an abuse case against a customer's service or contract",
        description:
          'A case names what is breached (vn:4.1.2 a–j), where it came from (vn:4.1.4: a legal order, a third ' +
          "party's notice, own detection) and the evidence. Give the service, the contract, or both; the " +
          "service's contract is taken when only the service is given.",
        body: OpenBody,
        response: { 201: CaseSchema },
      },
    },
    async (request, reply) => {
      const opened = await openAbuseCase(contextOf(app, request), request.body);
      return reply.status(201).header('location', `/abuse-cases/${opened.id}`).send(opened);
    },
  );

  server.get(
    '/abuse-cases',
    {
      schema: {
        tags,
        summary: 'Abuse cases, newest first, by seller, customer or state',
        querystring: Type.Object(
          {
            sellerId: Type.Optional(Id),
            customerId: Type.Optional(Id),
            state: Type.Optional(Type.String({ examples: [...ABUSE_CASE_STATES] })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(CaseSchema) },
      },
    },
    (request) => listAbuseCases(app.database.db, request.query),
  );

  server.get(
    '/abuse-cases/:id',
    {
      schema: {
        tags,
        summary: 'One abuse case with its measures',
        params: IdParams,
        response: { 200: CaseSchema },
      },
    },
    (request) => getAbuseCase(app.database.db, request.params.id),
  );

  server.post(
    '/abuse-cases/:id/measures',
    {
      schema: {
        tags,
        summary: "Block, filter or suspend the case's service(s) through provisioning; billing continues",
        description:
          'vn:4.1.4: the measure stays until the customer complies; vn:4.1.5: the payment obligations continue, ' +
          "billing is not touched. The seller's terms say which measures exist (VitrumNet: block, filter, " +
          'suspend; BIT: suspend). Without a service on the case, every running service of its contract is held. ' +
          'The customer is told.',
        params: IdParams,
        body: Type.Object(
          { measure: Type.String({ maxLength: 16, examples: [...ABUSE_MEASURES] }) },
          { additionalProperties: false },
        ),
        response: { 200: CaseSchema },
      },
    },
    (request) =>
      takeAbuseMeasure(contextOf(app, request), { caseId: request.params.id, measure: request.body.measure }),
  );

  server.post(
    '/abuse-cases/:id/lift',
    {
      schema: {
        tags,
        summary: 'The customer complied: lift the measures in force',
        params: IdParams,
        response: { 200: CaseSchema },
      },
    },
    (request) => liftAbuseMeasure(contextOf(app, request), { caseId: request.params.id }),
  );

  server.post(
    '/abuse-cases/:id/escalate',
    {
      schema: {
        tags,
        summary: "End the case's contract: dissolution (vn:4.1.6) or termination (bit:12.4)",
        description:
          'VitrumNet dissolves under vn:1.6.2 without refund (vn:4.1.6): a notice of default must have been sent ' +
          "and its term run out. BIT terminates in writing on the ground 'abuse-policy-breach' (bit:12.4). A " +
          "refusal by the contract's terms changes nothing.",
        params: IdParams,
        body: Type.Optional(Type.Object({ on: Type.Optional(Day) }, { additionalProperties: false })),
        response: { 200: EscalatedSchema },
      },
    },
    (request) => {
      const on = optionalDate(request.body?.on);
      return escalateAbuseCase(contextOf(app, request), { caseId: request.params.id, ...(on ? { on } : {}) });
    },
  );
}
