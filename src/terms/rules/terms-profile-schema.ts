import { Type } from 'typebox';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import type { Static } from 'typebox';
import type { RuleId } from '../../shared/explanation/explanation.ts';

/*
 * The seller's general terms as data: every parameter CLAUSES.md names, each with the rule ids it
 * implements. One schema gives the type, the validation (with paths) and the JSON Schema that
 * profile authors write against. A section is `null` where the terms say nothing about it.
 */

// Typed as RuleId so a parameter's rules go straight into an explanation's `because`.
const RuleIdString = Type.Unsafe<RuleId>(
  Type.String({ pattern: '^[a-z][a-z0-9-]*:[0-9A-Za-z][0-9A-Za-z.:-]*$' }),
);
const RuleIds = Type.Array(RuleIdString, {
  minItems: 1,
  description: 'The rule ids this parameter implements, e.g. ["bit:12.1"]',
});
const Days = Type.Integer({ minimum: 0, maximum: 3660 });
const Months = Type.Integer({ minimum: 0, maximum: 120 });
const Cents = Type.Integer({ minimum: 0, maximum: 100_000_000_00, description: 'An amount in euro cents' });
const Rate = Type.String({ pattern: '^(0(\\.[0-9]+)?|1(\\.0+)?)$', description: 'A fraction, e.g. "0.15"' });
const IsoDate = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' });
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const PeriodKindSchema = Type.Union([
  Type.Literal('month'),
  Type.Literal('quarter'),
  Type.Literal('year'),
]);
export const ServiceKindSchema = literalUnion([
  'access',
  'link',
  'third-party',
  'colocation',
  'hosting',
  'domain',
  'other',
] as const);

const Notice = Type.Object(
  { months: Months, days: Days },
  { additionalProperties: false, description: 'Notice length: months are added first (clamped), then days' },
);

