import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findRule, prefixOf, ruleCatalogue } from './rules/rule-catalogue.ts';
import { shippedProfiles } from './shipped-profiles.ts';
import { listsOnly as listsOnlyFiles } from '../../scripts/rule-catalogue.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const clausesPath = path.resolve(repoRoot, '..', 'shared', 'terms', 'CLAUSES.md');
const enforcedIds = ruleCatalogue.filter((rule) => rule.status === 'enforced').map((rule) => rule.id);

/**
 * The rule ids of CLAUSES.md: the backticked first column of its tables. A range
 * (`bit:6.1`–`6.3`) gives every article in it; a list (`vn:2.1.3`, `2.2.5`) each id listed, the
 * later ones taking the prefix of the first. This is how rule-catalogue.ts reads the table too.
 */
function clausesRuleIds(markdown: string): string[] {
  return markdown.split('\n').flatMap((row) => {
    const firstCell = row.startsWith('|') ? (row.split('|')[1] ?? '') : '';
    const tokens = [...firstCell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
    const [first, ...rest] = tokens;
    if (first === undefined || !/^[a-z]+:/.test(first)) return [];
    const prefix = `${prefixOf(first)}:`;
    const withPrefix = (token: string) => (token.includes(':') ? token : prefix + token);
    if (firstCell.includes('–') && rest.length === 1) return expandRange(first, withPrefix(rest[0]!));
    return [first, ...rest.map(withPrefix)];
  });
}

function expandRange(from: string, to: string): string[] {
  const head = from.slice(0, from.lastIndexOf('.') + 1);
  if (!to.startsWith(head)) throw new Error(`cannot expand the range ${from}–${to}`);
  const [start, end] = [Number(from.slice(head.length)), Number(to.slice(head.length))];
  return Array.from({ length: end - start + 1 }, (_, index) => `${head}${start + index}`);
}

function citedRuleIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citedRuleIds);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'rules' && Array.isArray(child) ? child.map(String) : citedRuleIds(child),
  );
}

