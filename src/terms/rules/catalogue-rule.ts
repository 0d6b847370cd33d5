import type { RuleId } from '../../shared/explanation/explanation.ts';

/** Where a rule stands: applied by code, stated for completeness only, or waiting for its area. */
export type RuleStatus = 'enforced' | 'informational' | 'planned';

/** The bounded context that will apply a planned rule (see shared/DESIGN.md). */
export type RuleArea = 'billing' | 'collections' | 'network' | 'operations' | 'contracts' | 'terms';

export type CatalogueRule =
  | { readonly id: RuleId; readonly summary: string; readonly status: 'enforced' | 'informational' }
  | { readonly id: RuleId; readonly summary: string; readonly status: 'planned'; readonly area: RuleArea };

export const enforced = (id: RuleId, summary: string): CatalogueRule => ({ id, summary, status: 'enforced' });

export const informational = (id: RuleId, summary: string): CatalogueRule => ({
  id,
  summary,
  status: 'informational',
});

export const planned = (id: RuleId, area: RuleArea, summary: string): CatalogueRule => ({
  id,
  summary,
  status: 'planned',
  area,
});
