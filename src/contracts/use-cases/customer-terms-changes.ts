import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { listContracts as listContractRows } from '../store.ts';
import { loadContract } from './load-contract.ts';

/*
 * The new versions of the terms notified for a customer's contracts (vn:1.1.4), each with its
 * objection window and whether the customer objected, and how the operator decided.
 */

export interface CustomerTermsChange {
  readonly contractId: string;
  readonly contractDescription: string;
  readonly versionId: string;
  readonly title: string;
  readonly version: string;
  readonly publishedOn: string;
  readonly notifiedOn: string;
  /** The last day of the objection window (published + the old version's objectionDays); null: no right to object. */
  readonly objectionWindowEnd: string | null;
  /** Whether the customer may still object today. */
  readonly canObject: boolean;
  readonly objectedOn: string | null;
  readonly objectionReasons: string | null;
  readonly decision: 'new-version-applies' | 'old-version-kept' | null;
  readonly because: string[];
}

export async function listCustomerTermsChanges(
  db: Db,
  customerId: string,
  today: Temporal.PlainDate,
): Promise<CustomerTermsChange[]> {
  const rows = await listContractRows(db, customerId);
  const changes: CustomerTermsChange[] = [];
  for (const row of rows) {
    const { lineage, events, order } = await loadContract(db, row.contract.id, today);
    for (const notified of events) {
      if (notified.kind !== 'terms-change-notified') continue;
      const index = lineage.findIndex((version) => version.id === notified.versionId);
      const version = lineage[index];
      if (!version || index < 1) continue;
      const previous = lineage[index - 1]!;
      const days = previous.termsChanges?.objectionDays;
      const windowEnd =
        days === undefined ? null : Temporal.PlainDate.from(version.publishedOn).add({ days }).toString();
      const objection = events.find(
        (e) => e.kind === 'terms-objection-received' && e.versionId === notified.versionId,
      );
      const decision = events.find(
        (e) => e.kind === 'terms-objection-decided' && e.versionId === notified.versionId,
      );
      changes.push({
        contractId: row.contract.id,
        contractDescription: order.terms.description,
        versionId: version.id,
        title: version.title,
        version: version.version,
        publishedOn: version.publishedOn,
        notifiedOn: notified.on,
        objectionWindowEnd: windowEnd,
        canObject:
          windowEnd !== null &&
          objection === undefined &&
          Temporal.PlainDate.compare(today, Temporal.PlainDate.from(windowEnd)) <= 0,
        objectedOn: objection?.on ?? null,
        objectionReasons: objection?.kind === 'terms-objection-received' ? objection.reasons : null,
        decision: decision?.kind === 'terms-objection-decided' ? decision.outcome : null,
        because: [...(previous.termsChanges?.rules ?? ['vn:1.1.4'])],
      });
    }
  }
  return changes;
}
