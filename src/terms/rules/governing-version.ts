import { Temporal } from 'temporal-polyfill';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';

/** One version of a seller's terms, in the order they were published. */
export interface TermsVersion {
  readonly id: string;
  readonly publishedOn: Temporal.PlainDate;
  /**
   * Days a customer has to object to a change *away from* this version (vn:1.1.4: 30), or null when
   * these terms give no such right.
   */
  readonly objectionDays: number | null;
}

export interface Objection {
  readonly versionId: string;
  readonly receivedOn: Temporal.PlainDate;
  /** The operator's decision, once made. */
  readonly decision?: {
    readonly on: Temporal.PlainDate;
    readonly outcome: 'new-version-applies' | 'old-version-kept';
  };
}

export interface GoverningVersionInput {
  readonly formedOn: Temporal.PlainDate;
  /** The seller's versions, oldest first. */
  readonly versions: readonly TermsVersion[];
  readonly objections: readonly Objection[];
  /** Starts of the contract's renewal terms (bit:12.1 renews "on the conditions then current"). */
  readonly renewalStarts: readonly Temporal.PlainDate[];
  readonly date: Temporal.PlainDate;
}

interface Step {
  version: string;
  publishedOn: string;
  appliesFrom: string | null;
  reason: string;
  [key: string]: string | null;
}

const before = (a: Temporal.PlainDate, b: Temporal.PlainDate) => Temporal.PlainDate.compare(a, b) < 0;
const later = (a: Temporal.PlainDate, b: Temporal.PlainDate) => (before(a, b) ? b : a);

/**
 * Which version of the terms governs a contract on `date`. A contract starts under the version in
 * force when it was formed. A later version then takes over:
 * - vn:1.1.4: from the day after the objection window (published + 30 days) unless the customer
 *   objected within it; an objector stays on the old version until the operator decides, and a
 *   decision to apply the new version takes effect then (not before the window has closed);
 * - terms without an objection right (BIT): at the first renewal after publication, because bit:12.1
 *   renews "on the conditions then current"; a contract that never renews keeps its version.
 */
export function governingVersion(input: GoverningVersionInput): Explanation<string, { steps: Step[] }> {
  const { formedOn, versions, date } = input;
  if (versions.length === 0) throw new RangeError('a seller needs at least one terms version');
  let index = Math.max(
    0,
    versions.findLastIndex((v) => !before(formedOn, v.publishedOn)),
  );
  const because = new Set<RuleId>();
  const steps: Step[] = [];
  for (let next = index + 1; next < versions.length; next++) {
    const current = versions[index]!;
    const candidate = versions[next]!;
    if (before(date, candidate.publishedOn)) break;
    const takeover = takeoverOf(current, candidate, input);
    steps.push({
      version: candidate.id,
      publishedOn: candidate.publishedOn.toString(),
      appliesFrom: takeover.from?.toString() ?? null,
      reason: takeover.reason,
    });
    because.add(takeover.rule);
    // An upheld objection passes this version by; a later one gets a window of its own.
    if (takeover.passedBy) continue;
    if (!takeover.from || before(date, takeover.from)) break;
    index = next;
  }
  return explain(versions[index]!.id, [...because], { steps });
}

interface Takeover {
  readonly from: Temporal.PlainDate | null;
  readonly passedBy?: boolean;
  readonly reason: string;
  readonly rule: RuleId;
}

function takeoverOf(current: TermsVersion, candidate: TermsVersion, input: GoverningVersionInput): Takeover {
  if (current.objectionDays === null) {
    const renewal = input.renewalStarts.find((start) => !before(start, candidate.publishedOn));
    return renewal
      ? { from: renewal, reason: 'renewed on the conditions then current', rule: 'bit:12.1' }
      : {
          from: null,
          reason: 'no renewal after publication: the contract keeps its terms',
          rule: 'bit:12.1',
        };
  }
  const windowEnd = candidate.publishedOn.add({ days: current.objectionDays });
  const afterWindow = windowEnd.add({ days: 1 });
  const objection = input.objections.find(
    (o) =>
      o.versionId === candidate.id &&
      !before(o.receivedOn, candidate.publishedOn) &&
      !before(windowEnd, o.receivedOn),
  );
  if (!objection) {
    return { from: afterWindow, reason: `no objection by ${windowEnd.toString()}`, rule: 'vn:1.1.4' };
  }
  const decision = objection.decision;
  if (!decision || before(input.date, decision.on)) {
    return {
      from: null,
      reason: `objection of ${objection.receivedOn.toString()} awaits the operator's decision`,
      rule: 'vn:1.1.4',
    };
  }
  if (decision.outcome === 'old-version-kept') {
    const reason = `objection upheld on ${decision.on.toString()}: the old version stays`;
    return { from: null, passedBy: true, reason, rule: 'vn:1.1.4' };
  }
  return {
    from: later(decision.on, afterWindow),
    reason: `objection of ${objection.receivedOn.toString()} decided on ${decision.on.toString()}: the new version applies`,
    rule: 'vn:1.1.4',
  };
}
