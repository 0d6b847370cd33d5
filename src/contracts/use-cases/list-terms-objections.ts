import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm';
import { customers } from '../../customers/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { contractEvents, contracts } from '../schema.ts';
import { containsPattern } from '../../platform/database/index.ts';

/*
 * The objections to new versions of the terms (vn:1.1.4), each with the decision on it once taken:
 * what the terms work screen lists for the operator to decide (issue 8). Objections are few (one per
 * contract and version at most), so they are paired in memory and only the page goes out.
 */

export interface TermsObjectionItem {
  readonly contractId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly versionId: string;
  readonly receivedOn: string;
  readonly reasons: string;
  readonly decidedOn: string | null;
  readonly outcome: 'new-version-applies' | 'old-version-kept' | null;
}

export interface TermsObjectionQuery {
  readonly state?: 'open' | 'decided' | undefined;
  readonly versionId?: string | undefined;
  readonly search?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export async function listTermsObjections(
  db: Db,
  query: TermsObjectionQuery,
): Promise<{ items: TermsObjectionItem[]; total: number }> {
  const text = query.search?.trim();
  const pattern = text ? containsPattern(text) : undefined;
  const rows = await db
    .select({
      contractId: contractEvents.contractId,
      kind: contractEvents.kind,
      on: contractEvents.occurredOn,
      payload: contractEvents.payload,
      customerId: customers.id,
      customerName: customers.legalName,
    })
    .from(contractEvents)
    .innerJoin(contracts, eq(contracts.id, contractEvents.contractId))
    .innerJoin(customers, eq(customers.id, contracts.customerId))
    .where(
      and(
        inArray(contractEvents.kind, ['terms-objection-received', 'terms-objection-decided']),
        pattern
          ? or(
              ilike(customers.legalName, pattern),
              eq(contracts.id, text!.toUpperCase()),
              eq(customers.id, text!.toUpperCase()),
            )
          : undefined,
      ),
    )
    .orderBy(asc(contractEvents.id));
  const objections = new Map<string, TermsObjectionItem>();
  for (const row of rows) {
    const versionId = String(row.payload.versionId ?? '');
    const key = `${row.contractId} ${versionId}`;
    if (row.kind === 'terms-objection-received') {
      objections.set(key, {
        contractId: row.contractId,
        customerId: row.customerId,
        customerName: row.customerName,
        versionId,
        receivedOn: row.on,
        reasons: String(row.payload.reasons ?? ''),
        decidedOn: null,
        outcome: null,
      });
    } else {
      const objection = objections.get(key);
      if (objection)
        objections.set(key, {
          ...objection,
          decidedOn: row.on,
          outcome: row.payload.outcome as TermsObjectionItem['outcome'],
        });
    }
  }
  const all = [...objections.values()]
    .filter((o) => (query.versionId ? o.versionId === query.versionId : true))
    .filter((o) =>
      query.state === 'open' ? o.decidedOn === null : query.state === 'decided' ? o.decidedOn !== null : true,
    )
    // Awaiting a decision first, oldest objection first.
    .sort(
      (a, b) =>
        Number(a.decidedOn !== null) - Number(b.decidedOn !== null) ||
        a.receivedOn.localeCompare(b.receivedOn),
    );
  const offset = query.offset ?? 0;
  return { items: all.slice(offset, offset + (query.limit ?? 50)), total: all.length };
}
