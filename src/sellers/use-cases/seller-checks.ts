import { violatedUniqueConstraint } from '../../platform/database/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import type { FieldChecks } from '../../shared/errors/index.ts';
import { findProfile } from '../../terms/index.ts';
import { seriesClashes } from '../rules/number-series.ts';
import type { SeriesHolder } from '../rules/number-series.ts';
import { listSeries } from '../store.ts';

/** Notes a problem when the profile a seller names is neither shipped nor added by the operator. */
export async function checkProfileKnown(db: Db, profileId: unknown, checks: FieldChecks): Promise<void> {
  if (typeof profileId !== 'string' || profileId.trim() === '') return;
  if (!(await findProfile(db, profileId.trim())))
    checks.add('profileId', `'${profileId.trim()}' is not a known terms profile; add the profile first`);
}

/** Refuses series another seller already numbers its invoices or credit notes in. */
export async function checkSeriesFree(db: Db, candidate: SeriesHolder): Promise<void> {
  const others = (await listSeries(db)).filter((other) => other.id !== candidate.id);
  const clashes = seriesClashes(candidate, others);
  if (clashes.length > 0) throw new ConflictError(clashes.join('; '));
}

/**
 * A series taken by a concurrent write between the check and the insert hits the unique
 * constraint: answered as the same conflict, naming the seller that now has it.
 */
export async function asSeriesConflict(db: Db, error: unknown, candidate: SeriesHolder): Promise<never> {
  const constraint = violatedUniqueConstraint(error);
  if (constraint === undefined || !constraint.includes('series')) throw error;
  await checkSeriesFree(db, candidate);
  throw new ConflictError('the number series was taken by another seller at the same time; try again');
}
