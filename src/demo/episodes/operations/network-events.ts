import {
  cancelMaintenance,
  declareForceMajeure,
  endForceMajeure,
  planMaintenance,
} from '../../../operations/index.ts';
import type { DemoDay } from '../../demo-world.ts';
import type { FaultDesk } from './fault-desk.ts';
import type { RunningService } from './running-services.ts';
import { freeServices } from './strand.ts';
import type { Strand } from './strand.ts';
import { contextAt, localInstant } from './timed-actions.ts';

/** The planned maintenance of the year, as fractions of it; each window ten days after it is planned. */
const maintenance = [
  { at: 0.17, scope: 'cable', what: 'New splice closure in the handhole', faultInside: true, cancel: false },
  { at: 0.4, scope: 'nap', what: 'Replacing the NAP after water damage', faultInside: false, cancel: false },
  {
    at: 0.62,
    scope: 'cable',
    what: 'Cable moved for road works by the municipality',
    faultInside: false,
    cancel: true,
  },
  {
    at: 0.85,
    scope: 'link',
    what: 'Re-routing the link over the new ring',
    faultInside: false,
    cancel: false,
  },
] as const;

/**
 * The network's events of the year: planned maintenance a few times (one window with a fault inside
 * it, one cancelled, and one planned for after the demo's last day), and a winter storm declared as
 * force majeure on one cable for three days.
 */
export class NetworkEvents {
  private readonly maintenanceDays: number[];
  private readonly stormDay: number;

  constructor(
    private readonly strand: Strand,
    private readonly faults: FaultDesk,
  ) {
    const { first, last } = strand.world;
    const days = first.until(last).days + 1;
    this.maintenanceDays = maintenance.map((window) => Math.round(days * window.at));
    // A storm in the winter: about the tenth of February when the year starts on the first of November.
    this.stormDay = first.until(first.add({ months: 3, days: 9 })).days;
  }

  async plan(today: DemoDay): Promise<void> {
    const index = this.maintenanceDays.indexOf(today.daysIn);
    if (index >= 0) await this.planWindow(today, maintenance[index]!);
    if (today.day.equals(this.strand.world.last)) await this.planAfterTheYear(today);
    if (today.daysIn === this.stormDay) await this.storm(today);
  }

  private async planWindow(today: DemoDay, window: (typeof maintenance)[number]): Promise<void> {
    const { world, agenda, random } = this.strand;
    const plannedAt = localInstant(today.day, '10:30');
    const services = await this.strand.network.runningServices(contextAt(world, world.staff.noc, plannedAt));
    const scopeId = scopeOf(window.scope, services, random.next());
    if (!scopeId) return;
    const day = today.day.add({ days: 10 });
    const startsAt = localInstant(day, '01:00');
    agenda.at(plannedAt, async (at) => {
      const planned = await planMaintenance(contextAt(world, world.staff.noc, at), {
        sellerId: 'vitrumnet',
        scope: scopeId.kind,
        scopeId: scopeId.id,
        startsAt: startsAt.toString(),
        endsAt: localInstant(day, '05:00').toString(),
        description: window.what,
      });
      if (window.cancel)
        agenda.at(localInstant(today.day.add({ days: 4 }), '14:00'), async (later) => {
          await cancelMaintenance(contextAt(world, world.staff.noc, later), {
            windowId: planned.id,
            reason: 'The municipality postponed the road works',
          });
        });
    });
    if (window.faultInside) {
      // A customer calls in the night about the outage the works cause (vn:6.4.1: no clock).
      const free = (await freeServices(this.strand, plannedAt)).filter((s) => s.cableId === scopeId.id);
      if (free.length > 0)
        this.faults.report(random.pick(free), startsAt.add({ minutes: 50 }), 'maintenance');
    }
  }

  private async planAfterTheYear(today: DemoDay): Promise<void> {
    const { world, agenda, random } = this.strand;
    const plannedAt = localInstant(today.day, '08:30');
    const services = await this.strand.network.runningServices(contextAt(world, world.staff.noc, plannedAt));
    const scopeId = scopeOf('cable', services, random.next());
    if (!scopeId) return;
    const day = today.day.add({ days: 12 });
    agenda.at(plannedAt, async (at) => {
      await planMaintenance(contextAt(world, world.staff.noc, at), {
        sellerId: 'vitrumnet',
        scope: 'cable',
        scopeId: scopeId.id,
        startsAt: localInstant(day, '00:30').toString(),
        endsAt: localInstant(day, '04:30').toString(),
        description: 'Upgrading the splice closures on the cable',
      });
    });
  }

  /** A winter storm: a tree falls on a street cabinet; its cable's services are down for three days. */
  private async storm(today: DemoDay): Promise<void> {
    const { world, agenda, busy } = this.strand;
    const declaredAt = localInstant(today.day, '07:40');
    const services = await this.strand.network.runningServices(contextAt(world, world.staff.noc, declaredAt));
    const cableId = stormCable(services, busy);
    if (!cableId) return;
    agenda.at(declaredAt, async (at) => {
      const declared = await declareForceMajeure(contextAt(world, world.staff.noc, at), {
        sellerId: 'vitrumnet',
        description: `Storm: a fallen tree destroyed the street cabinet of cable ${cableId} in the night; the fibers are cut until the cabinet is replaced`,
        startedOn: today.day,
        knownOn: today.day,
        scope: { kind: 'cable', id: cableId },
      });
      const held = declared.services.map((service) => service.serviceId);
      for (const serviceId of held) busy.add(serviceId);
      agenda.at(localInstant(today.day.add({ days: 3 }), '15:30'), async (later) => {
        await endForceMajeure(contextAt(world, world.staff.noc, later), { eventId: declared.event.id });
        for (const serviceId of held) busy.delete(serviceId);
      });
    });
  }
}

/** Where to plan a window: a cable or NAP with running services, or a link when one runs a service. */
function scopeOf(
  scope: 'cable' | 'nap' | 'link',
  services: readonly RunningService[],
  roll: number,
): { kind: 'cable' | 'nap' | 'link'; id: string } | undefined {
  if (services.length === 0) return undefined;
  const pick = <T>(items: readonly T[]) => items[Math.floor(roll * items.length)]!;
  const links = services.filter((service) => service.linkId !== null);
  if (scope === 'link' && links.length > 0) return { kind: 'link', id: pick(links).linkId! };
  if (scope === 'cable')
    return { kind: 'cable', id: pick([...new Set(services.map((s) => s.cableId))].sort()) };
  return { kind: 'nap', id: pick(services).napId };
}

/** The storm's cable: one without an open fault, with about four running services. */
function stormCable(services: readonly RunningService[], busy: ReadonlySet<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const service of services) counts.set(service.cableId, (counts.get(service.cableId) ?? 0) + 1);
  const quiet = [...counts].filter(([cableId]) =>
    services.every((service) => service.cableId !== cableId || !busy.has(service.serviceId)),
  );
  const byFit = quiet.sort(([a, x], [b, y]) => Math.abs(x - 4) - Math.abs(y - 4) || a.localeCompare(b));
  return byFit[0]?.[0];
}
