import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import { CPE_STATES } from './cpe-device.ts';
import type { CpeState } from './cpe-device.ts';
import { NAP_STATES } from './inventory-states.ts';
import { assertLinkEligible, linkProblems } from './link-eligibility.ts';
import type { LinkEnd, LinkNapEnd } from './link-eligibility.ts';

const switchAt = (premisesId: string | null, state: CpeState = 'installed') => ({
  id: 'CPE-1',
  state,
  premisesId,
});
const a: LinkNapEnd = {
  kind: 'nap',
  napId: 'NAP-1',
  napState: 'active',
  premisesId: 'PR-1',
  switches: [switchAt('PR-1')],
};
const z: LinkNapEnd = { kind: 'nap', napId: 'NAP-2', napState: 'active', premisesId: 'PR-2' };
const handoff: LinkEnd = { kind: 'handoff', handoff: 'NIKHEF rack 12 port 4' };

describe('link eligibility (vn:1.2.15, vn:2.2.1)', () => {
  it('accepts two active NAPs with a switch at the customer’s end', () => {
    expect(linkProblems({ a, z })).toEqual([]);
    expect(() => assertLinkEligible({ a, z })).not.toThrow();
  });

  it('accepts an external hand-off at Z', () => {
    expect(linkProblems({ a, z: handoff })).toEqual([]);
  });

  it('does not ask for a switch at Z', () => {
    expect(linkProblems({ a, z: { ...z, switches: [] } })).toEqual([]);
  });

  it('lists every problem, naming the end', () => {
    const problems = linkProblems({
      a: { ...a, napState: 'planned', switches: [switchAt('PR-9'), switchAt('PR-1', 'returned')] },
      z: { ...z, napState: 'out-of-service' },
    });
    expect(problems).toEqual([
      { end: 'a', missing: 'active-nap', problem: 'NAP-1 is planned, not active', rule: 'vn:2.2.1' },
      {
        end: 'a',
        missing: 'switch',
        problem: 'no switch is installed at premises PR-1 of NAP-1',
        rule: 'vn:2.2.1',
      },
      { end: 'z', missing: 'active-nap', problem: 'NAP-2 is out-of-service, not active', rule: 'vn:2.2.1' },
    ]);
  });

  it('wants the customer’s end to be a NAP and the two ends to differ', () => {
    expect(linkProblems({ a: handoff, z }).map((p) => [p.end, p.missing])).toEqual([['a', 'nap']]);
    expect(linkProblems({ a, z: a }).map((p) => [p.end, p.missing])).toEqual([['z', 'distinct-ends']]);
  });

  it('throws one conflict listing them all', () => {
    expect(() => assertLinkEligible({ a: { ...a, switches: [] }, z: { ...z, napState: 'removed' } })).toThrow(
      new ConflictError(
        'cannot order this link: A end: no switch is installed at premises PR-1 of NAP-1 (vn:2.2.1); ' +
          'Z end: NAP-2 is removed, not active (vn:2.2.1)',
      ),
    );
  });

  it('refuses a hand-off without a name', () => {
    expect(() => linkProblems({ a, z: { kind: 'handoff', handoff: ' ' } })).toThrow(InvalidInputError);
  });

  it('finds a problem exactly when a NAP end is not active or A has no installed switch there', () => {
    const sw = fc.record({
      id: fc.constant('CPE-7'),
      state: fc.constantFrom(...CPE_STATES),
      premisesId: fc.constantFrom('PR-1', 'PR-2', null),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...NAP_STATES),
        fc.constantFrom(...NAP_STATES),
        fc.array(sw, { maxLength: 3 }),
        (aState, zState, switches) => {
          const ends = { a: { ...a, napState: aState, switches }, z: { ...z, napState: zState } };
          const switchOk = switches.some((s) => s.state === 'installed' && s.premisesId === 'PR-1');
          const ok = aState === 'active' && zState === 'active' && switchOk;
          expect(linkProblems(ends).length === 0).toBe(ok);
          expect(linkProblems(ends).length).toBe(
            Number(aState !== 'active') + Number(zState !== 'active') + Number(!switchOk),
          );
        },
      ),
    );
  });
});
