import { and, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { queryRows } from '../../platform/database/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { cpeDevices, links, networkServices } from '../schema.ts';

/** Contracts that still have something on the network: an open service, a link or an installed switch. */
export async function contractsWithNetworkPresence(db: Db): Promise<string[]> {
  const rows = await queryRows<{ contract_id: string }>(
    db,
    sql`
    SELECT contract_id FROM ${networkServices} WHERE state <> 'closed' AND contract_id IS NOT NULL
    UNION SELECT contract_id FROM ${links} WHERE ended_on IS NULL AND contract_id IS NOT NULL
    UNION SELECT contract_id FROM ${cpeDevices} WHERE state = 'installed' AND contract_id IS NOT NULL
    ORDER BY contract_id`,
  );
  return rows.map((row) => row.contract_id);
}

/**
 * Closes a contract's services, and the services riding on its access: a third-party service at a
 * NAP whose access belongs to the contract ends with that access (vn:2.3.2: opened on it, closed with it).
 */
export async function closeServicesOfContract(db: Db, contractId: string, on: string) {
  const accessNaps = db
    .select({ napId: networkServices.napId })
    .from(networkServices)
    .where(and(eq(networkServices.contractId, contractId), isNotNull(networkServices.napId)));
  return db
    .update(networkServices)
    .set({ state: 'closed', closedOn: on })
    .where(
      and(
        ne(networkServices.state, 'closed'),
        or(eq(networkServices.contractId, contractId), inArray(networkServices.napId, accessNaps)),
      ),
    )
    .returning();
}

export async function endLinksOfContract(db: Db, contractId: string, on: string) {
  return db
    .update(links)
    .set({ endedOn: on })
    .where(and(eq(links.contractId, contractId), isNull(links.endedOn)))
    .returning();
}

/** Lent and rented switches go back (vn:2.1.8); a sold one is the customer's and stays. */
export async function markCpeReturnDue(db: Db, contractId: string, dueOn: string) {
  return db
    .update(cpeDevices)
    .set({ state: 'return-due', returnDueOn: dueOn })
    .where(
      and(
        eq(cpeDevices.contractId, contractId),
        eq(cpeDevices.state, 'installed'),
        inArray(cpeDevices.ownership, ['lent', 'rented']),
      ),
    )
    .returning();
}

/** Switches whose return is due and not made, with reminders possibly due. */
export async function listOutstandingCpeReturns(db: Db) {
  return db
    .select()
    .from(cpeDevices)
    .where(and(eq(cpeDevices.state, 'return-due'), isNotNull(cpeDevices.returnDueOn)));
}

/**
 * Counts a reminder as sent only if no one else counted it first: the update applies while the
 * counter still holds what the caller read, so two runs on one day send it once.
 */
export async function countCpeReminder(db: Db, cpeId: string, sentBefore: number): Promise<boolean> {
  const updated = await db
    .update(cpeDevices)
    .set({ returnRemindersSent: sentBefore + 1 })
    .where(and(eq(cpeDevices.id, cpeId), eq(cpeDevices.returnRemindersSent, sentBefore)))
    .returning({ id: cpeDevices.id });
  return updated.length === 1;
}

/** The device row, locked for the rest of the transaction so two settlements cannot interleave. */
export async function findCpeForUpdate(db: Db, cpeId: string) {
  const [row] = await db.select().from(cpeDevices).where(eq(cpeDevices.id, cpeId)).for('update');
  return row;
}

export async function recordDepositSettlement(
  db: Db,
  cpeId: string,
  settlement: Record<string, unknown>,
): Promise<void> {
  await db.update(cpeDevices).set({ depositSettlement: settlement }).where(eq(cpeDevices.id, cpeId));
}
