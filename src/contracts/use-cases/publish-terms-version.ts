import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { addProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { appendContractEvent, listContracts } from '../store.ts';
import { loadContract } from './load-contract.ts';

export interface PublishTermsVersion {
  /** The new version, as a complete profile. */
  readonly document: unknown;
  /** The version it replaces. */
  readonly supersedes: string;
}

/**
 * vn:1.1.4: a seller publishes a new version of its terms; every customer whose running contract is
 * governed by the version it replaces is notified, in the same transaction, so no one is missed.
 * Whether and from when the new version then applies follows from the objections (governing-version).
 */
export async function publishTermsVersion(
  context: Context,
  input: PublishTermsVersion,
): Promise<{ profile: TermsProfile; notified: string[] }> {
  return context.db.transaction(async (tx) => {
    const profile = await addProfile(tx, context.clock, context.actor, input);
    const publishedOn = Temporal.PlainDate.from(profile.publishedOn);
    const today = context.clock.today().toString();
    const notified: string[] = [];
    for (const { contract } of await listContracts(tx)) {
      const loaded = await loadContract(tx, contract.id, publishedOn);
      const concerned = loaded.lineage.some((version) => version.id === profile.id);
      if (!concerned || loaded.termsVersion.value !== input.supersedes || loaded.timeline.status === 'ended')
        continue;
      if (loaded.timeline.status === 'forming') continue;
      await appendContractEvent(
        tx,
        contract.id,
        { kind: 'terms-change-notified', on: today, versionId: profile.id },
        { at: context.clock.now().toString(), by: context.actor.id },
      );
      notified.push(contract.id);
    }
    await auditChange(tx, context, {
      action: 'terms.versionPublished',
      subject: { type: 'terms-profile', id: profile.id },
      details: { supersedes: input.supersedes, publishedOn: profile.publishedOn, notified },
    });
    return { profile, notified };
  });
}
