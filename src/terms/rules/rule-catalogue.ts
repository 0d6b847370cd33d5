import type { RuleId } from '../../shared/explanation/explanation.ts';
import type { CatalogueRule } from './catalogue-rule.ts';
import { bitRules } from './rule-catalogue-bit.ts';
import { nlRules } from './rule-catalogue-nl.ts';
import { vnRules } from './rule-catalogue-vn.ts';

export type { CatalogueRule, RuleArea, RuleStatus } from './catalogue-rule.ts';

/*
 * Every rule id of shared/terms/CLAUSES.md, one entry per id. Where CLAUSES names a range in one
 * row (`bit:6.1`–`6.3`, `vn:1.8.11`–`1.8.12`) the catalogue has one entry per article in it
 * (bit:6.1, bit:6.2, bit:6.3), because profiles and explanations cite single articles; a list
 * (`vn:2.1.3`, `2.2.5`) gives one entry per id listed. Every other id is kept exactly as written.
 * `enforced` means code applies it today (rule-catalogue.test.ts checks code and tests cite it).
 */
export const ruleCatalogue: readonly CatalogueRule[] = [...bitRules, ...vnRules, ...nlRules];

/** The prefixes the catalogue speaks for; an operator's own prefix is outside it. */
export const cataloguePrefixes: ReadonlySet<string> = new Set(ruleCatalogue.map((rule) => prefixOf(rule.id)));

const byId: ReadonlyMap<string, CatalogueRule> = new Map(ruleCatalogue.map((rule) => [rule.id, rule]));

export function findRule(id: string): CatalogueRule | undefined {
  return byId.get(id);
}

/** `bit:12.1` → `bit`; `nl:6:119a` → `nl` (the article itself may contain colons). */
export function prefixOf(id: RuleId | string): string {
  const colon = id.indexOf(':');
  return colon < 0 ? id : id.slice(0, colon);
}
