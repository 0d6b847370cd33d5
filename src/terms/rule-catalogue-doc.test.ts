import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  catalogueDoc,
  catalogueInput,
  profileParameters,
  regenerateCommand,
  ruleCatalogueMarkdown,
} from '../../scripts/rule-catalogue.ts';
import type { CatalogueInput } from '../../scripts/rule-catalogue.ts';
import { enforced, planned } from './rules/catalogue-rule.ts';

/*
 * docs/rule-catalogue.md is generated from the code (scripts/rule-catalogue.ts): every rule id, its
 * text, and the files that implement and test it. The file must equal what the code gives today, so
 * a new rule, a new citing file or a changed text shows up in review. This file cites no rule id of
 * its own: the examples below use the made-up prefix `zz`.
 */

describe('docs/rule-catalogue.md', () => {
  it('is what the code gives today', () => {
    const expected = ruleCatalogueMarkdown(catalogueInput());
    const actual = existsSync(catalogueDoc) ? readFileSync(catalogueDoc, 'utf8') : '';
    expect(actual, `docs/rule-catalogue.md is out of date: run \`${regenerateCommand}\``).toBe(expected);
  });
});

describe('the rule catalogue page', () => {
  const input: CatalogueInput = {
    rules: [
      enforced('zz:2.1', 'The first rule of zz'),
      planned('zz:2.10', 'billing', 'The tenth rule of zz'),
    ],
    prefixes: new Set(['zz']),
    profiles: new Map([['zz-2026', [{ path: 'payment', rules: ['zz:2.1'] }]]]),
    files: [
      { path: 'src/a/rules/pay.ts', text: '// zz:2.1: pay in time. See zz:2 and zz:2.7.' },
      { path: 'src/a/rules/pay.test.ts', text: "expect(why).toMatch(/\\(zz:2\\.1\\)/); // 'zz:2.10' too" },
      { path: 'test/x.test.ts', text: 'nothing cited; xzz:2.1 is another prefix' },
    ],
  };
  const page = ruleCatalogueMarkdown(input);

  it('gives each rule its text, status, profile parameters, code and tests, citing whole ids only', () => {
    expect(page).toContain(
      [
        '### `zz:2.1`',
        '',
        'The first rule of zz. _enforced_',
        '',
        '- Profile parameters: zz-2026 `payment`',
        '- Implemented in: [src/a/rules/pay.ts](../src/a/rules/pay.ts)',
        '- Tested in: [src/a/rules/pay.test.ts](../src/a/rules/pay.test.ts)',
      ].join('\n'),
    );
    expect(page).toContain(
      [
        '### `zz:2.10`',
        '',
        'The tenth rule of zz. _planned (billing)_',
        '',
        '- Profile parameters: —',
        '- Implemented in: —',
        '- Tested in: [src/a/rules/pay.test.ts](../src/a/rules/pay.test.ts)',
      ].join('\n'),
    );
  });

  it('lists the ids cited but not catalogued, an article apart from the rest', () => {
    const unknown = page.slice(page.indexOf('## Cited in code but not in the catalogue'));
    expect(unknown).toMatch(/their parts\):\n\n- `zz:2`: \[src\/a\/rules\/pay\.ts\]/);
    expect(unknown).toMatch(/should gain\):\n\n- `zz:2\.7`: \[src\/a\/rules\/pay\.ts\]/);
    expect(unknown).not.toContain('xzz');
  });

  it('gives the same text for the same inputs, with no date in it', () => {
    expect(ruleCatalogueMarkdown(input)).toBe(page);
    expect(page).not.toMatch(/20[0-9]{2}-[0-9]{2}-[0-9]{2}/);
  });

  it('reads the parameters of a profile by the path of the section citing them', () => {
    const profile = { payment: { termDays: 14, rules: ['zz:1'] }, dunning: { steps: [{ rules: ['zz:2'] }] } };
    expect(profileParameters(profile)).toEqual([
      { path: 'payment', rules: ['zz:1'] },
      { path: 'dunning.steps[0]', rules: ['zz:2'] },
    ]);
  });
});
