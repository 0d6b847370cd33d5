import { Temporal } from 'temporal-polyfill';
import { listContracts } from '../../contracts/index.ts';
import { dunningLetterTotal } from '../../documents/dunning-letter-pdf.ts';
import { letterLabelsFor } from '../../documents/letter-labels.ts';
import type { DunningLetter } from '../../documents/dunning-letter-pdf.ts';
import { resumeAfterPayment, suspendForNonPayment } from '../../network/index.ts';
import { notifyCustomer } from '../../notifications/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { formatEuro } from '../../shared/money/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { collectionCosts } from '../rules/collection-costs.ts';
import { evaluateDunning, termDaysOf } from '../rules/dunning-ladder.ts';
import type { DunningFigures, DunningStep } from '../rules/dunning-ladder.ts';
import { openClaims } from '../rules/open-claims.ts';
import { accountFacts } from '../store/account.ts';
import {
  insertCase,
  insertCostClaim,
  insertLetter,
  lettersOfCase,
  linkCostsToLetter,
  openCaseOf,
  updateCase,
} from '../store/dunning.ts';
import type { DunningCaseRow } from '../store/dunning.ts';
import type { CustomerRow, SellerRow } from '../store/parties.ts';
import { allocatePaymentsOn, interestKindOf } from './allocate-payments.ts';
import { letterContent, overdueInvoices } from './dunning-letter-content.ts';

/** What the run did for one customer on one day. */
export type DunningOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'closed'; readonly caseId: string; readonly resumedServices: string[] }
  | {
      readonly kind: 'step';
      readonly caseId: string;
      readonly step: DunningStep;
      readonly letterId: string;
      readonly totalCents: number;
      readonly because: RuleId[];
    };

const PlainDate = Temporal.PlainDate;

/**
 * One customer's day on the ladder, in one transaction: credit is used first, then the rule says which
 * step is due (evaluateDunning); the step raises its costs (vn:7.1.6, nl:bik), suspends the services
 * (vn:7.1.7, bit:11.5), and is written as a letter, queued to the customer by e-mail. The case's row
 * lock and the one-letter-per-step key make a step happen once however many workers run.
 */
export function takeDunningStep(
  context: Context,
  at: { seller: SellerRow; profile: TermsProfile; customer: CustomerRow; asOf: Temporal.PlainDate },
): Promise<DunningOutcome> {
  const { seller, profile, customer, asOf } = at;
  const day = asOf.toString();
  const interestKind = interestKindOf(profile, customer.kind);
  return context.db.transaction(async (tx): Promise<DunningOutcome> => {
    const account = { sellerId: seller.id, customerId: customer.id };
    // The facts read once; read again only when money was put on claims (most days it is not).
    const before = await accountFacts(tx, seller.id, customer.id);
    const allocated = await allocatePaymentsOn(
      tx,
      { ...account, customerKind: customer.kind, profile },
      before,
    );
    const facts = allocated > 0 ? await accountFacts(tx, seller.id, customer.id) : before;
    const open = openClaims(facts, asOf, interestKind);
    const overdue = overdueInvoices(open, day);
    const current = await openCaseOf(tx, seller.id, customer.id);
    const taken = current ? await lettersOfCase(tx, current.id) : [];
    const decision = evaluateDunning(
      {
        terms: profile,
        customerKind: customer.kind,
        dunningCase: current
          ? {
              openedOn: PlainDate.from(current.openedOn),
              steps: taken.map((letter) => ({
                step: letter.step as DunningStep,
                on: PlainDate.from(letter.sentOn),
              })),
            }
          : null,
        overdueCents: overdue.reduce((total, claim) => total + claim.principalCents - claim.disputedCents, 0),
        oldestDueOn:
          overdue.length === 0 ? null : PlainDate.from(overdue.map((claim) => claim.dueOn).sort()[0]!),
      },
      asOf,
    );
    if (decision.value === null) return { kind: 'none' };
    if (decision.value === 'closed') return closeCase(tx, context, current!, day);
    const step = decision.value;
    const figures = decision.figures;
    const dunningCase = current ?? (await insertCase(tx, { ...account, openedOn: day }));
    const because: RuleId[] = [...decision.because];
    const { raised, costs, method } = await raiseStepCosts(tx, {
      ...account,
      profile,
      customer,
      step,
      figures,
      day,
    });
    const services =
      step === 'suspension'
        ? await suspendServices(tx, context, { ...account, on: day, because })
        : undefined;
    if (step === 'suspension') await updateCase(tx, dunningCase.id, { suspendedOn: day });
    if (step === 'dissolution') await updateCase(tx, dunningCase.id, { dissolvedOn: day });
    const afterCosts = openClaims(await accountFacts(tx, seller.id, customer.id), asOf, interestKind);
    const letter = letterContent({
      step,
      date: day,
      seller,
      customer,
      open: afterCosts,
      interestKind,
      payBy: figures.payBy,
      paymentReference: null,
      extra: {
        ...(step === 'fourteen-day-letter' && costs ? { warnedCostsCents: costs.value } : {}),
        ...(figures.raises === 'collection-costs' || costs ? { collectionCostsMethod: method } : {}),
        ...(services ? { services } : {}),
        ...(step === 'notice-of-default' ? { termDays: termDaysOf(profile, step) ?? undefined } : {}),
      },
    });
    const row = await insertLetter(tx, {
      caseId: dunningCase.id,
      step,
      sentOn: day,
      payBy: figures.payBy,
      letter: letter as unknown as Record<string, unknown>,
      totalCents: dunningLetterTotal(letter),
      because,
    });
    await linkCostsToLetter(tx, raised, row.id);
    await notifyCustomer(tx, context, customer.id, ['billing'], letterNotice(row.id, letter, because));
    await auditChange(tx, context, {
      action: `dunning.${step}`,
      subject: { type: 'customer', id: customer.id },
      details: { caseId: dunningCase.id, letterId: row.id, totalCents: row.totalCents, because },
    });
    return {
      kind: 'step',
      caseId: dunningCase.id,
      step,
      letterId: row.id,
      totalCents: row.totalCents,
      because,
    };
  });
}

