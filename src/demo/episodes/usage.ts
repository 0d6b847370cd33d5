import type { Temporal } from 'temporal-polyfill';
import { recordUsage } from '../../billing/index.ts';
import type { DemoContract, DemoDay, DemoEpisode, DemoWorld } from '../demo-world.ts';
import type { DemoRandom } from '../rules/demo-random.ts';

interface UsageInput {
  readonly recordId: string;
  readonly customerId: string;
  readonly productId: string;
  readonly quantity: string;
  readonly occurredOn: string;
  readonly description: string;
}

/**
 * The meters, read in on the first of each month for the month before, with record ids of meter and
 * month (reading a month twice adds nothing): VitrumNet's traffic above the bundle, billed per
 * quarter in arrears (vn:7.1.4), and BIT's remote-hands hours at the hourly rate (bit:5.1).
 */
export function usageEpisode(random: DemoRandom): DemoEpisode {
  return {
    name: 'usage',
    async run(today, world) {
      if (today.day.day !== 1 || today.daysIn === 0) return;
      const month = today.day.subtract({ months: 1 });
      const traffic: UsageInput[] = [];
      const hours: UsageInput[] = [];
      for (const contract of contractsRunningIn(world, month)) {
        const customerId = world.customerIds.get(contract.customerKey)!;
        const meter = `${contract.id}:${month.toPlainYearMonth().toString()}`;
        if (contract.service === 'access' && random.chance(0.3))
          traffic.push({
            recordId: `traffic:${meter}`,
            customerId,
            productId: world.products.get('VN-VERKEER')!,
            quantity: String(random.between(1, 40)),
            occurredOn: month.with({ day: month.daysInMonth }).toString(),
            description: `Dataverkeer boven de bundel, ${month.toPlainYearMonth().toString()}`,
          });
        if (contract.service === 'colocation' && random.chance(0.08))
          hours.push({
            recordId: `hands:${meter}`,
            customerId,
            productId: world.products.get('UUR-TECH')!,
            quantity: String(random.pick([0.5, 1, 1.5, 2, 3])),
            occurredOn: month.with({ day: random.between(1, month.daysInMonth) }).toString(),
            description: 'Remote hands in het datacenter',
          });
      }
      await send(today, world, 'vitrumnet', traffic);
      await send(today, world, 'bit', hours);
    },
  };
}

/** Contracts of customers won before the month began. */
function contractsRunningIn(world: DemoWorld, month: Temporal.PlainDate): DemoContract[] {
  const daysBefore = world.first.until(month).days;
  const keys = new Set(world.cast.filter((c) => c.joinsAfterDays < daysBefore).map((c) => c.key));
  return world.contracts.filter((contract) => keys.has(contract.customerKey));
}

async function send(
  today: DemoDay,
  world: DemoWorld,
  sellerId: string,
  records: UsageInput[],
): Promise<void> {
  if (records.length > 0) await recordUsage(today.as(world.staff.billing, '07:30'), sellerId, records);
}
