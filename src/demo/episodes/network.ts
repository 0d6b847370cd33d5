import { makeDemoPortalUser } from '../demo-users.ts';
import { castWonOn, demoDay } from '../demo-world.ts';
import type { DemoEpisode } from '../demo-world.ts';
import { demoRandom } from '../rules/demo-random.ts';
import type { DemoRandom } from '../rules/demo-random.ts';
import { Agenda } from './network/agenda.ts';
import { Connections } from './network/connections.ts';
import { Endings } from './network/endings.ts';
import { Plant } from './network/plant.ts';

/**
 * VitrumNet's open network through the year: built on the first day (cables of every fiber count,
 * premises passed, switches in stock, two providers admitted), each VitrumNet customer connected
 * from the day it is won (network/connections.ts), and the leavers' endings with their switches
 * and deposits (network/endings.ts). The strand's own diary spreads each order over its days.
 */
export function networkEpisode(random: DemoRandom): DemoEpisode {
  // A source of its own for each part: how the endings go (which the dunning ladder also makes)
  // leaves who is connected, and how, as it was.
  const fork = () => demoRandom(random.between(0, 2 ** 31));
  const agenda = new Agenda();
  const plant = new Plant(fork());
  const connections = new Connections(fork(), agenda, plant);
  const endings = new Endings(fork(), agenda);
  return {
    name: 'network',
    async run(today, world) {
      if (today.daysIn === 0) await plant.build(today, world);
      for (const { customer, id } of castWonOn(world, today))
        if (customer.sellerId === 'vitrumnet') await connections.welcome(today, world, customer, id);
      await agenda.run(today);
      await endings.notices(today, world);
      await endings.returnsDue(today, world);
    },
    async finish(world) {
      const provider = plant.providers[0];
      if (!provider) return [];
      const context = demoDay(world, world.last).as(world.staff.admin, '17:00');
      return [
        await makeDemoPortalUser(context, {
          email: 'provider@demo.vezel.nl',
          name: `${provider.name.replace(/ B\.V\.$/, '')} orderdesk`,
          role: 'provider',
          providerId: provider.id,
          actsFor: provider.name,
        }),
      ];
    },
  };
}
