import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  getDunningLetter,
  listDunningCases,
  renderDunningLetterPdf,
  runDunning,
} from '../../collections/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['collections'];
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ format: 'date' });
const NullableDay = Type.Union([Day, Type.Null()]);

const LetterSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  step: Type.String(),
  sentOn: Day,
  payBy: NullableDay,
  totalCents: Type.Integer(),
  because: Type.Array(Type.String()),
  letter: Type.Object(
    {},
    { additionalProperties: true, description: 'The letter as sent: claims, costs, terms' },
  ),
});

const CaseSchema = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  customerId: Type.String(),
  openedOn: Day,
  closedOn: NullableDay,
  suspendedOn: NullableDay,
  dissolvedOn: NullableDay,
  letters: Type.Array(LetterSchema),
});

const RunReport = Type.Object({
  sellerId: Type.String(),
  asOf: Day,
  reviewed: Type.Integer(),
  steps: Type.Array(
    Type.Object({
      customerId: Type.String(),
      caseId: Type.String(),
      step: Type.String(),
      letterId: Type.String(),
      totalCents: Type.Integer(),
      contracts: Type.Array(
        Type.Object({
          contractId: Type.String(),
          action: Type.String(),
          refused: Type.Union([Type.String(), Type.Null()]),
        }),
      ),
    }),
  ),
  closed: Type.Array(
    Type.Object({
      customerId: Type.String(),
      caseId: Type.String(),
      resumedServices: Type.Array(Type.String()),
    }),
  ),
});

/** The dunning ladder: the daily run, a customer's cases and letters, a letter as PDF. */
export function dunningRoutes(server: HttpServer, app: App): void {
  server.post(
    '/sellers/:sellerId/dunning-runs',
    {
      schema: {
        tags,
        summary: "Run the seller's dunning ladder for a day: each customer takes the step due, once",
        description:
          'The steps and their days come from the terms profile (`dunning`): reminder (with the vn:7.1.6 fee), ' +
          'for consumers the 14-day letter (art. 6:96 lid 6 BW), collection costs (nl:bik), suspension ' +
          '(vn:7.1.7, bit:11.5), notice of default (vn:1.6.2), dissolution (vn:1.6.2, vn:1.6.4). A disputed part ' +
          'is left out (bit:9.5). Running again on the same day takes nothing twice.',
        params: Type.Object({ sellerId: Id }, { additionalProperties: false }),
        body: Type.Object({ asOf: Type.Optional(Day) }, { additionalProperties: false }),
        response: { 200: RunReport },
      },
    },
    (request) =>
      runDunning(contextOf(app, request), {
        sellerId: request.params.sellerId,
        asOf: optionalDate(request.body.asOf) ?? app.clock.today(),
      }),
  );

  server.get(
    '/customers/:customerId/dunning-cases',
    {
      schema: {
        tags,
        summary: "A customer's dunning cases with their letters, oldest first",
        params: Type.Object({ customerId: Id }, { additionalProperties: false }),
        response: { 200: Type.Array(CaseSchema) },
      },
    },
    (request) => listDunningCases(app.database, request.params.customerId),
  );

  server.get(
    '/dunning-letters/:id',
    {
      schema: {
        tags,
        summary: 'One dunning letter as it was sent',
        params: Type.Object({ id: Id }, { additionalProperties: false }),
        response: { 200: LetterSchema },
      },
    },
    (request) => getDunningLetter(app.database, request.params.id),
  );

  server.get(
    '/dunning-letters/:id/pdf',
    {
      schema: {
        tags,
        summary: "A dunning letter as PDF, in the customer's language",
        params: Type.Object({ id: Id }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const pdf = await renderDunningLetterPdf(app.database, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${request.params.id}.pdf"`)
        .send(pdf);
    },
  );
}
