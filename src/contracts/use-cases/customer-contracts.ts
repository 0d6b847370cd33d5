import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findContract, listContracts as listContractRows } from '../store.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { getContract } from './get-contract.ts';
import type { ContractView } from './get-contract.ts';
import { previewNotice } from './preview-notice.ts';

/*
 * A customer's own contracts, as its portal shows them (issue 8). Another customer's contract is
 * "not found", exactly like one that does not exist.
 */

export interface CustomerContractSummary {
  readonly id: string;
  readonly sellerId: string;
  readonly description: string;
  readonly contractKind: string;
  readonly status: ContractTimeline['status'];
  readonly startsOn: string | null;
  readonly currentTermEnd: string | null;
  readonly noticeDeadline: string | null;
  /** The end notice gives: the effective end once notice was given, else notice given today. */
  readonly nextPossibleEnd: string | null;
  readonly nextPossibleEndBecause: string[];
  readonly effectiveEnd: string | null;
}

export interface CustomerContractPage {
  readonly items: CustomerContractSummary[];
  readonly total: number;
}

export async function listCustomerContracts(
  db: Db,
  customerId: string,
  today: Temporal.PlainDate,
  page: {
    limit: number;
    offset: number;
    sort?: 'id' | 'description' | undefined;
    order?: 'asc' | 'desc' | undefined;
  },
): Promise<CustomerContractPage> {
  // A customer has few contracts: all are read, only the page's timelines are worked out.
  const rows = await listContractRows(db, customerId, { by: page.sort ?? 'id', order: page.order ?? 'asc' });
  const shown = rows.slice(page.offset, page.offset + page.limit);
  const items = await Promise.all(shown.map((row) => summaryOf(db, row.contract.id, today)));
  return { items, total: rows.length };
}

/** One of the customer's contracts; NotFoundError for any other. */
export async function getCustomerContract(
  db: Db,
  customerId: string,
  contractId: string,
  today: Temporal.PlainDate,
): Promise<ContractView> {
  await checkCustomerContract(db, customerId, contractId);
  return getContract(db, contractId, today);
}

export async function checkCustomerContract(db: Db, customerId: string, contractId: string): Promise<void> {
  const found = await findContract(db, contractId);
  if (!found || found.contract.customerId !== customerId) throw new NotFoundError('contract', contractId);
}

async function summaryOf(db: Db, id: string, today: Temporal.PlainDate): Promise<CustomerContractSummary> {
  const view = await getContract(db, id, today);
  const { timeline } = view;
  let nextPossibleEnd = timeline.effectiveEnd;
  let because = timeline.entries.find((e) => e.event === 'effective-end')?.because ?? [];
  if (!nextPossibleEnd && (timeline.status === 'formed' || timeline.status === 'running')) {
    const preview = await previewNotice(db, id, today);
    nextPossibleEnd = preview.effectiveEnd;
    because = preview.because;
  }
  return {
    id: view.id,
    sellerId: view.sellerId,
    description: view.terms.description,
    contractKind: view.terms.contractKind,
    status: timeline.status,
    startsOn: timeline.startsOn,
    currentTermEnd: timeline.currentTerm?.end ?? null,
    noticeDeadline: timeline.noticeDeadline,
    nextPossibleEnd,
    nextPossibleEndBecause: [...because],
    effectiveEnd: timeline.effectiveEnd,
  };
}

/** The sellers the customer has contracts with, in the order of its contracts. */
export async function sellersOfCustomer(db: Db, customerId: string): Promise<string[]> {
  const rows = await listContractRows(db, customerId);
  return [...new Set(rows.map((row) => row.order.sellerId))];
}