describe('the rule catalogue', () => {
  it('reads ranges and lists the way the catalogue documents', () => {
    const table = [
      '| `bit:6.1`–`6.3` | x |',
      '| `vn:2.1.3`, `2.2.5` | y |',
      '| `nl:6:119a` | z |',
      '| `bit-2016-10-25` | p |',
    ];
    expect(clausesRuleIds(table.join('\n'))).toEqual([
      'bit:6.1',
      'bit:6.2',
      'bit:6.3',
      'vn:2.1.3',
      'vn:2.2.5',
      'nl:6:119a',
    ]);
  });

  const present = existsSync(clausesPath);
  it.skipIf(!present)(
    present
      ? 'has exactly the rule ids of CLAUSES.md'
      : `SKIPPED: ${clausesPath} is absent, so the catalogue cannot be compared with it`,
    () => {
      const ids = clausesRuleIds(readFileSync(clausesPath, 'utf8'));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ruleCatalogue.map((rule) => rule.id).sort()).toEqual([...ids].sort());
    },
  );

  it('lists each id once, with a summary, and an area for every planned rule', () => {
    const ids = ruleCatalogue.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ruleCatalogue) {
      expect(rule.summary.length, rule.id).toBeGreaterThan(10);
      if (rule.status === 'planned')
        expect(rule.area, rule.id).toMatch(/^(billing|collections|network|operations|contracts|terms)$/);
    }
    expect(findRule('bit:12.2')).toMatchObject({ status: 'enforced' });
    expect(findRule('vn:8')).toMatchObject({ status: 'informational' });
    expect(findRule('vn:6.4.12')).toMatchObject({ status: 'planned', area: 'operations' });
    expect(findRule('bit:99')).toBeUndefined();
  });

  it('marks as enforced exactly the rules code applies today', () => {
    expect([...enforcedIds].sort()).toEqual(
      [
        ...['nl:workdays', 'nl:vat', 'nl:peppol', 'nl:6:236j', 'nl:tw7.2a'],
        ...[
          'bit:1.1',
          'bit:2.1',
          'bit:2.3',
          'bit:4.1',
          'bit:9.1',
          'bit:9.2',
          'bit:12.1',
          'bit:12.2',
          'bit:12.3',
        ],
        ...['vn:1.1.4', 'vn:1.4.1', 'vn:1.5.1', 'vn:1.5.2', 'vn:1.5.4', 'vn:1.6.1', 'vn:1.6.2', 'vn:1.6.3'],
        ...['vn:1.6.4', 'vn:1.9.1'],
        // The open network and its equipment (issue 4).
        ...['vn:1.6.5', 'vn:1.6.8', 'vn:2.1.4', 'vn:2.1.8', 'vn:2.2.6', 'vn:6.2.1'],
        ...['vn:7.2.2', 'vn:7.2.3', 'vn:7.2.4'],
        ...['vn:2.1.10', 'vn:2.1.12', 'vn:2.1.13', 'vn:2.2.1', 'vn:2.2.3', 'vn:2.3.2', 'vn:2.3.3'],
        ...['vn:2.4', 'vn:3.1', 'vn:7.4.1', 'vn:7.4.3', 'bit:5.2'],
        // Billing (issue 5).
        ...['bit:11.1', 'bit:11.2', 'bit:11.3', 'vn:7.1.3', 'vn:7.1.4', 'vn:7.1.5', 'vn:7.3.1'],
        // Payments and collections (issue 6).
        ...['bit:9.3', 'bit:9.5', 'bit:11.4', 'bit:11.5', 'bit:11.6', 'bit:11.7', 'vn:7.1.6', 'vn:7.1.7'],
        ...['nl:6:119', 'nl:6:119a', 'nl:6:43', 'nl:6:44', 'nl:bik'],
        // Operations (issue 7): faults and SLA, maintenance, force majeure, abuse, liability.
        ...['vn:6.4.1', 'vn:6.4.4', 'vn:6.4.8', 'vn:6.4.9', 'vn:6.4.10', 'vn:6.4.11', 'vn:2.1.3', 'vn:2.2.5'],
        ...['vn:1.10.2', 'vn:1.10.4', 'bit:6.3', 'bit:6.4', 'bit:6.5'],
        ...['vn:4.1.2', 'vn:4.1.4', 'vn:4.1.5', 'vn:4.1.6', 'bit:12.4'],
        ...['vn:1.8.4', 'vn:1.8.5', 'vn:1.8.7', 'vn:1.8.9', 'vn:1.8.12', 'bit:8.6'],
      ].sort(),
    );
  });

  it('knows every rule id the shipped profiles cite', () => {
    for (const profile of shippedProfiles().values()) {
      expect(
        citedRuleIds(profile).filter((id) => !findRule(id)),
        profile.id,
      ).toEqual([]);
    }
  });

  it('has every enforced rule that is a profile matter cited by a shipped profile', () => {
    const profiles = [...shippedProfiles().values()];
    const cited = new Set(profiles.flatMap(citedRuleIds));
    const profilePrefixes = new Set(profiles.map((profile) => profile.rulePrefix));
    const workflow = new Set(
      ruleCatalogue.filter((rule) => 'workflow' in rule && rule.workflow).map((r) => r.id),
    );
    const profileMatters = enforcedIds.filter(
      (id) =>
        !workflow.has(id) && (profilePrefixes.has(prefixOf(id)) || id === 'nl:6:236j' || id === 'nl:tw7.2a'),
    );
    expect(profileMatters.filter((id) => !cited.has(id))).toEqual([]);
  });
});

/*
 * THE COVERAGE TEST: an enforced rule is applied by code that cites it, and tested by a test that
 * cites it. Files that only list or quote ids (the catalogue, the profiles' own tests) do not count.
 */
const listsOnly = new Set([...listsOnlyFiles].map((file) => path.join(repoRoot, file)));

function typeScriptFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typeScriptFiles(full);
    return entry.name.endsWith('.ts') && !listsOnly.has(full) ? [full] : [];
  });
}

/** The id as a whole word: `bit:2.1` is not found inside `bit:2.10` or `xbit:2.1`. */
function cites(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9-])${escaped}(?![0-9A-Za-z]|[.:][0-9A-Za-z])`).test(text);
}

describe('coverage of the enforced rules', () => {
  it('has code and a test citing every enforced rule id', () => {
    const files = [
      ...typeScriptFiles(path.join(repoRoot, 'src')),
      ...typeScriptFiles(path.join(repoRoot, 'test')),
    ];
    const code = files.filter(
      (file) => file.includes(`${path.sep}src${path.sep}`) && !file.endsWith('.test.ts'),
    );
    const tests = files.filter((file) => file.endsWith('.test.ts'));
    const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    const citedIn = (group: string[], id: string) => group.some((file) => cites(texts.get(file) ?? '', id));
    const missing = enforcedIds.flatMap((id) => {
      const lacks = [
        citedIn(code, id) ? '' : 'no code (no non-test .ts file under src/)',
        citedIn(tests, id) ? '' : 'no test (no *.test.ts file under src/ or test/)',
      ].filter(Boolean);
      return lacks.length === 0 ? [] : [`${id}: ${lacks.join(' and ')} cites it`];
    });
    expect(missing, `enforced rules without code or tests:\n${missing.join('\n')}`).toEqual([]);
  });
});
