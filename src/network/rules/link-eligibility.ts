import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import type { CpeState } from './cpe-device.ts';
import type { NapState } from './inventory-states.ts';

/*
 * vn:1.2.15: a link (Koppeling) is a secured connection between two NAPs of the network, or from one
 * to outside it (an external hand-off). vn:2.2.1: to get one, the customer needs a connection to the
 * network and a switch. Adopted reading (CLAUSES.md): a link order is refused unless every NAP end is
 * active and the customer's end (A) has a switch installed at that NAP's premises.
 */

export interface SwitchAt {
  readonly id: string;
  readonly state: CpeState;
  readonly premisesId: string | null;
}

export interface LinkNapEnd {
  readonly kind: 'nap';
  readonly napId: string;
  readonly napState: NapState;
  /** The premises the NAP is at. */
  readonly premisesId: string;
  /** The customer's switches; only those installed at this NAP's premises count. Needed at A only. */
  readonly switches?: readonly SwitchAt[];
}

export interface LinkHandoffEnd {
  readonly kind: 'handoff';
  /** Where the link leaves the network: a partner's port or data centre, as the operator names it. */
  readonly handoff: string;
}

export type LinkEnd = LinkNapEnd | LinkHandoffEnd;

export interface LinkEnds {
  /** The customer's end. */
  readonly a: LinkEnd;
  readonly z: LinkEnd;
}

export type LinkEndName = 'a' | 'z';
export type LinkLack = 'nap' | 'active-nap' | 'switch' | 'distinct-ends';

export interface LinkProblem {
  readonly end: LinkEndName;
  readonly missing: LinkLack;
  readonly problem: string;
  readonly rule: RuleId;
}

/** Every reason the link cannot be ordered, A end first; empty when it can. */
export function linkProblems(ends: LinkEnds): LinkProblem[] {
  if (ends.z.kind === 'handoff' && ends.z.handoff.trim() === '') {
    throw new InvalidInputError('z.handoff', 'is required: name where the link leaves the network');
  }
  const problems: LinkProblem[] = [];
  const { a, z } = ends;
  if (a.kind === 'handoff') {
    problems.push({
      end: 'a',
      missing: 'nap',
      problem: 'the customer’s end must be a NAP; an external hand-off can only be the Z end',
      rule: 'vn:1.2.15',
    });
  } else {
    problems.push(...inactive('a', a));
    if (!hasSwitch(a)) {
      problems.push({
        end: 'a',
        missing: 'switch',
        problem: `no switch is installed at premises ${a.premisesId} of ${a.napId}`,
        rule: 'vn:2.2.1',
      });
    }
  }
  if (z.kind === 'nap') {
    problems.push(...inactive('z', z));
    if (a.kind === 'nap' && a.napId === z.napId) {
      problems.push({
        end: 'z',
        missing: 'distinct-ends',
        problem: `${z.napId} is the A end too; a link joins two different NAPs`,
        rule: 'vn:1.2.15',
      });
    }
  }
  return problems;
}

/** Throws a ConflictError listing every problem, when there is any. */
export function assertLinkEligible(ends: LinkEnds): void {
  const problems = linkProblems(ends);
  if (problems.length === 0) return;
  const listed = problems.map((p) => `${p.end.toUpperCase()} end: ${p.problem} (${p.rule})`).join('; ');
  throw new ConflictError(`cannot order this link: ${listed}`);
}

function inactive(end: LinkEndName, nap: LinkNapEnd): LinkProblem[] {
  if (nap.napState === 'active') return [];
  return [
    {
      end,
      missing: 'active-nap',
      problem: `${nap.napId} is ${nap.napState}, not active`,
      rule: 'vn:2.2.1',
    },
  ];
}

function hasSwitch(nap: LinkNapEnd): boolean {
  return (nap.switches ?? []).some((s) => s.state === 'installed' && s.premisesId === nap.premisesId);
}
