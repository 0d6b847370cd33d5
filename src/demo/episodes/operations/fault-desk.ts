import { Temporal } from 'temporal-polyfill';
import {
  changeFaultTicket,
  closeFaultTicket,
  reportFault,
  reportRepair,
  watchSlaClocks,
} from '../../../operations/index.ts';
import type { FaultTicketView } from '../../../operations/index.ts';
import { operatorTimeZone } from '../../../platform/clock.ts';
import { schedulerActor } from '../../../platform/scheduler/index.ts';
import type { RunningService } from './running-services.ts';
import type { Strand } from './strand.ts';
import { contextAt, dayOf } from './timed-actions.ts';

/** How a fault goes. `open-*` are the last days' tickets, still on the board when the demo starts. */
export type FaultOutcome =
  | 'repaired'
  | 'repaired-after-wait'
  | 'breached'
  | 'reopened'
  | 'not-reproducible'
  | 'customer-caused'
  | 'customer-modified'
  | 'maintenance'
  | 'open-acknowledged'
  | 'open-in-progress'
  | 'open-waiting';

const breaks = [
  'No light on the fiber; the switch shows loss of signal',
  'Connection down since the digging works in the street',
  'All services at the premises down, CPE alarm LOS',
  'Link went down after a short flicker; no connection since',
  'No connection at all; the NAP in the meter cupboard has no link light',
];
const others: Record<string, string> = {
  repaired: 'Connection drops every few minutes; a switch port flaps',
  'not-reproducible': 'Connection slow in the afternoons, packet loss towards the provider',
  'customer-caused': 'No connection since the renovation work this morning',
  'customer-modified': 'Link unstable since the switch was moved to another room',
};

const minutes = (from: Temporal.Instant, to: Temporal.Instant) =>
  Math.round(from.until(to).total({ unit: 'minutes' }));

/**
 * The NOC's fault desk of the demo: reports a fault on a service at an instant (entered a few minutes
 * after the call), and plays its ticket through to its outcome with the fault use cases, each step at
 * its own time; the SLA watch runs when the worker's would first notice the warning and the breach.
 */
export class FaultDesk {
  constructor(private readonly strand: Strand) {}

  report(service: RunningService, reportedAt: Temporal.Instant, outcome: FaultOutcome): void {
    const { world, random, agenda, network, busy } = this.strand;
    busy.add(service.serviceId);
    const kind = others[outcome] && (outcome !== 'repaired' || random.chance(0.15)) ? 'other' : 'fiber-break';
    const description = kind === 'other' ? others[outcome]! : random.pick(breaks);
    const hour = reportedAt.toZonedDateTimeISO(operatorTimeZone).hour;
    const channel =
      hour >= 8 && hour < 18 ? random.pick(['phone', 'phone', 'email', 'customer-portal']) : 'phone';
    agenda.at(reportedAt.add({ minutes: random.between(2, 9) }), async (at) => {
      const ticket = await reportFault(contextAt(world, world.staff.noc, at), {
        serviceId: service.serviceId,
        kind,
        ...(kind === 'fiber-break' ? { cableId: service.cableId } : {}),
        channel,
        reportedAt: reportedAt.toString(),
        report: await network.faultReport(service, description),
      });
      this.watch(ticket);
      this.play(ticket, service, outcome, at);
    });
  }

  /** The worker watches every minute: it raises the warning and the breach at their first minute. */
  private watch(ticket: FaultTicketView): void {
    if (!ticket.sla) return;
    const { world, agenda } = this.strand;
    const watch = async (at: Temporal.Instant) => {
      await watchSlaClocks(contextAt(world, schedulerActor, at));
    };
    agenda.at(Temporal.Instant.from(ticket.sla.warnAt), watch);
    agenda.at(Temporal.Instant.from(ticket.sla.maximumBy).add({ minutes: 1 }), watch);
  }

