import type { DemoEpisode } from '../demo-world.ts';
import { demoRandom } from '../rules/demo-random.ts';
import { bitContractsEpisode } from './bit-contracts.ts';
import { catalogEpisode } from './catalog.ts';
import { customerPortalUserEpisode } from './customer-portal-user.ts';
import { customersEpisode } from './customers.ts';
import { networkEpisode } from './network.ts';
import { operationsEpisode } from './operations.ts';
import { paymentsEpisode } from './payments.ts';
import { usageEpisode } from './usage.ts';

/**
 * The strands of the demo's history, in the order they act on each day: the catalog and customers
 * first, then what the customers order, then what happens to it. Each strand draws from its own
 * random source, so changing one leaves the others' history as it was.
 */
export function demoEpisodes(seed: number): DemoEpisode[] {
  const random = (strand: number) => demoRandom(seed + strand * 7_919);
  return [
    catalogEpisode(),
    customersEpisode(),
    bitContractsEpisode(random(1)),
    networkEpisode(random(3)),
    operationsEpisode(random(4)),
    usageEpisode(random(5)),
    paymentsEpisode(random(6)),
    customerPortalUserEpisode(),
  ];
}
