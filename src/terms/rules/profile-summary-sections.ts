import { formatEuro } from '../../shared/money/index.ts';
import { line, parts, plural } from './summary-words.ts';
import type { TermsProfile } from './terms-profile-schema.ts';

/** The billing, collections and operations lines of profile-summary.ts. */

const interest = {
  commercial: 'statutory commercial interest (handelsrente)',
  'non-commercial': 'statutory interest (wettelijke rente)',
} as const;

export function moneyLines(p: TermsProfile): string[] {
  const { recurring, domains, usage, oneTimeCharges, prepayment, pricesExcludeVat } = p.billing;
  const costs = p.collectionCosts;
  const cap = costs.actualCostsCapCents === null ? '' : ` up to ${formatEuro(costs.actualCostsCapCents)}`;
  return [
    line(
      'billing',
      parts(
        `per calendar ${recurring.period} ${recurring.inAdvance ? 'in advance' : 'in arrears'}`,
        recurring.startsAt === 'service-available'
          ? 'from when the service is available'
          : 'from the contract start',
        recurring.proration === 'days'
          ? 'a first part period prorated by days'
          : 'part periods billed in full',
      ),
      recurring.rules,
    ),
    line(
      'domain billing',
      domains &&
        `per calendar ${domains.period} in advance${domains.proration === 'none' ? ', billed in full' : ', prorated by days'}`,
      domains?.rules,
    ),
    line('usage', usage && `per calendar ${usage.period} in arrears`, usage?.rules),
    line(
      'one-time charges',
      `billed when the order is accepted${oneTimeCharges.refundable ? '' : ', never refunded'}`,
      oneTimeCharges.rules,
    ),
    line(
      'prepayment',
      prepayment && (prepayment.mayBeRequired ? 'may be required' : 'not required'),
      prepayment?.rules,
    ),
    line('prices', 'exclude VAT', pricesExcludeVat.rules),
    line(
      'payment term',
      `${plural(p.payment.termDays, 'day')}${p.payment.setOffAllowed ? '' : ', no set-off'}`,
      p.payment.rules,
    ),
    line(
      'payment allocation',
      p.allocation.order === 'statutory'
        ? 'as the law says (art. 6:43, 6:44 BW)'
        : 'costs, then interest, then the oldest invoices',
      p.allocation.rules,
    ),
    line(
      'late interest',
      `business customers ${interest[p.lateInterest.business]}; consumers ${interest[p.lateInterest.consumer]}`,
      p.lateInterest.rules,
    ),
    line(
      'collection costs',
      `business customers ${costs.business === 'bik' ? 'the BIK scale' : `actual costs${cap}`}; consumers the BIK scale`,
      costs.rules,
    ),
    line(
      'reminder fee',
      p.reminderFee && `${formatEuro(p.reminderFee.amountCents)} per reminder (an operator setting)`,
      p.reminderFee?.rules,
    ),
    dunningLine(p.dunning),
  ];
}

const stepWords = {
  reminder: 'reminder',
  'collection-costs': 'collection costs',
  suspension: 'suspension',
  'notice-of-default': 'notice of default',
  dissolution: 'dissolution',
} as const;

/** The ladder in words; a profile stored before ladders existed has none, and nothing runs by itself. */
function dunningLine(dunning: TermsProfile['dunning']): string {
  if (dunning === undefined)
    return 'dunning: no ladder in this profile (written before ladders): no step is taken';
  if (dunning === null) return line('dunning', null, undefined);
  let afterTerm = false;
  const steps = dunning.steps.map(({ step, afterDays, termDays }, index) => {
    const since = index === 0 ? 'after the due date' : afterTerm ? 'after that term' : 'later';
    afterTerm = termDays !== undefined;
    const term = termDays === undefined ? '' : `, with a ${termDays}-day term`;
    return `${stepWords[step]} ${plural(afterDays, 'day')} ${since}${term}`;
  });
  const letter = dunning.steps.some(({ step }) => step === 'collection-costs')
    ? [
        'a consumer gets a 14-day letter then instead, and the collection costs the day after its term (nl:bik)',
      ]
    : [];
  const rules = [...new Set(dunning.steps.flatMap((step) => step.rules))];
  return line('dunning', parts(...steps, ...letter), rules);
}

export function operationsLines(p: TermsProfile): string[] {
  const { complaints: c, forceMajeure: fm, equipment: e, sla, liability: l, abuse } = p;
  return [
    line(
      'complaints',
      c &&
        parts(
          c.deliveryWorkingDays !== null &&
            `deliveries within ${plural(c.deliveryWorkingDays, 'working day')}`,
          c.invoiceWorkingDays !== null && `invoices within ${plural(c.invoiceWorkingDays, 'working day')}`,
          c.disputeSuspendsOnlyDisputedPart && 'a dispute holds back only the disputed part',
        ),
      c?.rules,
    ),
    line(
      'force majeure',
      parts(
        fm.customerMayTerminateAfterDays !== null &&
          `customer may end affected services after ${plural(fm.customerMayTerminateAfterDays, 'day')}`,
        fm.eitherMayDissolveAfterMonths !== null &&
          `either party may dissolve after ${plural(fm.eitherMayDissolveAfterMonths, 'month')}`,
        fm.workBeforeKnownIsBillable && 'work before it became known is billed',
      ) || 'suspends performance',
      fm.rules,
    ),
    line(
      'equipment',
      e &&
        parts(
          'deposit due when the application is accepted',
          `return within ${plural(e.returnWithinDays, 'day')} of the end`,
          e.depositRefundedAfterEnd && 'deposit refunded after the end',
          e.depositSetOffAllowed && 'less open claims',
          e.damageForfeitsDepositProRata && 'less damage pro rata',
        ),
      e?.rules,
    ),
    line(
      'fiber repair times',
      sla &&
        parts(
          ...sla.repairTimes.map(
            (row) =>
              `${row.fiberCounts.join('/')} fibers avg ${row.averageHours} h, max ${row.maximumHours} h`,
          ),
          `+${sla.definitiveRepairExtraHours} h for a definitive repair; elapsed hours from the first report`,
        ),
      sla?.rules,
    ),
    line(
      'liability',
      parts(
        l.cap === 'contract-total'
          ? 'capped at the contract total'
          : 'capped at the contract price excl. VAT',
        l.longContractCap !== null && 'over a year: the fees paid in the calendar year of the damage',
        l.bodilyInjuryCapCents !== null &&
          `death or bodily injury at most ${formatEuro(l.bodilyInjuryCapCents)}`,
        l.claimReportDays !== null && `damage reported within ${plural(l.claimReportDays, 'day')}`,
      ),
      l.rules,
    ),
    line(
      'abuse',
      `${abuse.measures.join(', ')}${abuse.billingContinues ? '; billing continues' : ''}`,
      abuse.rules,
    ),
  ];
}
