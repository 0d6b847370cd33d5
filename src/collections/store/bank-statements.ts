import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { bankStatements } from '../schema.ts';

export type BankStatementRow = typeof bankStatements.$inferSelect;

export async function insertStatement(
  db: Db,
  row: Omit<typeof bankStatements.$inferInsert, 'id'>,
): Promise<BankStatementRow | undefined> {
  const [inserted] = await db.insert(bankStatements).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function findStatementOfFile(
  db: Db,
  sellerId: string,
  fileSha256: string,
): Promise<BankStatementRow | undefined> {
  const [row] = await db
    .select()
    .from(bankStatements)
    .where(and(eq(bankStatements.sellerId, sellerId), eq(bankStatements.fileSha256, fileSha256)));
  return row;
}
