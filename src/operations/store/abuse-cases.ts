import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { networkServices } from '../../network/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import type { AbuseCaseState } from '../schema.ts';
import { abuseCases, abuseMeasures } from '../schema.ts';

export type AbuseCaseRow = typeof abuseCases.$inferSelect;
export type AbuseMeasureRow = typeof abuseMeasures.$inferSelect;
export type NewAbuseCase = typeof abuseCases.$inferInsert;

export async function insertAbuseCase(db: Db, row: NewAbuseCase): Promise<AbuseCaseRow> {
  const [inserted] = await db.insert(abuseCases).values(row).returning();
  return inserted!;
}

/** A case, locked for the change when `forUpdate`. */
export async function findAbuseCase(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<AbuseCaseRow | undefined> {
  const query = db.select().from(abuseCases).where(eq(abuseCases.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateAbuseCase(
  db: Db,
  id: string,
  change: Partial<Pick<AbuseCaseRow, 'state' | 'escalation' | 'escalatedOn' | 'closedAt'>>,
): Promise<AbuseCaseRow> {
  const [row] = await db.update(abuseCases).set(change).where(eq(abuseCases.id, id)).returning();
  return row!;
}

export interface AbuseCaseFilter {
  readonly sellerId?: string;
  readonly customerId?: string;
  readonly state?: AbuseCaseState;
}

/** Cases, newest first. */
export function listAbuseCaseRows(db: Db, filter: AbuseCaseFilter = {}): Promise<AbuseCaseRow[]> {
  return db
    .select()
    .from(abuseCases)
    .where(
      and(
        filter.sellerId ? eq(abuseCases.sellerId, filter.sellerId) : undefined,
        filter.customerId ? eq(abuseCases.customerId, filter.customerId) : undefined,
        filter.state ? eq(abuseCases.state, filter.state) : undefined,
      ),
    )
    .orderBy(desc(abuseCases.openedAt), desc(abuseCases.id));
}

export async function insertAbuseMeasure(
  db: Db,
  row: typeof abuseMeasures.$inferInsert,
): Promise<AbuseMeasureRow> {
  const [inserted] = await db.insert(abuseMeasures).values(row).returning();
  return inserted!;
}

/** The measures of these cases, in the order taken. */
export async function measuresOf(db: Db, caseIds: readonly string[]): Promise<AbuseMeasureRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(abuseMeasures)
    .where(inArray(abuseMeasures.caseId, [...caseIds]))
    .orderBy(asc(abuseMeasures.id));
}

/** Marks the case's measures in force as lifted; answers them. */
export function liftAbuseMeasures(
  db: Db,
  caseId: string,
  lifted: { at: string; by: string },
): Promise<AbuseMeasureRow[]> {
  return db
    .update(abuseMeasures)
    .set({ liftedAt: lifted.at, liftedBy: lifted.by })
    .where(and(eq(abuseMeasures.caseId, caseId), isNull(abuseMeasures.liftedAt)))
    .returning();
}

export type ServiceOfCase = Pick<
  typeof networkServices.$inferSelect,
  'id' | 'customerId' | 'contractId' | 'state'
>;

const serviceColumns = {
  id: networkServices.id,
  customerId: networkServices.customerId,
  contractId: networkServices.contractId,
  state: networkServices.state,
};

export async function findServiceOfCase(db: Db, serviceId: string): Promise<ServiceOfCase | undefined> {
  const [row] = await db
    .select(serviceColumns)
    .from(networkServices)
    .where(eq(networkServices.id, serviceId));
  return row;
}

/** The services under a contract that are running (active or suspended), oldest first. */
export function runningServicesOfContract(db: Db, contractId: string): Promise<ServiceOfCase[]> {
  return db
    .select(serviceColumns)
    .from(networkServices)
    .where(
      and(
        eq(networkServices.contractId, contractId),
        inArray(networkServices.state, ['active', 'suspended']),
      ),
    )
    .orderBy(asc(networkServices.id));
}
