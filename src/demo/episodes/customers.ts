import { createCustomer } from '../../customers/index.ts';
import type { DemoEpisode } from '../demo-world.ts';

/** Each customer of the cast is entered by sales on the day it is won, with its contact for faults. */
export function customersEpisode(): DemoEpisode {
  return {
    name: 'customers',
    async run(today, world) {
      const won = world.cast.filter((customer) => customer.joinsAfterDays === today.daysIn);
      for (const [index, customer] of won.entries()) {
        const phone = `06 ${String(20_000_000 + Number(customer.key.slice(1)) * 3_331).slice(0, 8)}`;
        const created = await createCustomer(
          today.as(world.staff.sales, `09:${String(index % 60).padStart(2, '0')}`),
          {
            kind: customer.kind,
            legalName: customer.legalName,
            ...(customer.kvkNumber ? { kvkNumber: customer.kvkNumber } : {}),
            email: customer.email,
            billingAddress: customer.address,
            contacts: [
              {
                name: customer.contactName,
                roles: ['primary', 'billing', 'technical', 'fault'],
                email: customer.email,
                phoneOfficeHours: phone,
                phoneOutsideOfficeHours: phone,
              },
            ],
          },
        );
        world.customerIds.set(customer.key, created.id);
      }
    },
  };
}
