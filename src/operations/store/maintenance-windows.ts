import { and, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cables, links, naps, networkServices } from '../../network/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { sellers } from '../../sellers/schema.ts';
import type { PlacedService, ScopeReach } from '../rules/maintenance-window.ts';
import type { MaintenanceScope } from '../schema.ts';
import { maintenanceWindows } from '../schema.ts';
import type { MaintenanceWindowRow } from './maintenance-cover.ts';

export type NewMaintenanceWindow = typeof maintenanceWindows.$inferInsert;

export async function sellerExists(db: Db, sellerId: string): Promise<boolean> {
  const [row] = await db.select({ id: sellers.id }).from(sellers).where(eq(sellers.id, sellerId));
  return row !== undefined;
}

/** What a scope reaches on the network: a NAP, a cable's NAPs (not removed), a link; null if unknown. */
export async function scopeReach(
  db: Db,
  scope: MaintenanceScope,
  scopeId: string,
): Promise<ScopeReach | null> {
  if (scope === 'link') {
    const [link] = await db.select({ id: links.id }).from(links).where(eq(links.id, scopeId));
    return link ? { scope, linkId: link.id } : null;
  }
  if (scope === 'nap') {
    const [nap] = await db.select({ id: naps.id }).from(naps).where(eq(naps.id, scopeId));
    return nap ? { scope, napIds: [nap.id] } : null;
  }
  const [cable] = await db.select({ id: cables.id }).from(cables).where(eq(cables.id, scopeId));
  if (!cable) return null;
  const rows = await db.select({ id: naps.id }).from(naps).where(eq(naps.cableId, cable.id));
  return { scope, napIds: rows.map((row) => row.id) };
}

const linkOf = alias(links, 'service_link');

/** The services placed where `reach` is: at its NAPs, on links ending there, or on its link. */
export async function servicesWithin(db: Db, reach: ScopeReach): Promise<PlacedService[]> {
  const where =
    reach.scope === 'link'
      ? eq(networkServices.linkId, reach.linkId)
      : reach.napIds.length === 0
        ? undefined
        : or(
            inArray(networkServices.napId, [...reach.napIds]),
            inArray(linkOf.aNapId, [...reach.napIds]),
            inArray(linkOf.zNapId, [...reach.napIds]),
          );
  if (!where) return [];
  const rows = await db
    .select({
      id: networkServices.id,
      customerId: networkServices.customerId,
      providerId: networkServices.providerId,
      state: networkServices.state,
      napId: networkServices.napId,
      linkId: networkServices.linkId,
      aNapId: linkOf.aNapId,
      zNapId: linkOf.zNapId,
    })
    .from(networkServices)
    .leftJoin(linkOf, eq(linkOf.id, networkServices.linkId))
    .where(where)
    .orderBy(networkServices.id);
  return rows.map(({ aNapId, zNapId, ...service }) => ({
    ...service,
    linkNapIds: [aNapId, zNapId].filter((id): id is string => id !== null),
  }));
}

export async function insertMaintenanceWindow(
  db: Db,
  window: NewMaintenanceWindow,
): Promise<MaintenanceWindowRow> {
  const [row] = await db.insert(maintenanceWindows).values(window).returning();
  return row!;
}

export async function markMaintenanceNotified(db: Db, id: string, at: string): Promise<MaintenanceWindowRow> {
  const [row] = await db
    .update(maintenanceWindows)
    .set({ notifiedAt: at })
    .where(eq(maintenanceWindows.id, id))
    .returning();
  return row!;
}

/** Cancels a window not yet cancelled; null when another cancellation came first. */
export async function markMaintenanceCancelled(
  db: Db,
  id: string,
  at: string,
): Promise<MaintenanceWindowRow | null> {
  const [row] = await db
    .update(maintenanceWindows)
    .set({ cancelledAt: at })
    .where(and(eq(maintenanceWindows.id, id), isNull(maintenanceWindows.cancelledAt)))
    .returning();
  return row ?? null;
}

export async function findMaintenanceWindow(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MaintenanceWindowRow | undefined> {
  const query = db.select().from(maintenanceWindows).where(eq(maintenanceWindows.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export interface MaintenanceWindowFilter {
  readonly sellerId?: string | undefined;
  readonly scope?: MaintenanceScope | undefined;
  readonly scopeId?: string | undefined;
  /** Only windows not cancelled and not over at this instant. */
  readonly upcomingAt?: string | undefined;
}

/** Windows by start, the latest first when listing everything, the next first when upcoming. */
export function listMaintenanceWindows(
  db: Db,
  filter: MaintenanceWindowFilter,
): Promise<MaintenanceWindowRow[]> {
  const upcoming = filter.upcomingAt;
  return db
    .select()
    .from(maintenanceWindows)
    .where(
      and(
        filter.sellerId === undefined ? undefined : eq(maintenanceWindows.sellerId, filter.sellerId),
        filter.scope === undefined ? undefined : eq(maintenanceWindows.scope, filter.scope),
        filter.scopeId === undefined ? undefined : eq(maintenanceWindows.scopeId, filter.scopeId),
        upcoming === undefined
          ? undefined
          : and(isNull(maintenanceWindows.cancelledAt), gt(maintenanceWindows.endsAt, upcoming)),
      ),
    )
    .orderBy(
      upcoming === undefined ? desc(maintenanceWindows.startsAt) : maintenanceWindows.startsAt,
      maintenanceWindows.id,
    )
    .limit(500);
}
