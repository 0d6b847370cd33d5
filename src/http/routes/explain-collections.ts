import { Type } from 'typebox';
import { INTEREST_KINDS } from '../../collections/rules/interest-rates.ts';
import { explainInterest } from '../../explain/index.ts';
import type { HttpServer } from '../server.ts';

/*
 * GET /explain/interest: the statutory interest rules applied to the figures given, answered exactly
 * as `vezel explain interest --json` answers.
 */

const closed = { additionalProperties: false } as const;
const Because = Type.Array(Type.String(), { description: 'The rule ids that produced the answer' });
const Amount = (description: string) => Type.String({ pattern: '^-?[0-9]+\\.[0-9]{2}$', description });
const Day = (description: string, example?: string) =>
  Type.String({ format: 'date', description, ...(example ? { examples: [example] } : {}) });

const InterestQuery = Type.Object(
  {
    kind: Type.Enum(INTEREST_KINDS, {
      description: 'commercial (nl:6:119a, business customers) or non-commercial (nl:6:119, consumers)',
    }),
    // Read by the explain question (money's parseAmount), which names the field when it is wrong.
    principal: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'The amount due: 1234.56 or € 1.234,56',
      examples: ['10000.00'],
    }),
    due: Day('The due date; interest runs from the day after', '2023-03-15'),
    until: Day('The day of payment: the last day interest runs', '2025-03-20'),
  },
  closed,
);

const InterestPeriod = Type.Object(
  {
    from: Day('First day'),
    through: Day('Last day, inclusive'),
    days: Type.Integer(),
    percent: Type.String({ description: 'The statutory rate per year in force' }),
    principal: Amount('What the interest ran on, interest of earlier years included'),
    interest: Amount('principal × percent × days / 365, rounded half away from zero to the cent'),
  },
  closed,
);

const InterestAnswer = Type.Object(
  {
    interest: Amount('The interest owed: the sum of the periods'),
    because: Because,
    kind: Type.Enum(INTEREST_KINDS),
    principal: Amount('As asked'),
    due: Day('As asked'),
    defaultFrom: Day('The first day interest runs: the day after the due date'),
    until: Day('As asked'),
    periods: Type.Array(InterestPeriod, {
      description: 'Split at every change of rate or principal and at every anniversary of defaultFrom',
    }),
    compounded: Type.Array(
      Type.Object({ on: Day('An anniversary of defaultFrom'), added: Amount("The year's interest") }, closed),
      { description: 'nl:6:119 lid 2: the interest of each full year added to the principal' },
    ),
  },
  closed,
);

export function explainCollectionRoutes(server: HttpServer): void {
  server.get(
    '/explain/interest',
    {
      schema: {
        tags: ['explain'],
        summary: 'Statutory interest on an amount paid late (bit:11.6; nl:6:119, nl:6:119a)',
        description:
          'Interest runs from the day after the due date up to and including the day of payment, simple ' +
          'interest per day (days / 365, also in a leap year) at the statutory rate of each half year, ' +
          'compounded on each anniversary of the first day of default, rounded to the cent per period.',
        querystring: InterestQuery,
        response: { 200: InterestAnswer },
      },
    },
    (request) => explainInterest(request.query),
  );
}
