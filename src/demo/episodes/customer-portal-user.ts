import { makeDemoPortalUser } from '../demo-users.ts';
import { demoDay } from '../demo-world.ts';
import type { DemoEpisode } from '../demo-world.ts';

/**
 * The customer portal's demo user: the contact of the BIT business customer won first that pays on
 * time, so the portal shows contracts, invoices paid and open, and a notice to give.
 */
export function customerPortalUserEpisode(): DemoEpisode {
  return {
    name: 'customer-portal-user',
    run: async () => {},
    async finish(world) {
      const [customer] = world.cast
        .filter(
          (c) =>
            c.sellerId === 'bit' &&
            c.kind === 'business' &&
            c.habit === 'prompt' &&
            c.leavesAfterDays === null,
        )
        .sort((a, b) => a.joinsAfterDays - b.joinsAfterDays);
      const customerId = customer && world.customerIds.get(customer.key);
      if (!customer || !customerId) return [];
      const context = demoDay(world, world.last).as(world.staff.admin, '17:00');
      return [
        await makeDemoPortalUser(context, {
          email: 'klant@demo.vezel.nl',
          name: customer.contactName,
          role: 'customer',
          customerId,
          actsFor: customer.legalName,
        }),
      ];
    },
  };
}
