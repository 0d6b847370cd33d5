import { Temporal } from 'temporal-polyfill';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';
import { allocateProportionally, formatAmount, sumCents } from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';

/*
 * Which open amounts a payment pays (nl:6:43, nl:6:44, bit:11.4, bit:9.5). A claim is an issued
 * invoice or a cost claim; its components are costs, interest and principal. Every amount is what
 * is still open on the payment date; what the payment leaves over stays as credit on the account.
 */

export const ALLOCATION_ORDERS = ['costs-interest-oldest-principal', 'statutory'] as const;
export type AllocationOrder = (typeof ALLOCATION_ORDERS)[number];

export type ClaimComponent = 'costs' | 'interest' | 'principal';

export interface OpenClaim {
  readonly id: string;
  readonly kind: 'invoice' | 'costs';
  readonly issuedOn: Temporal.PlainDate;
  readonly dueOn: Temporal.PlainDate;
  readonly costsCents: Cents;
  readonly interestCents: Cents;
  readonly principalCents: Cents;
  /** The part of the principal under an open dispute (bit:9.5); at most the principal. */
  readonly disputedCents: Cents;
}

export interface PaymentToAllocate {
  readonly amountCents: Cents;
  readonly paidOn: Temporal.PlainDate;
  readonly order: AllocationOrder;
  /** The claim the customer named with the payment, if any. */
  readonly namedClaimId?: string;
  readonly claims: readonly OpenClaim[];
}

export type Allocation = {
  readonly claimId: string;
  readonly component: ClaimComponent;
  readonly amountCents: Cents;
};

export interface PaymentAllocation {
  /** In the order the payment went, one entry per claim and component. */
  readonly allocations: Allocation[];
  /** The overpayment, kept as credit on the account. */
  readonly unallocatedCents: Cents;
}

export type PaymentAllocationFigures = {
  readonly order: AllocationOrder;
  readonly amount: string;
  readonly paidOn: string;
  readonly namedClaim: string | null;
  /** What became of the named claim: paid first (nl:6:43) or set aside (bit:11.4). */
  readonly namedClaimHandling: string | null;
  /** Claim ids in the order they are served; the ids in one group share pro rata (nl:6:43). */
  readonly claimOrder: string[][];
  /** How the rule's open words are read here. */
  readonly readings: string[];
  readonly allocated: string;
  readonly credit: string;
};

/** "The most onerous" (art. 6:43 lid 2 BW) as read here. */
export const MOST_ONEROUS_READING =
  'nl:6:43 "most onerous": the claim bearing the most accrued interest still open';
export const DISPUTED_LAST_READING =
  'bit:9.5: disputed principal is paid last, after every undisputed amount, unless it is the named claim';

/**
 * Allocates a payment over the open claims of one customer. With `costs-interest-oldest-principal`
 * (bit:11.4, replacing the customer's choice) all costs go first, then all interest, then principal,
 * each oldest claim first; with `statutory` the named claim goes first, then the rest by art. 6:43
 * BW, and within each claim costs, interest, principal (art. 6:44 BW). Either way disputed principal
 * comes last (bit:9.5). The input order of the claims does not matter: ties end on the claim id.
 */
export function allocatePayment(
  payment: PaymentToAllocate,
): Explanation<PaymentAllocation, PaymentAllocationFigures> {
  checkPayment(payment);
  const plan = payment.order === 'statutory' ? statutoryPlan(payment) : costsInterestPrincipalPlan(payment);
  const allocations = pay(payment.amountCents, plan.tranches);
  const allocated = sumCents(allocations.map((allocation) => allocation.amountCents));
  const unallocatedCents = payment.amountCents - allocated;
  const disputes = payment.claims.some((claim) => claim.disputedCents > 0);
  return explain(
    { allocations, unallocatedCents },
    [...plan.because, ...(disputes ? ['bit:9.5' as const] : [])],
    {
      order: payment.order,
      amount: formatAmount(payment.amountCents),
      paidOn: payment.paidOn.toString(),
      namedClaim: payment.namedClaimId ?? null,
      namedClaimHandling: plan.namedClaimHandling,
      claimOrder: plan.claimOrder,
      readings: [...plan.readings, ...(disputes ? [DISPUTED_LAST_READING] : [])],
      allocated: formatAmount(allocated),
      credit: formatAmount(unallocatedCents),
    },
  );
}

