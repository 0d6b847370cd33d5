import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copy, shipped, problemsOf } from '../../../test/support/profile-documents.ts';
import type { Doc } from '../../../test/support/profile-documents.ts';
import { TermsProfileSchema } from './terms-profile-schema.ts';
import { patternInWords } from './leaf-problems.ts';
import type { ProfileProblem } from './validate-profile.ts';
import { validateProfile } from './validate-profile.ts';

describe('validateProfile', () => {
  it.each(Object.keys(shipped) as (keyof typeof shipped)[])('accepts the shipped profile %s', (which) => {
    const result = validateProfile(copy(which));
    expect(result).toEqual({ ok: true, profile: shipped[which] });
  });

  const oneDigit = 'must be a whole number';
  // Each case: a small mutation of a shipped profile, and exactly the problems it must give.
  const cases: [string, keyof typeof shipped, (doc: Doc) => void, ProfileProblem[]][] = [
    [
      'a missing parameter',
      'bit',
      (d) => delete d.payment.termDays,
      [{ path: 'payment.termDays', problem: 'is required' }],
    ],
    ['a missing section', 'vn', (d) => delete d.sla, [{ path: 'sla', problem: 'is required' }]],
    [
      'a number as text',
      'bit',
      (d) => (d.payment.termDays = '14'),
      [{ path: 'payment.termDays', problem: `${oneDigit} (got "14")` }],
    ],
    [
      'a negative term',
      'bit',
      (d) => (d.payment.termDays = -1),
      [{ path: 'payment.termDays', problem: 'must be at least 0 (got -1)' }],
    ],
    [
      'a term too long',
      'vn',
      (d) => (d.payment.termDays = 400),
      [{ path: 'payment.termDays', problem: 'must be at most 365 (got 400)' }],
    ],
    [
      'a fraction of a month',
      'bit',
      (d) => (d.contracts.fixedTerm.notice.months = 1.5),
      [{ path: 'contracts.fixedTerm.notice.months', problem: `${oneDigit} (got 1.5)` }],
    ],
    [
      'an unknown parameter',
      'bit',
      (d) => (d.notes = 'x'),
      [{ path: 'notes', problem: 'is not a known parameter' }],
    ],
    [
      'a misspelt parameter',
      'vn',
      (d) => {
        d.payment.termdays = d.payment.termDays;
        delete d.payment.termDays;
      },
      [
        { path: 'payment.termDays', problem: 'is required' },
        { path: 'payment.termdays', problem: 'is not a known parameter (did you mean termDays?)' },
      ],
    ],
    [
      'an inherited name',
      'bit',
      (d) => (d.quotes.constructor = 1),
      [{ path: 'quotes.constructor', problem: 'is not a known parameter' }],
    ],
    [
      'an empty list of measures',
      'vn',
      (d) => (d.abuse.measures = []),
      [{ path: 'abuse.measures', problem: 'must list at least 1 item' }],
    ],
    [
      'an empty list of rules',
      'bit',
      (d) => (d.payment.rules = []),
      [{ path: 'payment.rules', problem: 'must list at least 1 item' }],
    ],
    [
      'a list that is not a list',
      'bit',
      (d) => (d.payment.rules = 'bit:11.3'),
      [{ path: 'payment.rules', problem: 'must be a list (got "bit:11.3")' }],
    ],
    [
      'a rate as a number',
      'bit',
      (d) => (d.cancellation.feeRate = 0.15),
      [{ path: 'cancellation.feeRate', problem: 'must be text (got 0.15)' }],
    ],
    ['an empty seller', 'bit', (d) => (d.seller = ''), [{ path: 'seller', problem: 'must not be empty' }]],
    [
      'a zero validity',
      'vn',
      (d) => (d.quotes.validityDays = 0),
      [{ path: 'quotes.validityDays', problem: 'must be at least 1 (got 0)' }],
    ],
    [
      'a dunning step the ladder does not know',
      'bit',
      (d) => (d.dunning.steps[0].step = 'warning'),
      [
        {
          path: 'dunning.steps[0].step',
          problem:
            'must be one of "reminder", "collection-costs", "suspension", "notice-of-default", "dissolution" (got "warning")',
        },
      ],
    ],
    [
      'two dunning steps on one day',
      'vn',
      (d) => (d.dunning.steps[4].afterDays = 0),
      [{ path: 'dunning.steps[4].afterDays', problem: 'must be at least 1 (got 0)' }],
    ],
    [
      'a dunning ladder without steps',
      'vn',
      (d) => (d.dunning.steps = []),
      [{ path: 'dunning.steps', problem: 'must list at least 1 item' }],
    ],
  ];

  it.each(cases)('reports %s (%s) at its path', (_name, which, mutate, expected) => {
    const document = copy(which);
    mutate(document);
    expect(problemsOf(document)).toEqual(expected);
  });

  it('reports a document that is not an object', () => {
    expect(problemsOf([])).toEqual([{ path: '(profile)', problem: 'must be an object (got [])' }]);
    // Every section is required but the dunning ladder, which older stored profiles lack.
    expect(problemsOf({}).length).toBe(Object.keys(shipped.bit).length - 1);
  });

  it('accepts a profile stored before dunning ladders existed, and one with none', () => {
    const older = copy('vn');
    delete older.dunning;
    expect(problemsOf(older)).toEqual([]);
    const none = copy('bit');
    none.dunning = null;
    expect(problemsOf(none)).toEqual([]);
  });

  it('says every pattern of the schema in words', () => {
    const patterns = new Set<string>();
    const collect = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const pattern = (node as { pattern?: unknown }).pattern;
      if (typeof pattern === 'string') patterns.add(pattern);
      Object.values(node).forEach(collect);
    };
    collect(TermsProfileSchema);
    expect([...patterns].filter((pattern) => !(pattern in patternInWords))).toEqual([]);
  });

  it('names the key when any single key of a shipped profile is deleted', () => {
    const keyPaths = (value: unknown, path: string): string[][] => {
      if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, `${path}[${index}]`));
      if (typeof value !== 'object' || value === null) return [];
      return Object.entries(value).flatMap(([key, child]) => {
        const here = path === '' ? key : `${path}.${key}`;
        return [[here], ...keyPaths(child, here)];
      });
    };
    // The dunning section itself is optional (see the test above); everything inside it is not.
    const targets = (['bit', 'vn'] as const).flatMap((which) =>
      keyPaths(shipped[which], '')
        .map(([path]) => ({ which, path: path! }))
        .filter(({ path }) => path !== 'dunning'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...targets), ({ which, path }) => {
        const document = copy(which);
        deleteAt(document, path);
        const problems = problemsOf(document);
        expect(problems.some((p) => p.path === path && p.problem.startsWith('is required'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (document) => {
        expect(validateProfile(document).ok).toBe(false);
      }),
    );
    // Any value in place of any section still gives problems at or under that section. The one
    // exception is a different but well-formed rulePrefix: then every id citing the old prefix is
    // rightly reported where it is cited (profile-semantics.test.ts shows it with "acme").
    const citesOtherPrefix = (p: { problem: string }) => p.problem.includes('(its rulePrefix)');
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(shipped.vn)), fc.jsonValue(), (key, value) => {
        const document = copy('vn');
        document[key] = value;
        const result = validateProfile(document);
        if (!result.ok)
          expect(
            result.problems.every(
              (p) =>
                p.path === key ||
                p.path.startsWith(`${key}.`) ||
                p.path.startsWith(`${key}[`) ||
                (key === 'rulePrefix' && citesOtherPrefix(p)),
            ),
          ).toBe(true);
      }),
    );
    // The counterexample fast-check found once (seed 1096616373): "a" is a well-formed prefix.
    const renamed = copy('vn');
    renamed['rulePrefix'] = 'a';
    const result = validateProfile(renamed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length > 0 && result.problems.every(citesOtherPrefix)).toBe(true);
  });
});

/** Deletes `a.b[2].c` from a document. */
function deleteAt(document: Doc, path: string): void {
  const steps = path.match(/[^.[\]]+/g) ?? [];
  const last = steps.pop()!;
  const parent = steps.reduce<Doc>((node, step) => node[step], document);
  delete parent[last];
}
