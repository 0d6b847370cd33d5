import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import type { NetworkServiceState } from '../rules/index.ts';
import { serviceHolds } from '../schema.ts';

export type ServiceHoldRow = typeof serviceHolds.$inferSelect;

/** The holds in force on a service, oldest first. */
export function activeHoldsOf(db: Db, serviceId: string): Promise<ServiceHoldRow[]> {
  return db
    .select()
    .from(serviceHolds)
    .where(and(eq(serviceHolds.serviceId, serviceId), isNull(serviceHolds.liftedAt)))
    .orderBy(serviceHolds.id);
}

/** Of these services, those a suspending hold keeps down. */
export async function servicesSuspendedByHold(db: Db, serviceIds: readonly string[]): Promise<Set<string>> {
  if (serviceIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ serviceId: serviceHolds.serviceId })
    .from(serviceHolds)
    .where(
      and(
        inArray(serviceHolds.serviceId, [...serviceIds]),
        eq(serviceHolds.measure, 'suspend'),
        isNull(serviceHolds.liftedAt),
      ),
    );
  return new Set(rows.map((row) => row.serviceId));
}

/** Non-payment began or ended while a hold keeps these services down: where they go once it lifts. */
export async function setResumeState(
  db: Db,
  serviceIds: readonly string[],
  resumesTo: NetworkServiceState,
): Promise<void> {
  if (serviceIds.length === 0) return;
  await db
    .update(serviceHolds)
    .set({ resumesTo })
    .where(and(inArray(serviceHolds.serviceId, [...serviceIds]), isNull(serviceHolds.liftedAt)));
}

/** Services closed on the network: whatever held them is over, with nothing left to undo. */
export async function endHoldsOf(db: Db, serviceIds: readonly string[], at: string): Promise<void> {
  if (serviceIds.length === 0) return;
  await db
    .update(serviceHolds)
    .set({ liftedAt: at })
    .where(and(inArray(serviceHolds.serviceId, [...serviceIds]), isNull(serviceHolds.liftedAt)));
}
