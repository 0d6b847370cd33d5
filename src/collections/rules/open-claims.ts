import { Temporal } from 'temporal-polyfill';
import type { Cents } from '../../shared/money/index.ts';
import type { AccountFacts, AllocationFact, InvoiceFact } from './account-facts.ts';
import { accruedInterest } from './statutory-interest.ts';
import type { InterestKind } from './statutory-interest.ts';

/** What a customer still owes on one claim on a day, by component (nl:6:44). */
export interface OpenClaim {
  readonly id: string;
  readonly kind: 'invoice' | 'costs';
  /** For a cost claim: a reminder fee (vn:7.1.6) or collection costs (nl:bik). */
  readonly costKind: 'reminder-fee' | 'collection-costs' | null;
  readonly number: string;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly costsCents: Cents;
  readonly interestCents: Cents;
  readonly principalCents: Cents;
  /** The part of the principal an open dispute takes out of dunning, interest and costs (bit:9.5). */
  readonly disputedCents: Cents;
}

const PlainDate = Temporal.PlainDate;
const active = (allocation: AllocationFact) => allocation.reversedOn === null;

/**
 * The customer's open claims on `asOf`: each issued invoice less its credit notes and the principal
 * paid, with the statutory interest accrued to `asOf` less the interest paid (bit:11.6, nl:6:119,
 * nl:6:119a), and the cost claims less what paid them. Claims raised after `asOf` are left out.
 */
export function openClaims(facts: AccountFacts, asOf: Temporal.PlainDate, kind: InterestKind): OpenClaim[] {
  const claims: OpenClaim[] = [];
  for (const invoice of facts.invoices) {
    if (invoice.kind !== 'invoice' || PlainDate.compare(invoice.issuedOn, asOf) > 0) continue;
    const claim = openInvoice(facts, invoice, asOf, kind);
    if (claim.principalCents > 0 || claim.interestCents > 0) claims.push(claim);
  }
  for (const cost of facts.costClaims) {
    if (PlainDate.compare(cost.raisedOn, asOf) > 0) continue;
    const paid = sum(
      facts.allocations.filter((a) => active(a) && a.costClaimId === cost.id),
      (a) => a.amountCents,
    );
    const open = cost.amountCents - paid;
    if (open > 0)
      claims.push({
        id: cost.id,
        kind: 'costs',
        costKind: cost.kind,
        number: cost.id,
        issuedOn: cost.raisedOn,
        dueOn: cost.raisedOn,
        costsCents: open,
        interestCents: 0,
        principalCents: 0,
        disputedCents: 0,
      });
  }
  return claims;
}

function openInvoice(
  facts: AccountFacts,
  invoice: InvoiceFact,
  asOf: Temporal.PlainDate,
  kind: InterestKind,
): OpenClaim {
  const changes = principalChanges(facts, invoice, asOf);
  const principalCents = Math.max(
    0,
    changes.reduce((total, change) => total + change.deltaCents, invoice.totalCents),
  );
  const interest = accruedInterest({
    kind,
    dueOn: PlainDate.from(invoice.dueOn),
    until: asOf,
    principal: principalTimeline(invoice, [...changes, ...disputeSteps(facts, invoice, asOf)]),
  }).value;
  const interestPaid = sum(
    facts.allocations.filter((a) => active(a) && a.invoiceId === invoice.id && a.component === 'interest'),
    (a) => a.amountCents,
  );
  const disputed = sum(
    facts.disputes.filter((d) => d.invoiceId === invoice.id && isOpenOn(d, asOf)),
    (d) => d.amountCents,
  );
  return {
    id: invoice.id,
    kind: 'invoice',
    costKind: null,
    number: invoice.number,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn,
    costsCents: 0,
    interestCents: Math.max(0, interest - interestPaid),
    principalCents,
    disputedCents: Math.min(disputed, principalCents),
  };
}

interface PrincipalChange {
  readonly on: string;
  readonly deltaCents: Cents;
}

/** What lowered the invoice's principal by `asOf`: its credit notes and the payments on it. */
function principalChanges(
  facts: AccountFacts,
  invoice: InvoiceFact,
  asOf: Temporal.PlainDate,
): PrincipalChange[] {
  const upTo = (on: string) => PlainDate.compare(on, asOf) <= 0;
  const credits = facts.invoices
    .filter((note) => note.correctsId === invoice.id && upTo(note.issuedOn))
    .map((note) => ({ on: note.issuedOn, deltaCents: note.totalCents }));
  const paid = facts.allocations
    .filter(
      (a) => active(a) && a.invoiceId === invoice.id && a.component === 'principal' && upTo(a.allocatedOn),
    )
    .map((a) => ({ on: a.allocatedOn, deltaCents: -a.amountCents }));
  return [...credits, ...paid];
}

/**
 * A dispute takes its part out of interest while it is open (bit:9.5). Our reading: a dispute that is
 * upheld (put back) bears interest again from the day it was resolved; a credited one is lowered by its
 * credit note from that day.
 */
function disputeSteps(
  facts: AccountFacts,
  invoice: InvoiceFact,
  asOf: Temporal.PlainDate,
): PrincipalChange[] {
  return facts.disputes
    .filter((d) => d.invoiceId === invoice.id && PlainDate.compare(d.openedOn, asOf) <= 0)
    .flatMap((d) => [
      { on: d.openedOn, deltaCents: -d.amountCents },
      ...(d.resolvedOn !== null && PlainDate.compare(d.resolvedOn, asOf) <= 0
        ? [{ on: d.resolvedOn, deltaCents: d.amountCents }]
        : []),
    ]);
}

/** The principal interest runs on, as steps: the total from the due date, changed the day after each step. */
function principalTimeline(
  invoice: InvoiceFact,
  steps: readonly PrincipalChange[],
): { on: Temporal.PlainDate; principalCents: Cents }[] {
  const dueOn = PlainDate.from(invoice.dueOn);
  const sorted = [...steps].sort((a, b) => PlainDate.compare(a.on, b.on));
  const afterDue = (step: PrincipalChange) => PlainDate.compare(step.on, dueOn) > 0;
  // A step on or before the due date sets the principal interest starts on (the day after it).
  let principal =
    sum(
      sorted.filter((step) => !afterDue(step)),
      (step) => step.deltaCents,
    ) + invoice.totalCents;
  const timeline = [{ on: dueOn, principalCents: Math.max(0, principal) }];
  for (const step of sorted.filter(afterDue)) {
    principal += step.deltaCents;
    timeline.push({ on: PlainDate.from(step.on), principalCents: Math.max(0, principal) });
  }
  return timeline;
}

function isOpenOn(dispute: AccountFacts['disputes'][number], asOf: Temporal.PlainDate): boolean {
  if (PlainDate.compare(dispute.openedOn, asOf) > 0) return false;
  return dispute.resolvedOn === null || PlainDate.compare(dispute.resolvedOn, asOf) > 0;
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}
