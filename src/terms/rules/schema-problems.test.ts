import { describe, expect, it } from 'vitest';
import { copy, problemsOf } from '../../../test/support/profile-documents.ts';
import type { Doc, shipped } from '../../../test/support/profile-documents.ts';
import type { ProfileProblem } from './validate-profile.ts';

const oneDigit = 'must be a whole number';

// Unions, closed lists and patterns: one problem each, in words, never a cascade of branches.
describe('schema problems of choices and forms', () => {
  const cases: [string, keyof typeof shipped, (doc: Doc) => void, ProfileProblem[]][] = [
    [
      'an unknown customer kind',
      'bit',
      (d) => (d.customers.defaultKind = 'private'),
      [{ path: 'customers.defaultKind', problem: 'must be one of "business", "consumer" (got "private")' }],
    ],
    [
      'an unknown period',
      'bit',
      (d) => (d.contracts.indefinite.endsAt = 'week'),
      [
        {
          path: 'contracts.indefinite.endsAt',
          problem: 'must be one of "month", "quarter", "year" (got "week")',
        },
      ],
    ],
    [
      'a null period',
      'bit',
      (d) => (d.billing.recurring.period = null),
      [{ path: 'billing.recurring.period', problem: 'must be one of "month", "quarter", "year" (got null)' }],
    ],
    [
      'a wrong literal',
      'vn',
      (d) => (d.contracts.thirdParty.endsAt = 'quarter'),
      [{ path: 'contracts.thirdParty.endsAt', problem: 'must be "term-end" (got "quarter")' }],
    ],
    [
      'a wrong nullable literal',
      'vn',
      (d) => (d.liability.longContractCap = 'all-fees'),
      [
        {
          path: 'liability.longContractCap',
          problem: 'must be "fees-paid-in-calendar-year-of-damage" or null (got "all-fees")',
        },
      ],
    ],
    [
      'an unknown renewal kind',
      'bit',
      (d) => (d.contracts.fixedTerm.renewal = { kind: 'yearly' }),
      [
        {
          path: 'contracts.fixedTerm.renewal.kind',
          problem: 'must be one of "same-duration", "fixed-months", "payment-term", "none" (got "yearly")',
        },
      ],
    ],
    [
      'a renewal without kind',
      'bit',
      (d) => (d.contracts.fixedTerm.renewal = { months: 12 }),
      [
        {
          path: 'contracts.fixedTerm.renewal.kind',
          problem: 'is required: one of "same-duration", "fixed-months", "payment-term", "none"',
        },
      ],
    ],
    [
      'a renewal missing its months',
      'bit',
      (d) => (d.contracts.fixedTerm.renewal = { kind: 'fixed-months' }),
      [{ path: 'contracts.fixedTerm.renewal.months', problem: 'is required' }],
    ],
    [
      'a parameter of another formation kind',
      'bit',
      (d) => (d.formation.requiresSignedForm = true),
      [{ path: 'formation.requiresSignedForm', problem: 'is not a known parameter' }],
    ],
    [
      'an unknown formation kind',
      'vn',
      (d) => (d.formation.kind = 'handshake'),
      [
        {
          path: 'formation.kind',
          problem: 'must be one of "refusal-window", "signed-acceptance" (got "handshake")',
        },
      ],
    ],
    [
      'a section that is neither object nor null',
      'vn',
      (d) => (d.deviations = 'yes'),
      [{ path: 'deviations', problem: 'must be an object or null (got "yes")' }],
    ],
    [
      'a nullable number as words',
      'bit',
      (d) => (d.complaints.deliveryWorkingDays = 'three'),
      [{ path: 'complaints.deliveryWorkingDays', problem: `${oneDigit} or null (got "three")` }],
    ],
    [
      'an unknown service kind',
      'vn',
      (d) => (d.renewalProtection.telecomServices[1] = 'tv'),
      [
        {
          path: 'renewalProtection.telecomServices[1]',
          problem:
            'must be one of "access", "link", "third-party", "colocation", "hosting", "domain", "other" (got "tv")',
        },
      ],
    ],
    [
      'a malformed rule id',
      'vn',
      (d) => (d.payment.rules[0] = 'VN 7.1.5'),
      [
        {
          path: 'payment.rules[0]',
          problem:
            'must be a rule id: a lowercase prefix, a colon and the article, e.g. "bit:12.1" or "nl:6:119a" (got "VN 7.1.5")',
        },
      ],
    ],
    [
      'a malformed ground',
      'vn',
      (d) => (d.immediateTermination.grounds[0] = 'Customer moves'),
      [
        {
          path: 'immediateTermination.grounds[0]',
          problem: 'must be lowercase words joined by hyphens, e.g. "customer-moves" (got "Customer moves")',
        },
      ],
    ],
    [
      'a malformed id',
      'bit',
      (d) => (d.id = 'BIT 2016'),
      [
        {
          path: 'id',
          problem:
            'must be lowercase letters, digits, dots and hyphens, e.g. "bit-2016-10-25" (got "BIT 2016")',
        },
      ],
    ],
    [
      'a rate as a percentage',
      'bit',
      (d) => (d.cancellation.feeRate = '15%'),
      [
        {
          path: 'cancellation.feeRate',
          problem: 'must be a fraction from 0 to 1 written as text, e.g. "0.15" (got "15%")',
        },
      ],
    ],
    [
      'a date in another form',
      'vn',
      (d) => (d.publishedOn = '15-04-2018'),
      [
        {
          path: 'publishedOn',
          problem: 'must be a date written YYYY-MM-DD, e.g. "2018-04-15" (got "15-04-2018")',
        },
      ],
    ],
  ];

  it.each(cases)('reports %s (%s) at its path', (_name, which, mutate, expected) => {
    const document = copy(which);
    mutate(document);
    expect(problemsOf(document)).toEqual(expected);
  });
});
