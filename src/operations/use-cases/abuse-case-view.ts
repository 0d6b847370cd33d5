import type { Db } from '../../platform/database/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { abuseCategory } from '../rules/abuse-categories.ts';
import { measuresOf } from '../store/abuse-cases.ts';
import type { AbuseCaseRow, AbuseMeasureRow } from '../store/abuse-cases.ts';

export interface AbuseMeasureView {
  readonly id: number;
  readonly serviceId: string;
  readonly measure: AbuseMeasureRow['measure'];
  readonly startedAt: string;
  readonly startedBy: string;
  readonly liftedAt: string | null;
  readonly liftedBy: string | null;
}

/** A case as the API and CLI show it: the category's label and every measure taken. */
export interface AbuseCaseView {
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string;
  readonly serviceId: string | null;
  readonly contractId: string | null;
  readonly category: AbuseCaseRow['category'];
  readonly categoryLabel: string;
  readonly source: AbuseCaseRow['source'];
  readonly evidence: string;
  readonly state: AbuseCaseRow['state'];
  readonly openedAt: string;
  readonly openedBy: string;
  readonly escalation: AbuseCaseRow['escalation'];
  readonly escalatedOn: string | null;
  readonly closedAt: string | null;
  readonly measures: AbuseMeasureView[];
  readonly because: RuleId[];
}

export function abuseCaseView(row: AbuseCaseRow, measures: readonly AbuseMeasureRow[]): AbuseCaseView {
  const category = abuseCategory(row.category);
  return {
    id: row.id,
    sellerId: row.sellerId,
    customerId: row.customerId,
    serviceId: row.serviceId,
    contractId: row.contractId,
    category: row.category,
    categoryLabel: category.label,
    source: row.source,
    evidence: row.evidence,
    state: row.state,
    openedAt: row.openedAt,
    openedBy: row.openedBy,
    escalation: row.escalation,
    escalatedOn: row.escalatedOn,
    closedAt: row.closedAt,
    measures: measures
      .filter((measure) => measure.caseId === row.id)
      .map((measure) => ({
        id: measure.id,
        serviceId: measure.serviceId,
        measure: measure.measure,
        startedAt: measure.startedAt,
        startedBy: measure.startedBy,
        liftedAt: measure.liftedAt,
        liftedBy: measure.liftedBy,
      })),
    because: [...category.because],
  };
}

/** The case with its measures, read in `db` (a transaction or not). */
export async function loadAbuseCaseView(db: Db, row: AbuseCaseRow): Promise<AbuseCaseView> {
  return abuseCaseView(row, await measuresOf(db, [row.id]));
}