/** One open amount of one claim, paid in full before the next demand of the same piece. */
interface Demand {
  readonly claimId: string;
  readonly component: ClaimComponent;
  readonly cents: Cents;
}

/** The demands of one claim in the order it pays them (nl:6:44 within a claim). */
type Piece = readonly Demand[];

/** Pieces served together: when the money does not cover them all, it is shared pro rata. */
type Tranche = readonly Piece[];

interface Plan {
  readonly tranches: readonly Tranche[];
  readonly because: readonly RuleId[];
  readonly namedClaimHandling: string | null;
  readonly claimOrder: string[][];
  readonly readings: string[];
}

/** bit:11.4: costs, then interest, then principal, each over all claims, oldest first. */
function costsInterestPrincipalPlan(payment: PaymentToAllocate): Plan {
  const claims = [...payment.claims].sort(byAge);
  const step = (demand: (claim: OpenClaim) => Demand): Tranche[] => claims.map((claim) => [[demand(claim)]]);
  return {
    tranches: [
      ...step((claim) => ({ claimId: claim.id, component: 'costs', cents: claim.costsCents })),
      ...step((claim) => ({ claimId: claim.id, component: 'interest', cents: claim.interestCents })),
      ...step((claim) => ({ claimId: claim.id, component: 'principal', cents: undisputed(claim) })),
      ...step((claim) => ({ claimId: claim.id, component: 'principal', cents: claim.disputedCents })),
    ],
    because: ['bit:11.4'],
    namedClaimHandling:
      payment.namedClaimId === undefined
        ? null
        : "ignored: bit:11.4 replaces the customer's choice by costs, interest, then the oldest invoices",
    claimOrder: claims.map((claim) => [claim.id]),
    readings: ['bit:11.4: oldest is the earliest due date, then the earliest issue date, then the claim id'],
  };
}

/**
 * nl:6:43: the named claim first; then claims due on the payment day before those not yet due, then
 * the most onerous (see MOST_ONEROUS_READING), then the oldest, then pro rata over equal ones.
 * nl:6:44 within each claim. Disputed principal of the others after all of that (bit:9.5).
 */
function statutoryPlan(payment: PaymentToAllocate): Plan {
  const named = payment.claims.find((claim) => claim.id === payment.namedClaimId);
  const rest = payment.claims.filter((claim) => claim !== named);
  const groups = groupEqual(rest, payment.paidOn);
  const namedTranche: Tranche[] = named
    ? [[[...charges(named), { claimId: named.id, component: 'principal', cents: named.principalCents }]]]
    : [];
  const undisputedTranches = groups.map((group): Tranche => group.map((claim) => withUndisputed(claim)));
  const disputedTranches = groups.map((group): Tranche =>
    group.map((claim) => [{ claimId: claim.id, component: 'principal', cents: claim.disputedCents }]),
  );
  return {
    tranches: [...namedTranche, ...undisputedTranches, ...disputedTranches],
    because: ['nl:6:43', 'nl:6:44'],
    namedClaimHandling: named ? 'paid first, its costs, interest, then principal (nl:6:43, nl:6:44)' : null,
    claimOrder: [...(named ? [[named.id]] : []), ...groups.map((group) => group.map((claim) => claim.id))],
    readings: [
      'nl:6:43: due means due on or before the payment day',
      MOST_ONEROUS_READING,
      'nl:6:43: oldest is the earliest due date, then the earliest issue date',
    ],
  };
}

function charges(claim: OpenClaim): Demand[] {
  return [
    { claimId: claim.id, component: 'costs', cents: claim.costsCents },
    { claimId: claim.id, component: 'interest', cents: claim.interestCents },
  ];
}

function withUndisputed(claim: OpenClaim): Piece {
  return [...charges(claim), { claimId: claim.id, component: 'principal', cents: undisputed(claim) }];
}

function undisputed(claim: OpenClaim): Cents {
  return claim.principalCents - claim.disputedCents;
}

