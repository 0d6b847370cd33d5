import { and, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { maintenanceWindows } from '../schema.ts';

export type MaintenanceWindowRow = typeof maintenanceWindows.$inferSelect;

/** What a fault or a service touches on the network: its NAPs, their cables, its link. */
export interface NetworkScope {
  readonly napIds: readonly string[];
  readonly cableIds: readonly string[];
  readonly linkIds: readonly string[];
}

/**
 * The planned, not cancelled maintenance window on any part of `scope` that is open at `at`
 * (from `startsAt`, until before `endsAt`), the earliest planned first; null when none is.
 */
export async function maintenanceWindowCovering(
  db: Db,
  scope: NetworkScope,
  at: string,
): Promise<MaintenanceWindowRow | null> {
  const parts = [
    scopeIs('nap', scope.napIds),
    scopeIs('cable', scope.cableIds),
    scopeIs('link', scope.linkIds),
  ].filter((part) => part !== undefined);
  if (parts.length === 0) return null;
  const [row] = await db
    .select()
    .from(maintenanceWindows)
    .where(
      and(
        or(...parts),
        isNull(maintenanceWindows.cancelledAt),
        lte(maintenanceWindows.startsAt, at),
        gt(maintenanceWindows.endsAt, at),
      ),
    )
    .orderBy(maintenanceWindows.startsAt, maintenanceWindows.id)
    .limit(1);
  return row ?? null;
}

function scopeIs(scope: MaintenanceWindowRow['scope'], ids: readonly string[]) {
  if (ids.length === 0) return undefined;
  return and(inArray(maintenanceWindows.scope, [scope]), inArray(maintenanceWindows.scopeId, [...ids]));
}
