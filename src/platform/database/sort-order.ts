import { asc, desc } from 'drizzle-orm';
import type { SQL, SQLWrapper } from 'drizzle-orm';

export type SortOrder = 'asc' | 'desc';

/**
 * Each expression in one direction, for a list's ORDER BY: the asked sort key first, then a unique
 * tie-breaker (the id), so that no row moves between pages.
 */
export function orderedBy(order: SortOrder, ...expressions: readonly SQLWrapper[]): SQL[] {
  return expressions.map((expression) => (order === 'asc' ? asc(expression) : desc(expression)));
}
