import { Type } from 'typebox';
import type { TSchema } from 'typebox';
import type { App } from '../../app.ts';
import {
  COMPLAINT_KINDS,
  CONTRACT_KINDS,
  CUSTOMER_KINDS,
  SERVICE_KINDS,
  maxTermMonths,
} from '../../contracts/rules/index.ts';
import {
  explainCancellationFee,
  explainComplaintDeadline,
  explainFormation,
  explainTermination,
} from '../../explain/index.ts';
import { storedProfilesFor } from '../../explain/stored-profiles.ts';
import { shippedProfileIds } from '../../terms/index.ts';
import type { HttpServer } from '../server.ts';

/*
 * GET /explain/formation, /termination, /cancellation-fee, /complaint-deadline: the contract rules
 * applied to the figures given, answered exactly as `vezel explain …` answers them with --json.
 */

const closed = { additionalProperties: false } as const;
const Day = (description: string, example?: string) =>
  Type.String({ format: 'date', description, ...(example ? { examples: [example] } : {}) });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Because = Type.Array(Type.String(), { description: 'The rule ids that produced the answer' });
const Profile = Type.String({
  minLength: 1,
  maxLength: 100,
  description: 'The terms profile id: a shipped one or one the operator added',
  examples: [...shippedProfileIds],
});
const Months = (description: string) => Type.Integer({ minimum: 1, maximum: maxTermMonths, description });

const FormationQuery = Type.Object(
  {
    profile: Profile,
    orderReceived: Day('The day the order (or the signed application) was received', '2026-03-02'),
    confirmed: Type.Optional(Day('Refusal window (bit:2.3): the seller confirmed in writing')),
    executionStarted: Type.Optional(Day('Refusal window (bit:2.3): the seller started executing the order')),
    refused: Type.Optional(Day('Refusal window (bit:2.3): the seller refused the order')),
    accepted: Type.Optional(Day('Signed acceptance (vn:1.5.2): the seller accepted the application')),
    activated: Type.Optional(Day('Signed acceptance (vn:1.5.4): the service was delivered or activated')),
    signedForm: Type.Optional(
      Type.Boolean({ description: 'Signed acceptance (vn:1.5.2): a signed form was received' }),
    ),
  },
  closed,
);
const FormationAnswer = Type.Object(
  {
    formed: Type.Boolean(),
    formationDate: Nullable(Day('The day the contract came into being')),
    refusalDeadline: Nullable(Day('Refusal window: the last day the seller could refuse')),
    because: Because,
    profile: Type.String(),
    orderReceived: Day('As asked'),
    formedBy: Nullable(
      Type.Enum(['refusal-window', 'written-confirmation', 'execution-start', 'acceptance', 'activation']),
    ),
    refusal: Nullable(Type.Enum(['none', 'in-time', 'too-late'])),
  },
  closed,
);

const TerminationQuery = Type.Object(
  {
    profile: Profile,
    kind: Type.Enum(CONTRACT_KINDS, { description: 'The kind of contract' }),
    start: Day('The first day of the contract', '2025-01-01'),
    termMonths: Type.Optional(Months('The agreed (minimum) term; required for fixed-term')),
    paymentTermMonths: Type.Optional(Months('Third-party: the payment term (vn:1.5.1)')),
    customer: Type.Optional(
      Type.Enum(CUSTOMER_KINDS, { description: "Default: the profile's default kind" }),
    ),
    service: Type.Optional(Type.Enum(SERVICE_KINDS, { description: 'Decides nl:tw7.2a; default other' })),
    notice: Day('The day notice was given', '2026-08-31'),
  },
  closed,
);
const TerminationAnswer = Type.Object(
  {
    effectiveDate: Day('The day the contract ends'),
    because: Because,
    currentTermEnd: Day('The term end (or quarter / year end) current on the notice date'),
    noticeDeadline: Day('The last day notice could be given to end on currentTermEnd'),
    protection: Nullable(Type.Enum(['nl:6:236j', 'nl:tw7.2a'])),
    noticeDate: Day('As asked'),
    notice: Type.Object({ months: Type.Integer(), days: Type.Integer() }, closed),
    endsAt: Type.Enum(['term-end', 'month', 'quarter', 'year']),
    earliestEnd: Day('Notice date + the contractual notice'),
    contractualEnd: Day('The end the contract itself gives'),
    protectedEnd: Nullable(Day('Notice date + the statutory notice, when a law protects the customer')),
    firstTermEnd: Nullable(Day('The end of the first (minimum) term')),
    firstTermMonths: Nullable(Type.Integer()),
    renewalMonths: Nullable(Type.Integer()),
    profile: Type.String(),
    kind: Type.Enum(CONTRACT_KINDS),
    start: Day('As asked'),
    customer: Type.Enum(CUSTOMER_KINDS),
    service: Type.Enum(SERVICE_KINDS),
  },
  closed,
);

