import { Temporal } from 'temporal-polyfill';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';

/** What happened to an order, each event with its date; absent means it did not happen. */
export interface FormationFacts {
  /** The order (or the application with its form) was received. */
  readonly orderReceived: Temporal.PlainDate;
  /** refusal-window (bit:2.3): the seller confirmed the contract in writing. */
  readonly confirmed?: Temporal.PlainDate | undefined;
  /** refusal-window (bit:2.3): the seller started executing the order. */
  readonly executionStarted?: Temporal.PlainDate | undefined;
  /** refusal-window (bit:2.3): the seller told the customer it does not accept the order. */
  readonly refused?: Temporal.PlainDate | undefined;
  /** signed-acceptance (vn:1.5.2): the seller accepted the application in writing or electronically. */
  readonly accepted?: Temporal.PlainDate | undefined;
  /** signed-acceptance (vn:1.5.4): the seller delivered / activated the service. */
  readonly activated?: Temporal.PlainDate | undefined;
  /** signed-acceptance (vn:1.5.2): a completed and (electronically) signed form was received. */
  readonly signedForm?: boolean | undefined;
}

export interface Formation {
  readonly formed: boolean;
  readonly formationDate: Temporal.PlainDate | null;
  readonly refusalDeadline: Temporal.PlainDate | null;
}

export type FormedBy =
  'refusal-window' | 'written-confirmation' | 'execution-start' | 'acceptance' | 'activation';

export type FormationFigures = {
  readonly formed: boolean;
  readonly formationDate: string | null;
  readonly refusalDeadline: string | null;
  readonly orderReceived: string;
  /** The event that formed the contract; `null` when none did. */
  readonly formedBy: FormedBy | null;
  /** refusal-window only: whether a refusal came in time to prevent the contract. */
  readonly refusal: 'none' | 'in-time' | 'too-late' | null;
};

type Facts = keyof FormationFacts;
const refusalWindowFacts: readonly Facts[] = ['confirmed', 'executionStarted', 'refused'];
const signedAcceptanceFacts: readonly Facts[] = ['accepted', 'activated', 'signedForm'];

/** When, and whether, the order became a contract, by the profile's `formation`. */
export function formation(
  profile: TermsProfile,
  facts: FormationFacts,
): Explanation<Formation, FormationFigures> {
  const terms = profile.formation;
  const unused = terms.kind === 'refusal-window' ? signedAcceptanceFacts : refusalWindowFacts;
  const problems: FieldProblem[] = unused
    .filter((fact) => facts[fact] !== undefined && facts[fact] !== false)
    .map((field) => ({
      field,
      problem: `is not used by ${profile.id}, whose contracts form by ${terms.kind}`,
    }));
  for (const field of ['confirmed', 'executionStarted', 'refused', 'accepted', 'activated'] as const) {
    const date = facts[field];
    if (date && Temporal.PlainDate.compare(date, facts.orderReceived) < 0) {
      problems.push({
        field,
        problem: `${date.toString()} is before the order was received (${facts.orderReceived.toString()})`,
      });
    }
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return terms.kind === 'refusal-window' ? byRefusalWindow(terms, facts) : bySignedAcceptance(terms, facts);
}

type RefusalWindow = Extract<TermsProfile['formation'], { kind: 'refusal-window' }>;
type SignedAcceptance = Extract<TermsProfile['formation'], { kind: 'signed-acceptance' }>;
type Event = { readonly by: FormedBy; readonly date: Temporal.PlainDate };

/**
 * bit:2.3: a refusal is communicated within 14 days of the order; the contract forms on day D + 14,
 * or earlier on a written confirmation or the start of execution. Readings: "within 14 days" includes
 * day D + 14, so a refusal on or before it prevents the contract, unless the seller had already
 * confirmed or started (a refusal on that same day counts as too late); a refusal after the deadline
 * is too late, the contract formed on the deadline.
 */
function byRefusalWindow(terms: RefusalWindow, facts: FormationFacts) {
  const refusalDeadline = facts.orderReceived.add({ days: terms.refusalWindowDays });
  const problems: FieldProblem[] = [];
  const earlierBy: Event[] = [];
  for (const [field, by] of [
    ['confirmed', 'written-confirmation'],
    ['executionStarted', 'execution-start'],
  ] as const) {
    const date = facts[field];
    if (!date) continue;
    if (terms.formedEarlierBy.includes(by)) earlierBy.push({ by, date });
    else
      problems.push({
        field,
        problem: `does not form the contract under these terms (${terms.rules.join(', ')})`,
      });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  const earlier = earliest(earlierBy);
  const formedOn = earliest([...earlierBy, { by: 'refusal-window', date: refusalDeadline }]);
  const { refused } = facts;
  const refusedInTime =
    refused !== undefined &&
    Temporal.PlainDate.compare(refused, refusalDeadline) <= 0 &&
    (earlier === undefined || Temporal.PlainDate.compare(refused, earlier.date) < 0);
  const event = refusedInTime ? undefined : formedOn;
  return answer(
    terms.rules,
    facts,
    event,
    refusalDeadline,
    refused ? (refusedInTime ? 'in-time' : 'too-late') : 'none',
  );
}

/**
 * vn:1.5.2: the contract forms when the seller accepts a completed and signed form; vn:1.5.4: delivery
 * or activation without written acceptance counts as acceptance. Accepting without the signed form the
 * terms require is refused as input, naming the missing form.
 */
function bySignedAcceptance(terms: SignedAcceptance, facts: FormationFacts) {
  const problems: FieldProblem[] = [];
  if (facts.accepted && terms.requiresSignedForm && facts.signedForm !== true) {
    problems.push({
      field: 'signedForm',
      problem: `is missing: acceptance forms a contract only on a completed and signed form (${terms.rules.join(', ')})`,
    });
  }
  if (facts.activated && !terms.activationCountsAsAcceptance) {
    problems.push({ field: 'activated', problem: 'does not count as acceptance under these terms' });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  const events: Event[] = [];
  if (facts.accepted) events.push({ by: 'acceptance', date: facts.accepted });
  if (facts.activated) events.push({ by: 'activation', date: facts.activated });
  return answer(terms.rules, facts, earliest(events), null, null);
}

function answer(
  rules: TermsProfile['formation']['rules'],
  facts: FormationFacts,
  event: Event | undefined,
  refusalDeadline: Temporal.PlainDate | null,
  refusal: FormationFigures['refusal'],
): Explanation<Formation, FormationFigures> {
  const formationDate = event?.date ?? null;
  return explain({ formed: event !== undefined, formationDate, refusalDeadline }, rules, {
    formed: event !== undefined,
    formationDate: formationDate?.toString() ?? null,
    refusalDeadline: refusalDeadline?.toString() ?? null,
    orderReceived: facts.orderReceived.toString(),
    formedBy: event?.by ?? null,
    refusal,
  });
}

/** The first event; on a tie the one listed first. */
function earliest(events: readonly Event[]): Event | undefined {
  return events.reduce<Event | undefined>(
    (first, event) => (!first || Temporal.PlainDate.compare(event.date, first.date) < 0 ? event : first),
    undefined,
  );
}
