import type { DemoEpisode } from '../demo-world.ts';
import type { DemoRandom } from '../rules/demo-random.ts';
import { AbuseAndClaims } from './operations/abuse-and-claims.ts';
import { FaultDesk } from './operations/fault-desk.ts';
import { faultPlan } from './operations/fault-plan.ts';
import type { PlannedFault } from './operations/fault-plan.ts';
import { NetworkEvents } from './operations/network-events.ts';
import { NetworkLookup } from './operations/running-services.ts';
import { freeServices } from './operations/strand.ts';
import type { Strand } from './operations/strand.ts';
import { TermsChange } from './operations/terms-change.ts';
import { localInstant, minuteOf, TimedActions } from './operations/timed-actions.ts';

/**
 * Operations and terms over the year, on the contracts the other strands make: about forty fault
 * tickets with their SLA clocks watched as the worker would (most repaired in time, a few late, some
 * closed otherwise, a handful still open on the last day), planned maintenance, a winter storm as
 * force majeure, an abuse case and liability claims, and VitrumNet's new terms version with
 * objections. Each step runs at its own hour; the last day's steps stop in the early morning.
 */
export function operationsEpisode(random: DemoRandom): DemoEpisode {
  let parts:
    | {
        strand: Strand;
        faults: FaultDesk;
        waiting: PlannedFault[];
        others: [NetworkEvents, AbuseAndClaims, TermsChange];
      }
    | undefined;
  return {
    name: 'operations',
    async run(today, world) {
      if (!parts) {
        const strand: Strand = {
          world,
          random,
          agenda: new TimedActions(),
          network: new NetworkLookup(world),
          busy: new Set(),
          breached: [],
        };
        const faults = new FaultDesk(strand);
        const waiting = faultPlan(random, world.first.until(world.last).days + 1);
        parts = {
          strand,
          faults,
          waiting,
          others: [new NetworkEvents(strand, faults), new AbuseAndClaims(strand), new TermsChange(strand)],
        };
      }
      const { strand, faults, others } = parts;
      const [network, abuse, terms] = others;
      const horizon = localInstant(world.last, '09:00');
      await network.plan(today);
      await abuse.plan(today);
      terms.plan(today);
      // The faults of today, and those of earlier days that found no running service yet.
      const due = parts.waiting.filter((fault) => fault.daysIn <= today.daysIn);
      if (due.length > 0) {
        parts.waiting = parts.waiting.filter((fault) => fault.daysIn > today.daysIn);
        for (const fault of due) {
          const at = minuteOf(today.day, fault.minute);
          const free = await freeServices(strand, at);
          if (free.length === 0) parts.waiting.push({ ...fault, daysIn: today.daysIn + 1 });
          else faults.report(random.pick(free), at, fault.outcome);
        }
      }
      await strand.agenda.runDay(today, horizon);
    },
    finish: async () => [],
  };
}