  private play(
    ticket: FaultTicketView,
    service: RunningService,
    planned: FaultOutcome,
    entered: Temporal.Instant,
  ) {
    const { random } = this.strand;
    // A fault meant for a maintenance window that the window does not cover is repaired like any other.
    const outcome = planned === 'maintenance' && !ticket.maintenanceWindowId ? 'repaired' : planned;
    const reported = Temporal.Instant.from(ticket.reportedAt);
    const maximum = ticket.sla ? Temporal.Instant.from(ticket.sla.maximumBy) : reported.add({ hours: 8 });
    const span = minutes(reported, maximum);
    const started = entered.add({ minutes: random.between(6, 35) });
    const later = (from: Temporal.Instant, min: number, max: number) =>
      from.add({ minutes: random.between(min, max) });
    if (outcome === 'open-acknowledged') return;
    this.step(
      started,
      ticket.id,
      'start',
      random.pick(['Engineer called out', 'Crew on the way', 'Measuring the line from the PoP']),
    );
    switch (outcome) {
      case 'open-in-progress':
        return;
      case 'open-waiting':
        this.step(
          later(started, 60, 120),
          ticket.id,
          'wait',
          'No access to the premises; the customer calls back with a key holder',
        );
        return;
      case 'repaired':
      case 'repaired-after-wait':
      case 'breached': {
        const repaired =
          outcome === 'breached'
            ? maximum.add({ minutes: random.between(25, 300) })
            : reported.add({
                minutes: Math.max(
                  minutes(reported, started) + 40,
                  Math.round(span * (0.3 + random.next() * 0.55)),
                ),
              });
        if (outcome === 'repaired-after-wait') {
          const work = minutes(started, repaired);
          this.step(
            started.add({ minutes: Math.round(work * 0.25) }),
            ticket.id,
            'wait',
            'No access to the premises; waiting for the customer to open up',
          );
          this.step(
            started.add({ minutes: Math.round(work * 0.55) }),
            ticket.id,
            'resume',
            'Customer on site, work resumed',
          );
        }
        this.repair(
          ticket.id,
          repaired,
          ticket.kind === 'fiber-break' ? 'Fiber spliced, light levels in spec' : 'Switch port replaced',
        );
        this.close(later(repaired, 30, 240), ticket, service, 'repaired');
        return;
      }
      case 'reopened': {
        const first = reported.add({
          minutes: Math.max(minutes(reported, started) + 40, Math.round(span * 0.4)),
        });
        this.repair(ticket.id, first, 'Splice redone in the handhole');
        const reopened = later(first, 90, 180);
        this.step(reopened, ticket.id, 'reopen', 'The link dropped again an hour after the repair');
        const second = later(reopened, 60, 150);
        this.repair(ticket.id, second, 'Damaged patch in the street cabinet replaced; stable since');
        this.close(later(second, 60, 180), ticket, service, 'repaired');
        return;
      }
      case 'not-reproducible':
        this.note(
          later(started, 90, 180),
          ticket.id,
          'Measured end to end: levels within spec, no errors in 24 h of counters',
        );
        this.close(later(started, 20 * 60, 26 * 60), ticket, service, 'not-reproducible');
        return;
      case 'customer-modified':
        this.note(
          later(started, 60, 120),
          ticket.id,
          'On site: the customer re-spliced the in-house fiber when moving the switch',
        );
        this.close(later(started, 150, 240), ticket, service, 'customer-modified');
        return;
      case 'customer-caused': {
        const repaired = later(started, 120, 200);
        this.repair(
          ticket.id,
          repaired,
          "The customer's contractor pulled the patch cord from the NAP and bent the fiber; replaced",
        );
        this.close(later(repaired, 60, 120), ticket, service, 'customer-caused');
        return;
      }
      case 'maintenance':
        this.close(later(started, 5 * 60, 6 * 60), ticket, service, 'maintenance');
        return;
    }
  }

  private step(
    at: Temporal.Instant,
    ticketId: string,
    action: 'start' | 'wait' | 'resume' | 'reopen',
    note: string,
  ) {
    const { world, agenda } = this.strand;
    agenda.at(at, async (now) => {
      await changeFaultTicket(contextAt(world, world.staff.noc, now), { ticketId, action, note });
    });
  }

  private note(at: Temporal.Instant, ticketId: string, note: string) {
    const { world, agenda } = this.strand;
    agenda.at(at, async (now) => {
      await changeFaultTicket(contextAt(world, world.staff.noc, now), { ticketId, action: 'note', note });
    });
  }

  /** The formal repair report, entered a little after the repair itself. */
  private repair(ticketId: string, repairedAt: Temporal.Instant, note: string) {
    const { world, agenda, random } = this.strand;
    agenda.at(repairedAt.add({ minutes: random.between(4, 20) }), async (now) => {
      await reportRepair(contextAt(world, world.staff.noc, now), {
        ticketId,
        repairedAt: repairedAt.toString(),
        note,
      });
    });
  }

  private close(
    at: Temporal.Instant,
    ticket: FaultTicketView,
    service: RunningService,
    reason: 'repaired' | 'not-reproducible' | 'customer-caused' | 'customer-modified' | 'maintenance',
  ) {
    const { world, agenda, busy, breached } = this.strand;
    agenda.at(at, async (now) => {
      const hourly = world.products.get('VN-UUR');
      const charged = reason === 'customer-caused' && hourly !== undefined;
      const closed = await closeFaultTicket(contextAt(world, world.staff.noc, now), {
        ticketId: ticket.id,
        reason: reason === 'customer-caused' && !charged ? 'repaired' : reason,
        // vn:6.4.8: the repair the customer caused is charged at the hourly rate.
        ...(charged ? { chargeableHours: 1.5, hourlyProductId: hourly } : {}),
      });
      busy.delete(service.serviceId);
      if (closed.slaStatus === 'missed')
        breached.push({
          ticketId: ticket.id,
          contractId: service.contractId,
          customerId: service.customerId,
          reportedOn: dayOf(Temporal.Instant.from(ticket.reportedAt)),
          closedAt: now,
        });
    });
  }
}
