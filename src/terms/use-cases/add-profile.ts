import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../platform/actor.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import type { TermsProfile } from '../rules/terms-profile-schema.ts';
import { validateProfile } from '../rules/validate-profile.ts';
import { findShippedProfile } from '../shipped-profiles.ts';
import { insertProfile } from '../store.ts';
import { findProfile } from './find-profile.ts';

export interface AddProfile {
  readonly document: unknown;
  /** The profile this one replaces as the seller's new version of its terms (vn:1.1.4). */
  readonly supersedes?: string;
}

/**
 * An operator's own profile, or a new version of a seller's terms. It is stored only when it
 * validates completely; every problem is reported at once, each with its path.
 */
export async function addProfile(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: AddProfile,
): Promise<TermsProfile> {
  const validation = validateProfile(input.document);
  if (!validation.ok) {
    throw new InvalidInputError(
      validation.problems.map((p) => ({ field: p.path || 'profile', problem: p.problem })),
    );
  }
  const profile = validation.profile;
  if (findShippedProfile(profile.id)) throw taken(profile.id);
  if (input.supersedes !== undefined) await checkLineage(db, profile, input.supersedes);
  return db.transaction(async (tx) => {
    const inserted = await insertProfile(tx, {
      profile,
      supersedes: input.supersedes ?? null,
      addedAt: clock.now().toString(),
      addedBy: actor.id,
    });
    if (!inserted) throw taken(profile.id);
    await auditChange(
      tx,
      { clock, actor },
      {
        action: 'terms.profileAdded',
        subject: { type: 'terms-profile', id: profile.id },
        details: { seller: profile.seller, version: profile.version, supersedes: input.supersedes ?? null },
      },
    );
    return profile;
  });
}

function taken(id: string): ConflictError {
  return new ConflictError(`a terms profile with id '${id}' already exists; give the new one its own id`);
}

async function checkLineage(db: Db, profile: TermsProfile, supersedes: string): Promise<void> {
  const previous = await findProfile(db, supersedes);
  if (!previous) throw new InvalidInputError('supersedes', `there is no terms profile '${supersedes}'`);
  const problems = [];
  if (previous.profile.seller !== profile.seller) {
    problems.push({
      field: 'seller',
      problem: `a new version must be the same seller's terms: '${supersedes}' is ${previous.profile.seller}'s`,
    });
  }
  const before = Temporal.PlainDate.compare(profile.publishedOn, previous.profile.publishedOn) <= 0;
  if (before) {
    problems.push({
      field: 'publishedOn',
      problem: `must be after ${previous.profile.publishedOn}, when '${supersedes}' was published`,
    });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
}
