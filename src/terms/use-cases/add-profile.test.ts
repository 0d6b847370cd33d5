import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { fixedClock } from '../../platform/clock.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import { Temporal } from 'temporal-polyfill';
import { findShippedProfile } from '../shipped-profiles.ts';
import { addProfile } from './add-profile.ts';
import { findProfile, listProfiles } from './find-profile.ts';

const clock = fixedClock(Temporal.PlainDate.from('2026-11-22'));
const actor = { id: 'user:anna', origin: 'cli' };
const vitrumnet = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
// VitrumNet publishes version 2.6 of its terms: the same document with a new id, version and date.
const version26 = { ...vitrumnet, id: 'vitrumnet-2.6-2027-01-01', version: '2.6', publishedOn: '2027-01-01' };

describeEachStore('adding terms profiles', (database) => {
  it('lists the shipped profiles on an empty store', async () => {
    const ids = (await listProfiles(database().db)).map((entry) => entry.profile.id);
    expect(ids).toEqual(['bit-2016-10-25', 'vitrumnet-2.5-2018-04-15']);
  });

  it("stores a seller's new version with its lineage, and audits it", async () => {
    await addProfile(database().db, clock, actor, { document: version26, supersedes: vitrumnet.id });
    const found = await findProfile(database().db, version26.id);
    expect(found).toMatchObject({
      origin: 'operator',
      supersedes: vitrumnet.id,
      profile: { version: '2.6' },
    });
    const trail = await auditTrailOf(database().db, { type: 'terms-profile', id: version26.id });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ actor: 'user:anna', action: 'terms.profileAdded' });
  });

  it('refuses an id that is taken, shipped or stored, and changes nothing', async () => {
    await expect(addProfile(database().db, clock, actor, { document: vitrumnet })).rejects.toThrow(
      ConflictError,
    );
    await expect(addProfile(database().db, clock, actor, { document: version26 })).rejects.toThrow(
      ConflictError,
    );
    expect(await listProfiles(database().db)).toHaveLength(3);
  });

  it('lists every problem of an invalid profile with its path, and stores nothing', async () => {
    const broken = { ...version26, id: 'broken', payment: { termDays: -1 }, quotes: undefined };
    const error = await addProfile(database().db, clock, actor, { document: broken }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    const fields = (error as InvalidInputError).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['quotes', 'payment.termDays']));
    expect(await findProfile(database().db, 'broken')).toBeUndefined();
  });

  it('checks the lineage of a new version: same seller, published later, predecessor known', async () => {
    const stranger = { ...version26, id: 'other-1', seller: 'Other B.V.', publishedOn: '2010-01-01' };
    const error = await addProfile(database().db, clock, actor, {
      document: stranger,
      supersedes: vitrumnet.id,
    }).catch((e: unknown) => e);
    expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual(['seller', 'publishedOn']);
    const orphan = { ...version26, id: 'orphan-1' };
    await expect(
      addProfile(database().db, clock, actor, { document: orphan, supersedes: 'nope' }),
    ).rejects.toThrow(/supersedes: there is no terms profile 'nope'/);
  });
});
