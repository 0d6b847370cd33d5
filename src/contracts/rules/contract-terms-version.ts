import { Temporal } from 'temporal-polyfill';
import type { Explanation } from '../../shared/explanation/index.ts';
import { governingVersion } from '../../terms/rules/governing-version.ts';
import type { Objection, TermsVersion } from '../../terms/rules/governing-version.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import type { ContractEvent } from './contract-events.ts';

export interface ContractVersionFacts {
  /** The contract's first profile and the versions that followed it, oldest first. */
  readonly lineage: readonly TermsProfile[];
  readonly formedOn: Temporal.PlainDate;
  /** Days the renewal terms started (bit:12.1 renews on the conditions then current). */
  readonly renewalStarts: readonly Temporal.PlainDate[];
  readonly events: readonly ContractEvent[];
}

/** Each version as the rule sees it: the objection right comes from the terms being changed (vn:1.1.4). */
export function versionsOf(lineage: readonly TermsProfile[]): TermsVersion[] {
  return lineage.map((profile) => ({
    id: profile.id,
    publishedOn: Temporal.PlainDate.from(profile.publishedOn),
    objectionDays: profile.termsChanges?.objectionDays ?? null,
  }));
}

/** The contract's objections, each with the operator's decision once recorded. */
export function objectionsOf(events: readonly ContractEvent[]): Objection[] {
  return events.flatMap((event) => {
    if (event.kind !== 'terms-objection-received') return [];
    const decided = events.find(
      (e) => e.kind === 'terms-objection-decided' && e.versionId === event.versionId,
    );
    const decision =
      decided?.kind === 'terms-objection-decided'
        ? { decision: { on: Temporal.PlainDate.from(decided.on), outcome: decided.outcome } }
        : {};
    return [{ versionId: event.versionId, receivedOn: Temporal.PlainDate.from(event.on), ...decision }];
  });
}

/** Which version of the terms governs the contract on `date`, and why (vn:1.1.4, bit:12.1). */
export function contractTermsVersion(
  facts: ContractVersionFacts,
  date: Temporal.PlainDate,
): Explanation<string> {
  return governingVersion({
    formedOn: facts.formedOn,
    versions: versionsOf(facts.lineage),
    objections: objectionsOf(
      facts.events.filter((e) => Temporal.PlainDate.compare(Temporal.PlainDate.from(e.on), date) <= 0),
    ),
    renewalStarts: facts.renewalStarts,
    date,
  });
}