export const RenewalSchema = Type.Union([
  Type.Object({ kind: Type.Literal('same-duration') }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('fixed-months'), months: Type.Integer({ minimum: 1, maximum: 120 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('payment-term'),
      maxMonths: Type.Integer({ minimum: 1, maximum: 120 }),
      defaultMonths: Type.Integer({ minimum: 1, maximum: 120 }),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('none') }, { additionalProperties: false }),
]);

const termEndContract = (description: string) =>
  Type.Object(
    { renewal: RenewalSchema, notice: Notice, endsAt: Type.Literal('term-end'), rules: RuleIds },
    { additionalProperties: false, description },
  );
const periodEndContract = (description: string) =>
  Type.Object(
    { notice: Notice, endsAt: PeriodKindSchema, rules: RuleIds },
    { additionalProperties: false, description },
  );

const strict = { additionalProperties: false } as const;

/** The steps a profile may put on its dunning ladder; the 14-day letter is the law's, not the terms'. */
export const PROFILE_DUNNING_STEPS = [
  'reminder',
  'collection-costs',
  'suspension',
  'notice-of-default',
  'dissolution',
] as const;

const StepDays = Type.Integer({ minimum: 1, maximum: 366 });

export const DunningLadderSchema = Type.Object(
  {
    steps: Type.Array(
      Type.Object(
        {
          step: literalUnion(PROFILE_DUNNING_STEPS),
          afterDays: StepDays,
          termDays: Type.Optional(StepDays),
          rules: RuleIds,
        },
        {
          additionalProperties: false,
          description:
            'afterDays: calendar days after the previous step (after the last day of its term when it has one); the first step counts from the oldest due date. termDays: the term a notice of default gives, in calendar days from its date',
        },
      ),
      { minItems: 1 },
    ),
  },
  {
    additionalProperties: false,
    description:
      'The dunning ladder in order. Absent in profiles stored before it existed: no ladder is known, so no step is taken automatically',
  },
);

export const TermsProfileSchema = Type.Object(
  {
    // Bounded: the id is a key of the store (an index entry holds at most about 2.7 kB).
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9.-]*$', maxLength: 100, description: 'e.g. bit-2016-10-25' }),
    rulePrefix: Type.String({
      pattern: '^[a-z][a-z0-9-]*$',
      description: 'The prefix of its own rule ids: bit, vn',
    }),
    seller: Type.String({ minLength: 1 }),
    title: Type.String({ minLength: 1 }),
    version: Type.String({ minLength: 1 }),
    publishedOn: IsoDate,
    source: Type.String({ description: 'The document the profile was read from' }),
    customers: Type.Object(
      { defaultKind: Type.Union([Type.Literal('business'), Type.Literal('consumer')]), rules: RuleIds },
      strict,
    ),
    deviations: nullable(Type.Object({ writtenOnly: Type.Boolean(), rules: RuleIds }, strict)),
    quotes: Type.Object(
      {
        bindingByDefault: Type.Boolean(),
        validityDays: Type.Integer({ minimum: 1, maximum: 366 }),
        rules: RuleIds,
      },
      strict,
    ),
    formation: Type.Union([
      Type.Object(
        {
          kind: Type.Literal('refusal-window'),
          refusalWindowDays: Days,
          formedEarlierBy: Type.Array(
            Type.Union([Type.Literal('written-confirmation'), Type.Literal('execution-start')]),
          ),
          rules: RuleIds,
        },
        strict,
      ),
      Type.Object(
        {
          kind: Type.Literal('signed-acceptance'),
          requiresSignedForm: Type.Boolean(),
          activationCountsAsAcceptance: Type.Boolean(),
          rules: RuleIds,
        },
        strict,
      ),
    ]),
    cancellation: nullable(
      Type.Object(
        {
          feeRate: Rate,
          base: Type.Literal('order-total-incl-vat'),
          needsSellerConsent: Type.Boolean(),
          rules: RuleIds,
        },
        strict,
      ),
    ),
    contracts: Type.Object(
      {
        fixedTerm: nullable(termEndContract('A minimum term, renewed tacitly')),
        indefinite: nullable(periodEndContract('No end date; ends at a period end after notice')),
        domain: nullable(periodEndContract('Domain names; end at a period end after notice')),
        thirdParty: nullable(termEndContract('Services of another provider brokered over the network')),
      },
      strict,
    ),
    renewalProtection: Type.Object(
      {
        consumers: Type.Boolean({
          description: 'nl:6:236j: after a tacit renewal a consumer may end at any time',
        }),
        telecomServices: Type.Array(ServiceKindSchema, {
          description: 'nl:tw7.2a: services whose end users are protected',
        }),
        notice: Notice,
        rules: RuleIds,
      },
      strict,
    ),
    earlyTermination: nullable(
      Type.Object(
        { remainingTermCharge: Type.Boolean(), removalCharge: Type.Boolean(), rules: RuleIds },
        strict,
      ),
    ),
    immediateTermination: Type.Object(
      { grounds: Type.Array(Type.String({ pattern: '^[a-z][a-z-]*$' }), { minItems: 1 }), rules: RuleIds },
      strict,
    ),
    dissolution: Type.Object({ afterNoticeOfDefault: Type.Boolean(), rules: RuleIds }, strict),
    transfer: nullable(Type.Object({ customerNeedsWrittenConsent: Type.Boolean(), rules: RuleIds }, strict)),
    billing: Type.Object(
      {
        recurring: Type.Object(
          {
            period: PeriodKindSchema,
            inAdvance: Type.Boolean(),
            proration: Type.Union([Type.Literal('days'), Type.Literal('none')]),
            startsAt: Type.Union([Type.Literal('service-available'), Type.Literal('contract-start')]),
            rules: RuleIds,
          },
          strict,
        ),
        domains: nullable(
          Type.Object(
            {
              period: PeriodKindSchema,
              proration: Type.Union([Type.Literal('days'), Type.Literal('none')]),
              rules: RuleIds,
            },
            strict,
          ),
        ),
        usage: nullable(Type.Object({ period: PeriodKindSchema, rules: RuleIds }, strict)),
        oneTimeCharges: Type.Object(
          { billedAt: Type.Literal('order-accepted'), refundable: Type.Boolean(), rules: RuleIds },
          strict,
        ),
        prepayment: nullable(Type.Object({ mayBeRequired: Type.Boolean(), rules: RuleIds }, strict)),
        pricesExcludeVat: Type.Object({ rules: RuleIds }, strict),
      },
      strict,
    ),
    payment: Type.Object(
      { termDays: Type.Integer({ minimum: 0, maximum: 365 }), setOffAllowed: Type.Boolean(), rules: RuleIds },
      strict,
    ),
    allocation: Type.Object(
      {
        order: Type.Union([Type.Literal('costs-interest-oldest-principal'), Type.Literal('statutory')]),
        rules: RuleIds,
      },
      strict,
    ),
    lateInterest: Type.Object(
      {
        business: Type.Union([Type.Literal('commercial'), Type.Literal('non-commercial')]),
        consumer: Type.Literal('non-commercial'),
        rules: RuleIds,
      },
      strict,
    ),
    collectionCosts: Type.Object(
      {
        business: Type.Union([Type.Literal('bik'), Type.Literal('actual')]),
        consumer: Type.Literal('bik'),
        actualCostsCapCents: nullable(Cents),
        rules: RuleIds,
      },
      strict,
    ),
    reminderFee: nullable(Type.Object({ amountCents: Cents, rules: RuleIds }, strict)),
    // Optional: profiles stored before the ladder existed lack it, and must still read (no migration).
    dunning: Type.Optional(nullable(DunningLadderSchema)),
    complaints: nullable(
      Type.Object(
        {
          deliveryWorkingDays: nullable(Days),
          invoiceWorkingDays: nullable(Days),
          disputeSuspendsOnlyDisputedPart: Type.Boolean(),
          rules: RuleIds,
        },
        strict,
      ),
    ),
    forceMajeure: Type.Object(
      {
        customerMayTerminateAfterDays: nullable(Days),
        eitherMayDissolveAfterMonths: nullable(Months),
        workBeforeKnownIsBillable: Type.Boolean(),
        rules: RuleIds,
      },
      strict,
    ),
    equipment: nullable(
      Type.Object(
        {
          depositDueAt: Type.Literal('application-accepted'),
          returnWithinDays: Days,
          depositRefundedAfterEnd: Type.Boolean(),
          depositSetOffAllowed: Type.Boolean(),
          damageForfeitsDepositProRata: Type.Boolean(),
          rules: RuleIds,
        },
        strict,
      ),
    ),
    sla: nullable(
      Type.Object(
        {
          clock: Type.Literal('elapsed-hours'),
          definitiveRepairExtraHours: Type.Integer({ minimum: 0, maximum: 72 }),
          repairTimes: Type.Array(
            Type.Object(
              {
                fiberCounts: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1 }),
                averageHours: Type.Integer({ minimum: 1 }),
                maximumHours: Type.Integer({ minimum: 1 }),
              },
              strict,
            ),
            { minItems: 1 },
          ),
          rules: RuleIds,
        },
        strict,
      ),
    ),
    liability: Type.Object(
      {
        cap: Type.Union([Type.Literal('contract-total'), Type.Literal('contract-price-excl-vat')]),
        longContractCap: nullable(Type.Literal('fees-paid-in-calendar-year-of-damage')),
        bodilyInjuryCapCents: nullable(Cents),
        claimReportDays: nullable(Days),
        rules: RuleIds,
      },
      strict,
    ),
    termsChanges: nullable(Type.Object({ objectionDays: Days, rules: RuleIds }, strict)),
    abuse: Type.Object(
      {
        measures: Type.Array(literalUnion(['block', 'filter', 'suspend', 'terminate'] as const), {
          minItems: 1,
        }),
        billingContinues: Type.Boolean(),
        rules: RuleIds,
      },
      strict,
    ),
  },
  { additionalProperties: false, $id: 'https://vezel.dev/schemas/terms-profile.json' },
);

export type TermsProfile = Static<typeof TermsProfileSchema>;
export type Renewal = Static<typeof RenewalSchema>;
export type ServiceKind = Static<typeof ServiceKindSchema>;
export type DunningLadder = Static<typeof DunningLadderSchema>;
export type ProfileDunningStep = (typeof PROFILE_DUNNING_STEPS)[number];
