import type { RuleId } from '../../shared/explanation/explanation.ts';

/** Where a rule stands: applied by code, stated for completeness only, or waiting for its area. */
export type RuleStatus = 'enforced' | 'informational' | 'planned';

/** The bounded context that will apply a planned rule (see shared/DESIGN.md). */
export type RuleArea = 'billing' | 'collections' | 'network' | 'operations' | 'contracts' | 'terms';

export type CatalogueRule =
  | {
      readonly id: RuleId;
      readonly summary: string;
      readonly status: 'enforced' | 'informational';
      /** Applied by a context's workflow to every order, not switched on by a profile parameter. */
      readonly workflow?: true;
    }
  | { readonly id: RuleId; readonly summary: string; readonly status: 'planned'; readonly area: RuleArea };

export const enforced = (id: RuleId, summary: string): CatalogueRule => ({ id, summary, status: 'enforced' });

/**
 * Enforced by the workflow of a context (the open network's orders, the catalog's price lists) for
 * every seller: no profile parameter turns it on, so no profile needs to cite it.
 */
export const enforcedWorkflow = (id: RuleId, summary: string): CatalogueRule => ({
  id,
  summary,
  status: 'enforced',
  workflow: true,
});

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