/**
 * What the step charges: the reminder fee (vn:7.1.6), and the collection costs on the overdue principal
 * of all claims together (nl:bik) — priced for the 14-day letter too, which must state them. The BIK
 * scale is priced here; actual costs (vn:7.1.6, business) are the clerk's to record.
 */
async function raiseStepCosts(
  tx: Context['db'],
  at: {
    sellerId: string;
    customerId: string;
    profile: TermsProfile;
    customer: CustomerRow;
    step: DunningStep;
    figures: DunningFigures;
    day: string;
  },
) {
  const { profile, customer, step, figures, day } = at;
  const account = { sellerId: at.sellerId, customerId: at.customerId };
  const raised: string[] = [];
  if (figures.raises === 'reminder-fee' && (figures.reminderFeeCents ?? 0) > 0) {
    const fee = await raiseCost(
      tx,
      account,
      'reminder-fee',
      figures.reminderFeeCents!,
      day,
      profile.reminderFee!.rules,
    );
    raised.push(fee.id);
  }
  const method = profile.collectionCosts[customer.kind];
  const costs =
    method === 'bik' && (figures.raises === 'collection-costs' || step === 'fourteen-day-letter')
      ? collectionCosts({
          policy: profile.collectionCosts,
          customerKind: customer.kind,
          principalCents: figures.overdueCents,
        })
      : null;
  if (step === 'collection-costs' && costs && costs.value > 0)
    raised.push((await raiseCost(tx, account, 'collection-costs', costs.value, day, [...costs.because])).id);
  return { raised, costs, method };
}

/** Everything overdue is paid: the case closes and a suspension is lifted on the network. */
async function closeCase(
  tx: Context['db'],
  context: Context,
  dunningCase: DunningCaseRow,
  day: string,
): Promise<DunningOutcome> {
  await updateCase(tx, dunningCase.id, { closedOn: day });
  const account = { sellerId: dunningCase.sellerId, customerId: dunningCase.customerId };
  const resumedServices =
    dunningCase.suspendedOn !== null && dunningCase.dissolvedOn === null
      ? await resumeAfterPayment(tx, context, { ...account, on: day, because: ['vn:7.1.7'] })
      : [];
  await auditChange(tx, context, {
    action: 'dunning.closed',
    subject: { type: 'customer', id: dunningCase.customerId },
    details: { caseId: dunningCase.id, resumedServices },
  });
  return { kind: 'closed', caseId: dunningCase.id, resumedServices };
}

/**
 * Suspends the customer's services on the network (vn:7.1.7, bit:11.5) and answers what the letter
 * names as suspended: those services or, for a customer with none on the network (colocation,
 * hosting), its running contracts with the seller, since a suspension letter must name what stops.
 */
async function suspendServices(
  tx: Context['db'],
  context: Context,
  at: { sellerId: string; customerId: string; on: string; because: RuleId[] },
): Promise<string[]> {
  const suspended = await suspendForNonPayment(tx, context, at);
  if (suspended.length > 0) return suspended;
  const contracts = await listContracts(tx, PlainDate.from(at.on), at.customerId);
  return contracts
    .filter((contract) => contract.sellerId === at.sellerId)
    .filter((contract) => contract.timeline.status === 'running' || contract.timeline.status === 'ending')
    .map((contract) => `${contract.terms.description} (${contract.id})`);
}

function raiseCost(
  tx: Context['db'],
  account: { sellerId: string; customerId: string },
  kind: 'reminder-fee' | 'collection-costs',
  amountCents: number,
  day: string,
  because: readonly string[],
) {
  return insertCostClaim(tx, { ...account, kind, amountCents, raisedOn: day, because: [...because] });
}

function letterNotice(letterId: string, letter: DunningLetter, because: readonly RuleId[]) {
  // The e-mail carries the letter's own subject line.
  const subject = letterLabelsFor(letter.language).subjects[letter.step];
  const total = formatEuro(dunningLetterTotal(letter));
  const body =
    letter.language === 'nl'
      ? `${subject} (${letterId}). Openstaand: ${total}${letter.payBy ? `, te betalen uiterlijk ${letter.payBy}` : ''}. De brief staat als PDF in uw account.`
      : `${subject} (${letterId}). Outstanding: ${total}${letter.payBy ? `, to be paid by ${letter.payBy}` : ''}. The letter is in your account as a PDF.`;
  return { kind: `dunning-${letter.step}`, about: `dunning-letter:${letterId}`, subject, body, because };
}
