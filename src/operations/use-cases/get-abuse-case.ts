import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import { ABUSE_CASE_STATES } from '../schema.ts';
import type { AbuseCaseState } from '../schema.ts';
import { findAbuseCase, listAbuseCaseRows, measuresOf } from '../store/abuse-cases.ts';
import { abuseCaseView, loadAbuseCaseView } from './abuse-case-view.ts';
import type { AbuseCaseView } from './abuse-case-view.ts';

/** One abuse case with its measures. */
export async function getAbuseCase(db: Db, id: string): Promise<AbuseCaseView> {
  const row = await findAbuseCase(db, id);
  if (!row) throw new NotFoundError('abuse case', id);
  return loadAbuseCaseView(db, row);
}

export interface AbuseCaseQuery {
  readonly sellerId?: string;
  readonly customerId?: string;
  readonly state?: string;
}

/** Abuse cases, newest first, by seller, customer or state. */
export async function listAbuseCases(db: Db, query: AbuseCaseQuery = {}): Promise<AbuseCaseView[]> {
  const state =
    query.state === undefined ? undefined : ABUSE_CASE_STATES.find((known) => known === query.state);
  if (query.state !== undefined && !state)
    throw new InvalidInputError(
      'state',
      `${quote(query.state)} is not one of ${ABUSE_CASE_STATES.join(', ')}`,
    );
  const rows = await listAbuseCaseRows(db, {
    ...(query.sellerId ? { sellerId: query.sellerId } : {}),
    ...(query.customerId ? { customerId: query.customerId } : {}),
    ...(state ? { state: state as AbuseCaseState } : {}),
  });
  const measures = await measuresOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => abuseCaseView(row, measures));
}
