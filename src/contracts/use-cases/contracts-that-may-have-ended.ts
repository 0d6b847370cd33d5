import type { Db } from '../../platform/database/index.ts';
import { contractsWithEndingEvents } from '../store.ts';

/**
 * Of the given contracts, those that may have ended: the ones with a notice, a cancellation, a
 * termination or a dissolution on record. Every other contract runs on and renews (bit:12.1,
 * vn:1.5.1), so the daily step that follows endings onto the network computes only these timelines.
 */
export function contractsThatMayHaveEnded(db: Db, contractIds: readonly string[]): Promise<string[]> {
  return contractsWithEndingEvents(db, contractIds);
}