/** The claims in statutory order, equal ones (same rank on every criterion) together, each by id. */
function groupEqual(claims: readonly OpenClaim[], paidOn: Temporal.PlainDate): OpenClaim[][] {
  const rank = (a: OpenClaim, b: OpenClaim): number =>
    Number(isDue(b, paidOn)) - Number(isDue(a, paidOn)) || // due before not yet due
    b.interestCents - a.interestCents || // the most onerous
    Temporal.PlainDate.compare(a.dueOn, b.dueOn) || // the oldest
    Temporal.PlainDate.compare(a.issuedOn, b.issuedOn);
  const sorted = [...claims].sort((a, b) => rank(a, b) || compareIds(a, b));
  const groups: OpenClaim[][] = [];
  for (const claim of sorted) {
    const last = groups.at(-1);
    if (last?.[0] && rank(last[0], claim) === 0) last.push(claim);
    else groups.push([claim]);
  }
  return groups;
}

function isDue(claim: OpenClaim, paidOn: Temporal.PlainDate): boolean {
  return Temporal.PlainDate.compare(claim.dueOn, paidOn) <= 0;
}

function byAge(a: OpenClaim, b: OpenClaim): number {
  return (
    Temporal.PlainDate.compare(a.dueOn, b.dueOn) ||
    Temporal.PlainDate.compare(a.issuedOn, b.issuedOn) ||
    compareIds(a, b)
  );
}

function compareIds(a: OpenClaim, b: OpenClaim): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Pays the tranches in order until the money runs out; one entry per claim and component. */
function pay(amount: Cents, tranches: readonly Tranche[]): Allocation[] {
  const paid = new Map<string, Allocation>();
  let left = amount;
  for (const tranche of tranches) {
    if (left === 0) break;
    const open = tranche.map((piece) => sumCents(piece.map((demand) => demand.cents)));
    const total = sumCents(open);
    if (total === 0) continue;
    // nl:6:43: pro rata over equal claims, only when the money does not cover them all.
    const shares = left >= total ? open : allocateProportionally(left, open, 'amountCents');
    tranche.forEach((piece, index) => payPiece(piece, shares[index] ?? 0, paid));
    left -= sumCents(shares);
  }
  return [...paid.values()];
}

function payPiece(piece: Piece, share: Cents, paid: Map<string, Allocation>): void {
  let left = share;
  for (const { claimId, component, cents } of piece) {
    const part = Math.min(left, cents);
    if (part === 0) continue;
    const key = `${component}\u0000${claimId}`;
    const before = paid.get(key);
    paid.set(key, { claimId, component, amountCents: (before?.amountCents ?? 0) + part });
    left -= part;
  }
}

function checkPayment(payment: PaymentToAllocate): void {
  const problems: FieldProblem[] = [];
  const add = (field: string, problem: string) => problems.push({ field, problem });
  if (!(ALLOCATION_ORDERS as readonly string[]).includes(payment.order))
    add('order', `${quote(payment.order)} is not one of ${ALLOCATION_ORDERS.join(', ')}`);
  centsProblem('amountCents', payment.amountCents, add);
  const seen = new Map<string, number>();
  payment.claims.forEach((claim, index) => {
    const field = (name: string) => `claims[${index}].${name}`;
    if (typeof claim.id !== 'string' || claim.id === '') add(field('id'), 'is required');
    else if (seen.has(claim.id))
      add(field('id'), `${quote(claim.id)} is also the id of claims[${String(seen.get(claim.id))}]`);
    else seen.set(claim.id, index);
    for (const name of ['costsCents', 'interestCents', 'principalCents', 'disputedCents'] as const)
      centsProblem(field(name), claim[name], add);
    if (claim.disputedCents > claim.principalCents)
      add(field('disputedCents'), 'is more than the principal; only open principal can be disputed');
  });
  if (payment.namedClaimId !== undefined && !seen.has(payment.namedClaimId))
    add('namedClaimId', `${quote(payment.namedClaimId)} is not one of the open claims`);
  if (problems.length > 0) throw new InvalidInputError(problems);
}

function centsProblem(field: string, value: unknown, add: (field: string, problem: string) => void): void {
  if (!Number.isSafeInteger(value)) add(field, `${String(value)} is not a whole number of cents`);
  else if ((value as number) < 0) add(field, `must be 0 or more, not ${formatAmount(value as number)}`);
}
