import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { listMessages } from '../../notifications/index.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { faultTickets } from '../schema.ts';
import { aReport, nocAt, providerAt, seedFaultNetwork, seedFaultProvider } from './fault-test-support.ts';
import { getFaultTicket, listFaultTicketViews } from './get-fault-ticket.ts';
import { planMaintenance } from './plan-maintenance.ts';
import { closeFaultTicket } from './close-fault-ticket.ts';
import { reportFault } from './report-fault.ts';

const at = '2027-03-28T00:30:00+01:00';
const later = '2027-03-28T04:00:00+02:00';

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

describeEachStore('reportFault (vn:6.4)', (database) => {
  const db = () => database().db;

  it('starts the vn:6.4.10 clock of a fiber break on a 48-fiber VitrumNet cable, across the DST change', async () => {
    const network = await seedFaultNetwork(db(), { fiberCount: 48 });
    const ticket = await reportFault(nocAt(db(), later), {
      serviceId: network.serviceId,
      kind: 'fiber-break',
      channel: 'phone',
      reportedAt: at,
      report: aReport,
    });
    expect(ticket).toMatchObject({
      sellerId: 'vitrumnet',
      customerId: network.customerId,
      serviceId: network.serviceId,
      linkId: network.linkId,
      cableId: network.cableId,
      state: 'acknowledged',
      reportedAt: '2027-03-28T00:30:00+01:00',
      slaStatus: 'running',
      sla: {
        fiberCount: 48,
        averageBy: '2027-03-28T10:30:00+02:00',
        maximumBy: '2027-03-28T15:30:00+02:00',
        warnAt: '2027-03-28T13:30:00+02:00',
        because: ['vn:6.4.10'],
      },
      maintenanceWindowId: null,
      providerId: null,
    });
    expect(ticket.report.contactPhone).toBe('+31612345678');
    const detail = await getFaultTicket(nocAt(db(), later), ticket.id);
    expect(detail.history.map((event) => event.kind)).toEqual(['reported']);
    expect(detail.history[0]!.details).toMatchObject({
      channel: 'phone',
      because: expect.arrayContaining(['vn:6.4.9', 'vn:6.4.10']),
    });
  });

  it('adds 2 hours for a direct definitive repair, and takes a named cable', async () => {
    const network = await seedFaultNetwork(db(), { fiberCount: 12 });
    const ticket = await reportFault(nocAt(db(), '2027-01-10T12:00:00Z'), {
      linkId: network.linkId,
      kind: 'fiber-break',
      cableId: network.cableId,
      definitiveRepair: true,
      channel: 'email',
      report: aReport,
    });
    // 12 fibers: 6 / 8 hours, + 2 (vn:6.4.10), from now.
    expect(ticket.sla).toMatchObject({
      definitiveRepair: true,
      averageBy: '2027-01-10T21:00:00+01:00',
      maximumBy: '2027-01-10T23:00:00+01:00',
    });
    expect(ticket.serviceId).toBeNull();
  });

  it('runs no clock for another fault, nor under terms without an SLA (BIT)', async () => {
    const vn = await seedFaultNetwork(db());
    const other = await reportFault(nocAt(db(), later), {
      serviceId: vn.serviceId,
      kind: 'other',
      channel: 'api',
      report: aReport,
    });
    expect([other.slaStatus, other.sla, other.cableId]).toEqual(['none', null, null]);
    const bit = await seedFaultNetwork(db(), { sellerId: 'bit' });
    const noSla = await reportFault(nocAt(db(), later), {
      serviceId: bit.serviceId,
      kind: 'fiber-break',
      channel: 'api',
      report: aReport,
    });
    expect([noSla.sellerId, noSla.slaStatus, noSla.sla, noSla.cableId]).toEqual([
      'bit',
      'none',
      null,
      bit.cableId,
    ]);
  });

  it('marks a fault inside a maintenance window as maintenance, with no clock (vn:6.4.1, vn:2.1.3)', async () => {
    const network = await seedFaultNetwork(db());
    const window = await planMaintenance(nocAt(db(), '2027-03-20T09:00:00Z'), {
      sellerId: 'vitrumnet',
      scope: 'cable',
      scopeId: network.cableId,
      startsAt: '2027-03-28T00:00:00+01:00',
      endsAt: '2027-03-28T05:00:00+02:00',
      description: 'Splice work',
    });
    const inside = await reportFault(nocAt(db(), later), {
      serviceId: network.serviceId,
      kind: 'fiber-break',
      channel: 'phone',
      reportedAt: at,
      report: aReport,
    });
    expect([inside.maintenanceWindowId, inside.slaStatus, inside.sla]).toEqual([window.id, 'none', null]);
    const closed = await closeFaultTicket(nocAt(db(), later), { ticketId: inside.id, reason: 'maintenance' });
    expect(closed).toMatchObject({ state: 'closed', closureReason: 'maintenance' });
    // After the window the clock runs again.
    const after = await reportFault(nocAt(db(), '2027-03-28T06:00:00+02:00'), {
      serviceId: network.serviceId,
      kind: 'fiber-break',
      channel: 'phone',
      report: aReport,
    });
    expect([after.maintenanceWindowId, after.slaStatus]).toEqual([null, 'running']);
  });

  it("routes a third-party service's fault to its provider (vn:6.4.3, vn:2.5)", async () => {
    const providerId = await seedFaultProvider(db());
    const network = await seedFaultNetwork(db(), { providerId });
    const ticket = await reportFault(nocAt(db(), later), {
      serviceId: network.serviceId,
      kind: 'other',
      channel: 'back-office',
      report: aReport,
    });
    expect(ticket).toMatchObject({ providerId, routedAt: '2027-03-28T04:00:00+02:00' });
    const detail = await getFaultTicket(nocAt(db(), later), ticket.id);
    expect(detail.history.map((event) => event.kind)).toEqual(['reported', 'routed']);
    const messages = await listMessages(db(), { providerId, about: `fault-ticket:${ticket.id}` });
    expect(messages.map((m) => [m.kind, m.channel])).toEqual([['fault-routed', 'email']]);
    const closed = await closeFaultTicket(nocAt(db(), later), {
      ticketId: ticket.id,
      reason: 'routed-to-provider',
    });
    expect(closed.closureReason).toBe('routed-to-provider');
  });

  it("lets a provider report and follow its own services' faults only, by the provider API", async () => {
    const providerId = await seedFaultProvider(db());
    const otherProvider = await seedFaultProvider(db());
    const own = await seedFaultNetwork(db(), { providerId });
    const others = await seedFaultNetwork(db(), { providerId: otherProvider });
    const asProvider = providerAt(db(), providerId, later);
    const ticket = await reportFault(asProvider, {
      serviceId: own.serviceId,
      kind: 'fiber-break',
      channel: 'phone',
      report: aReport,
    });
    expect([ticket.channel, ticket.routedAt, ticket.providerId]).toEqual(['provider-api', null, providerId]);
    expect(
      await refusal(reportFault(asProvider, { serviceId: others.serviceId, kind: 'other', report: aReport })),
    ).toBeInstanceOf(NotFoundError);
    const theirs = await reportFault(nocAt(db(), later), {
      serviceId: others.serviceId,
      kind: 'other',
      channel: 'api',
      report: aReport,
    });
    expect(await refusal(getFaultTicket(asProvider, theirs.id))).toBeInstanceOf(NotFoundError);
    const page = await listFaultTicketViews(asProvider);
    expect(page.tickets.map((t) => t.id)).toEqual([ticket.id]);
  });

  it('refuses a report missing vn:6.4.9 items, naming each, and changes nothing', async () => {
    const network = await seedFaultNetwork(db());
    const before = await db()
      .select()
      .from(faultTickets)
      .where(eq(faultTickets.customerId, network.customerId));
    const error = await refusal(
      reportFault(nocAt(db(), later), {
        serviceId: network.serviceId,
        kind: 'fiber-break',
        channel: 'phone',
        report: { ...aReport, contactPerson: '', phoneOutsideOfficeHours: undefined },
      }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual([
      'report.contactPerson',
      'report.phoneOutsideOfficeHours',
    ]);
    expect((error as InvalidInputError).message).toContain('vn:6.4.9');
    const after = await db()
      .select()
      .from(faultTickets)
      .where(eq(faultTickets.customerId, network.customerId));
    expect(after).toHaveLength(before.length);
  });

  it('refuses a future report, a bad kind or channel, no service, and a wrong customer', async () => {
    const network = await seedFaultNetwork(db());
    const error = (await refusal(
      reportFault(nocAt(db(), later), {
        kind: 'flood',
        channel: 'fax',
        reportedAt: '2027-03-29T00:00:00Z',
        report: aReport,
      }),
    )) as InvalidInputError;
    expect(error.problems.map((p) => p.field)).toEqual(['kind', 'channel', 'serviceId', 'reportedAt']);
    const wrong = (await refusal(
      reportFault(nocAt(db(), later), {
        serviceId: network.serviceId,
        customerId: 'CUS-other',
        kind: 'other',
        channel: 'api',
        report: aReport,
      }),
    )) as InvalidInputError;
    expect(wrong.problems.map((p) => p.field)).toEqual(['customerId']);
    expect(
      await refusal(
        reportFault(nocAt(db(), later), {
          serviceId: 'S-none',
          kind: 'other',
          channel: 'api',
          report: aReport,
        }),
      ),
    ).toBeInstanceOf(NotFoundError);
  });

  it('lists tickets newest first, by filter and page', async () => {
    const network = await seedFaultNetwork(db());
    const first = await reportFault(nocAt(db(), later), {
      serviceId: network.serviceId,
      kind: 'other',
      channel: 'api',
      reportedAt: '2027-03-28T01:00:00+02:00',
      report: aReport,
    });
    const second = await reportFault(nocAt(db(), later), {
      serviceId: network.serviceId,
      kind: 'other',
      channel: 'api',
      report: aReport,
    });
    const all = await listFaultTicketViews(nocAt(db(), later), { customerId: network.customerId });
    expect(all.tickets.map((t) => t.id)).toEqual([second.id, first.id]);
    const paged = await listFaultTicketViews(nocAt(db(), later), {
      customerId: network.customerId,
      limit: 1,
      offset: 1,
    });
    expect(paged.tickets.map((t) => t.id)).toEqual([first.id]);
    await closeFaultTicket(nocAt(db(), later), { ticketId: first.id, reason: 'not-reproducible' });
    const open = await listFaultTicketViews(nocAt(db(), later), {
      customerId: network.customerId,
      openOnly: true,
    });
    expect(open.tickets.map((t) => t.id)).toEqual([second.id]);
    const closed = await listFaultTicketViews(nocAt(db(), later), {
      customerId: network.customerId,
      state: 'closed',
    });
    expect(closed.tickets.map((t) => t.id)).toEqual([first.id]);
    expect(await refusal(listFaultTicketViews(nocAt(db(), later), { state: 'lost' }))).toBeInstanceOf(
      InvalidInputError,
    );
    expect(
      await refusal(closeFaultTicket(nocAt(db(), later), { ticketId: first.id, reason: 'repaired' })),
    ).toBeInstanceOf(ConflictError);
  });
});
