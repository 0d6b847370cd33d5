import type { Temporal } from 'temporal-polyfill';
import {
  decideTermsObjection,
  getContract,
  objectToTerms,
  publishTermsVersion,
} from '../../../contracts/index.ts';
import { findShippedProfile } from '../../../terms/index.ts';
import type { Db } from '../../../platform/database/index.ts';
import type { DemoDay } from '../../demo-world.ts';
import { steadyCustomers } from './strand.ts';
import type { Strand } from './strand.ts';
import { contextAt, localInstant } from './timed-actions.ts';

const current = 'vitrumnet-2.5-2018-04-15';

/** The objections: how many days after the publication each comes in, and what becomes of it. */
const objections = [
  {
    after: 4,
    reasons: 'Three months of notice is too short for our planning cycle',
    decision: 'old-version-kept',
    decidedAfter: 40,
  },
  {
    after: 11,
    reasons: 'We do not agree with changes during the fixed term',
    decision: 'new-version-applies',
    decidedAfter: 45,
  },
  {
    after: 19,
    reasons: 'Please explain what else changes; we object until then',
    decision: 'new-version-applies',
    decidedAfter: 52,
  },
  {
    after: 27,
    reasons: 'Our lawyer advises to object to every change of the terms',
    decision: null,
    decidedAfter: 0,
  },
] as const;

/**
 * VitrumNet's new version of its terms some months into the year (vn:1.1.4): 2.6 shortens the notice
 * of a fixed-term contract from four months to three. Every running contract on 2.5 is notified; four
 * customers object within the 30 days, three objections are decided weeks later and one still awaits
 * the back office's decision.
 */
export class TermsChange {
  private readonly publishedOn: Temporal.PlainDate;
  private readonly publishDay: number;

  constructor(private readonly strand: Strand) {
    const { first } = strand.world;
    this.publishedOn = first.add({ months: 6 });
    this.publishDay = first.until(first.add({ months: 5, days: 14 })).days;
  }

  plan(today: DemoDay): void {
    if (today.daysIn !== this.publishDay) return;
    const { world, agenda } = this.strand;
    const shipped = findShippedProfile(current);
    if (!shipped) return;
    const versionId = `vitrumnet-2.6-${this.publishedOn.toString()}`;
    const document = {
      ...shipped,
      id: versionId,
      version: '2.6',
      publishedOn: this.publishedOn.toString(),
      contracts: {
        ...shipped.contracts,
        fixedTerm: { ...shipped.contracts.fixedTerm!, notice: { months: 3, days: 0 } },
      },
    };
    agenda.at(localInstant(today.day, '11:00'), async (at) => {
      const published = await publishTermsVersion(contextAt(world, world.staff.admin, at), {
        document,
        supersedes: current,
      });
      this.object(versionId, published.notified);
    });
  }

  private object(versionId: string, notified: readonly string[]): void {
    const { world, agenda, random } = this.strand;
    const prompt = new Set(world.cast.filter((c) => c.habit === 'prompt').map((c) => c.key));
    const staying = new Set(steadyCustomers(world.cast));
    const candidates = world.contracts.filter(
      (c) => notified.includes(c.id) && staying.has(c.customerKey) && prompt.has(c.customerKey),
    );
    const pool: string[] = [];
    while (candidates.length > 0)
      pool.push(candidates.splice(random.between(0, candidates.length - 1), 1)[0]!.id);
    for (const [index, objection] of objections.entries()) {
      const on = this.publishedOn.add({ days: objection.after });
      agenda.at(localInstant(on, `10:${String(10 + index * 7)}`), async (at) => {
        // The next customer in line whose contract still runs as it was (no notice given, not ended).
        let contractId: string | undefined;
        while (contractId === undefined && pool.length > 0) {
          const next = pool.shift()!;
          if ((await statusOf(world.db, next, on)) === 'running') contractId = next;
        }
        if (contractId === undefined) return;
        await objectToTerms(contextAt(world, world.staff.sales, at), {
          contractId,
          versionId,
          reasons: objection.reasons,
        });
        if (objection.decision !== null)
          this.decide(contractId, versionId, objection.decision, objection.decidedAfter);
      });
    }
  }

  private decide(
    contractId: string,
    versionId: string,
    outcome: 'new-version-applies' | 'old-version-kept',
    after: number,
  ): void {
    const { world, agenda } = this.strand;
    const decidedOn = this.publishedOn.add({ days: after });
    agenda.at(localInstant(decidedOn, '15:00'), async (at) => {
      // A contract dissolved meanwhile (the dunning ladder) has nothing left to decide.
      if ((await statusOf(world.db, contractId, decidedOn)) === 'ended') return;
      await decideTermsObjection(contextAt(world, world.staff.sales, at), { contractId, versionId, outcome });
    });
  }
}

async function statusOf(db: Db, contractId: string, on: Temporal.PlainDate): Promise<string> {
  return (await getContract(db, contractId, on)).timeline.status;
}
