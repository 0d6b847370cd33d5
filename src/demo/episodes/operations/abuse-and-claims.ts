import {
  openAbuseCase,
  liftAbuseMeasure,
  recordLiabilityClaim,
  takeAbuseMeasure,
} from '../../../operations/index.ts';
import type { DemoDay } from '../../demo-world.ts';
import { freeServices, steadyCustomers } from './strand.ts';
import type { Strand } from './strand.ts';
import { contextAt, dayOf, localInstant } from './timed-actions.ts';

/**
 * The abuse desk and the claims of the year: a VitrumNet access customer's infected machines send
 * spam, a third party's notice opens a case, port 25 is filtered and lifted when the customer has
 * cleaned up (vn:4.1.4); late in the year BIT's own detection opens a case on a hosting contract
 * that is still being looked into. Customers whose fault was repaired after the maximum claim
 * damages: one by registered letter in time, one by e-mail six weeks later for its lost orders.
 */
export class AbuseAndClaims {
  private readonly spamDay: number;
  private readonly hostingDay: number;
  private claimed = 0;

  constructor(private readonly strand: Strand) {
    const days = strand.world.first.until(strand.world.last).days + 1;
    this.spamDay = Math.round(days * 0.55);
    this.hostingDay = days - 7;
  }

  async plan(today: DemoDay): Promise<void> {
    if (today.daysIn === this.spamDay) await this.spam(today);
    if (today.daysIn === this.hostingDay) this.hosting(today);
    this.claims();
  }

  private async spam(today: DemoDay): Promise<void> {
    const { world, agenda, busy, random } = this.strand;
    const openedAt = localInstant(today.day, '09:20');
    const free = await freeServices(this.strand, openedAt);
    if (free.length === 0) return;
    const service = random.pick(free);
    busy.add(service.serviceId);
    agenda.at(openedAt, async (at) => {
      const opened = await openAbuseCase(contextAt(world, world.staff.noc, at), {
        sellerId: 'vitrumnet',
        customerId: service.customerId,
        serviceId: service.serviceId,
        category: 'd',
        source: 'third-party-notice',
        evidence: `Spamhaus listing of ${today.day.subtract({ days: 1 }).toString()} for the access address of ${service.serviceId}; 1,400 spam complaints forwarded by the listing`,
      });
      agenda.at(localInstant(today.day, '11:05'), async (later) => {
        await takeAbuseMeasure(contextAt(world, world.staff.noc, later), {
          caseId: opened.id,
          measure: 'filter',
        });
      });
      agenda.at(localInstant(today.day.add({ days: 3 }), '14:30'), async (later) => {
        await liftAbuseMeasure(contextAt(world, world.staff.noc, later), { caseId: opened.id });
        busy.delete(service.serviceId);
      });
    });
  }

  /** BIT's measure (suspend) acts on network services; a hosting contract has none, so the case stays open. */
  private hosting(today: DemoDay): void {
    const { world, agenda } = this.strand;
    const contract = world.contracts.find(
      (c) =>
        c.sellerId === 'bit' &&
        world.customerIds.has(c.customerKey) &&
        steadyCustomers(world.cast).includes(c.customerKey),
    );
    if (!contract) return;
    agenda.at(localInstant(today.day, '15:10'), async (at) => {
      await openAbuseCase(contextAt(world, world.staff.noc, at), {
        sellerId: 'bit',
        customerId: world.customerIds.get(contract.customerKey)!,
        contractId: contract.id,
        category: 'i',
        source: 'own-detection',
        evidence: `Outgoing SSH brute-force attempts from the customer's server since ${today.day.subtract({ days: 1 }).toString()}, 20,000 an hour (our intrusion detection)`,
      });
    });
  }

  private claims(): void {
    const { world, agenda, breached } = this.strand;
    for (; this.claimed < Math.min(breached.length, 2); this.claimed++) {
      const fault = breached[this.claimed]!;
      const first = this.claimed === 0;
      const notifiedOn = first ? dayOf(fault.closedAt).add({ days: 9 }) : fault.reportedOn.add({ days: 41 });
      agenda.at(localInstant(notifiedOn.add({ days: 1 }), '11:15'), async (at) => {
        await recordLiabilityClaim(contextAt(world, world.staff.admin, at), {
          contractId: fault.contractId,
          damageKind: first ? 'direct' : 'indirect',
          claimedCents: first ? 185_000 : 1_250_000,
          damageOn: fault.reportedOn,
          notifiedOn,
          notifiedBy: first ? 'registered-letter' : 'email',
          description: first
            ? `Fault ${fault.ticketId} repaired after the maximum repair time: the office could not work for a day`
            : `Orders lost while fault ${fault.ticketId} lasted`,
        });
      });
    }
  }
}