const CancellationFeeQuery = Type.Object(
  {
    profile: Profile,
    orderTotalInclVat: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'The order total incl. VAT: 1210.00 or € 1.210,00',
      examples: ['1210.00'],
    }),
  },
  closed,
);
const Amount = (description: string) => Type.String({ pattern: '^-?[0-9]+\\.[0-9]{2}$', description });
const CancellationFeeAnswer = Type.Object(
  {
    fee: Amount('The cancellation costs'),
    because: Because,
    orderTotalInclVat: Amount('As asked'),
    feeRate: Type.String(),
    base: Type.String(),
    needsSellerConsent: Type.Boolean(),
    profile: Type.String(),
  },
  closed,
);

const ComplaintDeadlineQuery = Type.Object(
  {
    profile: Profile,
    kind: Type.Enum(COMPLAINT_KINDS, { description: 'delivery (bit:9.1) or invoice (bit:9.2)' }),
    date: Day('The delivery date or the invoice date', '2026-12-23'),
  },
  closed,
);
const Skipped = Type.Object({ date: Day('A weekday stepped over'), reason: Type.String() }, closed);
const ComplaintDeadlineAnswer = Type.Object(
  {
    deadline: Day('The last day a written complaint is in time'),
    because: Because,
    kind: Type.Enum(COMPLAINT_KINDS),
    date: Day('As asked'),
    workingDays: Type.Integer(),
    weekendDays: Type.Integer(),
    skipped: Type.Array(Skipped, { description: 'Weekdays stepped over because they are holidays' }),
    profile: Type.String(),
  },
  closed,
);

export function explainContractRoutes(server: HttpServer, app: App): void {
  const tags = ['explain'];
  // The shipped profiles and the operator's own, as in the store when the request comes in.
  const profilesFor = (id: string) => storedProfilesFor(app.database.db, id);
  server.get(
    '/explain/formation',
    {
      schema: {
        tags,
        summary: 'Whether and when an order became a contract (bit:2.3; vn:1.5.2, vn:1.5.4)',
        querystring: FormationQuery,
        response: { 200: FormationAnswer },
      },
    },
    async (request) => explainFormation(request.query, await profilesFor(request.query.profile)),
  );
  server.get(
    '/explain/termination',
    {
      schema: {
        tags,
        summary:
          'The day a contract ends after notice (bit:12.1–12.3; vn:1.5.1, vn:1.6.1; nl:6:236j, nl:tw7.2a)',
        description:
          'The first term end (fixed-term, third-party), quarter end (indefinite) or year end (domain) at least the ' +
          'notice after the notice date. Notice given after the first term ended, by a consumer (nl:6:236j) or for a ' +
          'telecom service of the profile (nl:tw7.2a), ends the contract on notice date + 1 month when that is earlier.',
        querystring: TerminationQuery,
        response: { 200: TerminationAnswer },
      },
    },
    async (request) => explainTermination(request.query, await profilesFor(request.query.profile)),
  );
  server.get(
    '/explain/cancellation-fee',
    {
      schema: {
        tags,
        summary: 'The cancellation costs of a formed contract (bit:4.1)',
        querystring: CancellationFeeQuery,
        response: { 200: CancellationFeeAnswer },
      },
    },
    async (request) => explainCancellationFee(request.query, await profilesFor(request.query.profile)),
  );
  server.get(
    '/explain/complaint-deadline',
    {
      schema: {
        tags,
        summary: 'The last day a written complaint is in time (bit:9.1, bit:9.2, nl:workdays)',
        querystring: ComplaintDeadlineQuery,
        response: { 200: ComplaintDeadlineAnswer },
      },
    },
    async (request) => explainComplaintDeadline(request.query, await profilesFor(request.query.profile)),
  );
}
