import { Temporal } from 'temporal-polyfill';
import { depositSetOff } from '../../../collections/index.ts';
import { getContract, giveNotice } from '../../../contracts/index.ts';
import { listCpeDevices, markCpeLost, recordCpeReturn, settleDeposit } from '../../../network/index.ts';
import type { DemoDay, DemoWorld } from '../../demo-world.ts';
import type { DemoRandom } from '../../rules/demo-random.ts';
import type { Agenda } from './agenda.ts';

/*
 * The ends of VitrumNet contracts on the network. A customer that leaves gives notice on all its
 * VitrumNet contracts by e-mail (vn:1.6.1); the terms decide the end, and the daily cycle closes the
 * contract on the network the day after and asks the switch back within 7 days (vn:1.6.5). Whatever
 * ended a contract (notice or a dissolution through the dunning ladder), its switch then comes back:
 * mostly in time, one or two late after the cycle's reminder, one never (written off after the third
 * reminder); each deposit is then settled, set off against open claims (vn:7.2.2-7.2.4).
 */

const LOST_AFTER_DUE_DAYS = 16;
const LATE_RETURNS = 2;

export class Endings {
  readonly #seen = new Set<string>();
  readonly #lookOn = new Set<string>();
  #late = 0;
  #lost = 0;

  constructor(
    private readonly random: DemoRandom,
    private readonly agenda: Agenda,
  ) {}

  /** Notice on every VitrumNet contract of the customers leaving today. */
  async notices(today: DemoDay, world: DemoWorld): Promise<void> {
    for (const customer of world.cast) {
      if (customer.sellerId !== 'vitrumnet' || customer.leavesAfterDays === null) continue;
      if (customer.joinsAfterDays + customer.leavesAfterDays !== today.daysIn) continue;
      for (const contract of world.contracts) {
        if (contract.customerKey !== customer.key || contract.sellerId !== 'vitrumnet') continue;
        // A contract dissolved for not paying, or given notice already, has its end.
        const { timeline } = await getContract(world.db, contract.id, today.day);
        if (timeline.status !== 'running' && timeline.status !== 'formed') continue;
        const ending = await giveNotice(today.as(world.staff.sales, '14:30'), {
          contractId: contract.id,
          by: 'customer',
          channel: 'email',
        });
        // The cycle closes it on the network the day after its end, and asks the switch back.
        if (ending.effectiveEnd)
          this.#lookOn.add(Temporal.PlainDate.from(ending.effectiveEnd).add({ days: 1 }).toString());
      }
    }
  }

  /** The switches the cycle asked back get their return (or loss) in the diary. */
  async returnsDue(today: DemoDay, world: DemoWorld): Promise<void> {
    // The day after a known end, and on Mondays for contracts the dunning ladder dissolved.
    if (today.day.dayOfWeek !== 1 && !this.#lookOn.delete(today.day.toString())) return;
    const due = await listCpeDevices(world.db, { state: 'return-due', limit: 500 });
    for (const device of due.items) {
      if (this.#seen.has(device.id) || device.returnDueOn === null) continue;
      this.#seen.add(device.id);
      const dueOn = Temporal.PlainDate.from(device.returnDueOn);
      const fits = (day: Temporal.PlainDate) => Temporal.PlainDate.compare(day, world.last) <= 0;
      if (this.#lost === 0 && fits(dueOn.add({ days: LOST_AFTER_DUE_DAYS }))) {
        this.#lost++;
        this.agenda.on(dueOn.add({ days: LOST_AFTER_DUE_DAYS }), async (day) => {
          await markCpeLost(day.as(world.staff.noc, '10:00'), {
            cpeId: device.id,
            reason: 'Niet teruggebracht na drie herinneringen; de klant meldt het toestel kwijt (vn:1.6.5)',
          });
          await settle(day, world, device.id);
        });
        continue;
      }
      const late = this.#late < LATE_RETURNS && fits(dueOn.add({ days: 9 }));
      if (late) this.#late++;
      const back = late
        ? dueOn.add({ days: this.random.between(3, 9) })
        : today.day.add({ days: this.random.between(1, Math.max(1, today.day.until(dueOn).days)) });
      const damageShare = this.random.chance(0.15) ? '0.2' : '0';
      this.agenda.on(back, async (day) => {
        await recordCpeReturn(day.as(world.staff.noc, '15:00'), {
          cpeId: device.id,
          damageShare,
          sticker: device.sticker,
        });
        await settle(day, world, device.id);
      });
    }
  }
}

/** The deposit settled the day the switch is back or written off, less open claims (vn:7.2.3). */
async function settle(day: DemoDay, world: DemoWorld, cpeId: string): Promise<void> {
  const context = day.as(world.staff.billing, '16:00');
  await settleDeposit(context, { cpeId }, depositSetOff(context));
}
