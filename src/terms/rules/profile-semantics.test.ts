import { describe, expect, it } from 'vitest';
import { copy, problemsOf } from '../../../test/support/profile-documents.ts';
import type { Doc, shipped } from '../../../test/support/profile-documents.ts';
import type { ProfileProblem } from './validate-profile.ts';

// The checks the schema cannot express, each a small mutation of a shipped profile.
describe('validateProfile beyond the schema', () => {
  const cases: [string, keyof typeof shipped, (doc: Doc) => void, ProfileProblem[]][] = [
    [
      'a date that does not exist',
      'vn',
      (d) => (d.publishedOn = '2018-02-30'),
      [{ path: 'publishedOn', problem: '"2018-02-30" is not a real date' }],
    ],
    [
      "another seller's rule id",
      'vn',
      (d) => (d.payment.rules[0] = 'bit:11.3'),
      [
        {
          path: 'payment.rules[0]',
          problem: `"bit:11.3" is not this profile's rule: ids start with "vn:" (its rulePrefix) or "nl:"`,
        },
      ],
    ],
    [
      'an article the catalogue lacks',
      'vn',
      (d) => (d.payment.rules[0] = 'vn:7.1.55'),
      [
        {
          path: 'payment.rules[0]',
          problem: '"vn:7.1.55" is not in the rule catalogue (shared/terms/CLAUSES.md)',
        },
      ],
    ],
    [
      'a law the catalogue lacks',
      'bit',
      (d) => d.lateInterest.rules.push('nl:6:999'),
      [
        {
          path: 'lateInterest.rules[3]',
          problem: '"nl:6:999" is not in the rule catalogue (shared/terms/CLAUSES.md)',
        },
      ],
    ],
    [
      'a maximum below the average',
      'vn',
      (d) => (d.sla.repairTimes[2].maximumHours = 10),
      [{ path: 'sla.repairTimes[2].maximumHours', problem: 'must be at least averageHours (12); got 10' }],
    ],
    [
      'a fiber count listed twice',
      'vn',
      (d) => (d.sla.repairTimes[4].fiberCounts = [192, 48]),
      [
        {
          path: 'sla.repairTimes[4].fiberCounts[1]',
          problem: 'fiber count 48 is already listed in sla.repairTimes[1]',
        },
      ],
    ],
    [
      'a fiber count twice in a row',
      'vn',
      (d) => (d.sla.repairTimes[1].fiberCounts = [48, 48]),
      [
        {
          path: 'sla.repairTimes[1].fiberCounts[1]',
          problem: 'fiber count 48 is already listed in this row',
        },
      ],
    ],
    [
      'a default above the maximum',
      'vn',
      (d) => (d.contracts.thirdParty.renewal.defaultMonths = 13),
      [
        {
          path: 'contracts.thirdParty.renewal.defaultMonths',
          problem: 'must not exceed maxMonths (12); got 13',
        },
      ],
    ],
    [
      'no contract kind at all',
      'bit',
      (d) => (d.contracts = { fixedTerm: null, indefinite: null, domain: null, thirdParty: null }),
      [
        {
          path: 'contracts',
          problem: 'at least one of fixedTerm, indefinite, domain, thirdParty must be set (all are null)',
        },
      ],
    ],
    [
      'dunning steps out of order',
      'bit',
      (d) => (d.dunning.steps = [d.dunning.steps[1], d.dunning.steps[0], ...d.dunning.steps.slice(2)]),
      [
        {
          path: 'dunning.steps[1].step',
          problem:
            '"reminder" must come before "collection-costs" (dunning.steps[0]): the ladder runs reminder, collection-costs, suspension, notice-of-default, dissolution',
        },
      ],
    ],
    [
      'a dunning step twice',
      'bit',
      (d) => d.dunning.steps.splice(1, 0, { step: 'reminder', afterDays: 7, rules: ['bit:11.6'] }),
      [{ path: 'dunning.steps[1].step', problem: '"reminder" is already listed at dunning.steps[0]' }],
    ],
    [
      'a notice of default without a term',
      'vn',
      (d) => delete d.dunning.steps[3].termDays,
      [{ path: 'dunning.steps[3].termDays', problem: 'is required: a notice of default names its term' }],
    ],
    [
      'a term on a reminder',
      'vn',
      (d) => (d.dunning.steps[0].termDays = 14),
      [{ path: 'dunning.steps[0].termDays', problem: 'only a notice of default has a term' }],
    ],
    [
      'dissolution without the notice of default the terms require (vn:1.6.2)',
      'vn',
      (d) => d.dunning.steps.splice(3, 1),
      [
        {
          path: 'dunning.steps[3].step',
          problem: 'needs a "notice-of-default" step before it: dissolution.afterNoticeOfDefault is true',
        },
      ],
    ],
    [
      'an article the catalogue lacks, on a dunning step',
      'bit',
      (d) => (d.dunning.steps[2].rules = ['bit:11.55']),
      [
        {
          path: 'dunning.steps[2].rules[0]',
          problem: '"bit:11.55" is not in the rule catalogue (shared/terms/CLAUSES.md)',
        },
      ],
    ],
  ];

  it('lets a ladder dissolve without a notice of default where the terms do (bit:11.5)', () => {
    const document = copy('bit');
    expect(document.dissolution.afterNoticeOfDefault).toBe(false);
    expect(document.dunning.steps.map((s: Doc) => s.step)).not.toContain('notice-of-default');
    expect(problemsOf(document)).toEqual([]);
  });

  it.each(cases)('reports %s (%s) at its path', (_name, which, mutate, expected) => {
    const document = copy(which);
    mutate(document);
    expect(problemsOf(document)).toEqual(expected);
  });

  it("leaves an operator's own prefix free", () => {
    const document = copy('bit');
    document.rulePrefix = 'acme';
    document.payment.rules = ['acme:4.2', 'nl:6:119a'];
    expect(problemsOf(document).map((p) => p.path)).not.toContain('payment.rules[0]');
  });

  it('lists every problem of a profile, schema and beyond, not just the first', () => {
    const document = copy('vn');
    document.payment.termdays = document.payment.termDays;
    delete document.payment.termDays;
    document.contracts.thirdParty.endsAt = 'quarter';
    document.renewalProtection.telecomServices[1] = 'tv';
    document.abuse.measures = [];
    document.deviations = 'yes';
    document.quotes.validityDays = 0;
    document.publishedOn = '2018-02-30';
    document.payment.rules[0] = 'vn:7.1.55';
    document.sla.repairTimes[2].maximumHours = 10;
    document.sla.repairTimes[4].fiberCounts = [192, 48];
    document.contracts.thirdParty.renewal.defaultMonths = 13;
    expect(problemsOf(document).map((problem) => problem.path)).toEqual([
      'deviations',
      'quotes.validityDays',
      'contracts.thirdParty.endsAt',
      'renewalProtection.telecomServices[1]',
      'payment.termDays',
      'payment.termdays',
      'abuse.measures',
      'payment.rules[0]',
      'publishedOn',
      'contracts.thirdParty.renewal.defaultMonths',
      'sla.repairTimes[2].maximumHours',
      'sla.repairTimes[4].fiberCounts[1]',
    ]);
  });
});
