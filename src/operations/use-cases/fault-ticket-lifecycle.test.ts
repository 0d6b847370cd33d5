import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { usageRecords } from '../../billing/schema.ts';
import { ConflictError, InvalidInputError, NotAllowedError } from '../../shared/errors/index.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { changeFaultTicket } from './change-fault-ticket.ts';
import { closeFaultTicket } from './close-fault-ticket.ts';
import {
  aReport,
  nocAt,
  providerAt,
  seedFaultNetwork,
  seedFaultProvider,
  seedHourlyProduct,
} from './fault-test-support.ts';
import { getFaultTicket } from './get-fault-ticket.ts';
import { reportFault } from './report-fault.ts';
import { reportRepair } from './report-repair.ts';
import { watchSlaClocks } from './watch-sla-clocks.ts';

// A 12-fiber cable: average 6 h, maximum 8 h (vn:6.4.10); reported 10:00 UTC, max 18:00 UTC.
const reported = '2027-01-10T10:00:00Z';

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

describeEachStore('a fault ticket from report to closure', (database) => {
  const db = () => database().db;

  async function aTicket(kind: 'fiber-break' | 'other' = 'fiber-break') {
    const network = await seedFaultNetwork(db(), { fiberCount: 12 });
    const ticket = await reportFault(nocAt(db(), reported), {
      serviceId: network.serviceId,
      kind,
      channel: 'phone',
      report: aReport,
    });
    return { network, ticket };
  }

  it('moves through work, waiting, repair, reopening and closure, all on the history', async () => {
    const { ticket } = await aTicket();
    const noc = (iso: string) => nocAt(db(), iso);
    await changeFaultTicket(noc('2027-01-10T10:10:00Z'), { ticketId: ticket.id, action: 'start' });
    await changeFaultTicket(noc('2027-01-10T10:20:00Z'), {
      ticketId: ticket.id,
      action: 'wait',
      note: 'No access to the premises',
    });
    await changeFaultTicket(noc('2027-01-10T11:00:00Z'), { ticketId: ticket.id, action: 'resume' });
    await changeFaultTicket(noc('2027-01-10T11:05:00Z'), {
      ticketId: ticket.id,
      action: 'note',
      note: 'Splicer on site',
    });
    const repaired = await reportRepair(noc('2027-01-10T15:00:00Z'), {
      ticketId: ticket.id,
      repairedAt: '2027-01-10T14:30:00Z',
    });
    expect([repaired.state, repaired.slaStatus, repaired.sla?.repairHours]).toEqual(['resolved', 'met', 4.5]);
    const reopened = await changeFaultTicket(noc('2027-01-10T16:00:00Z'), {
      ticketId: ticket.id,
      action: 'reopen',
      note: 'Down again',
    });
    expect([reopened.state, reopened.repairReportedAt, reopened.slaStatus]).toEqual([
      'in-progress',
      null,
      'warning',
    ]);
    await reportRepair(noc('2027-01-10T17:00:00Z'), { ticketId: ticket.id });
    const closed = await closeFaultTicket(noc('2027-01-10T17:30:00Z'), {
      ticketId: ticket.id,
      reason: 'repaired',
    });
    expect(closed).toMatchObject({
      state: 'closed',
      closureReason: 'repaired',
      slaStatus: 'met',
      closedAt: '2027-01-10T18:30:00+01:00',
    });
    expect(closed.history.map((e) => [e.kind, e.state])).toEqual([
      ['reported', 'acknowledged'],
      ['state-changed', 'in-progress'],
      ['state-changed', 'waiting-on-customer'],
      ['state-changed', 'in-progress'],
      ['note', 'in-progress'],
      ['repair-reported', 'resolved'],
      ['state-changed', 'in-progress'],
      ['repair-reported', 'resolved'],
      ['closed', 'closed'],
    ]);
    expect(closed.history[2]!.note).toBe('No access to the premises');
    expect(
      await refusal(changeFaultTicket(noc('2027-01-10T18:00:00Z'), { ticketId: ticket.id, action: 'start' })),
    ).toBeInstanceOf(ConflictError);
    expect(
      await refusal(
        changeFaultTicket(noc('2027-01-10T18:00:00Z'), { ticketId: ticket.id, action: 'note', note: 'x' }),
      ),
    ).toBeInstanceOf(ConflictError);
  });

  it('refuses impossible moves, bad input and a provider moving tickets, changing nothing', async () => {
    const { ticket } = await aTicket();
    const noc = nocAt(db(), '2027-01-10T11:00:00Z');
    expect(await refusal(changeFaultTicket(noc, { ticketId: ticket.id, action: 'resume' }))).toBeInstanceOf(
      ConflictError,
    );
    expect(await refusal(changeFaultTicket(noc, { ticketId: ticket.id, action: 'fly' }))).toBeInstanceOf(
      InvalidInputError,
    );
    expect(await refusal(changeFaultTicket(noc, { ticketId: ticket.id, action: 'note' }))).toBeInstanceOf(
      InvalidInputError,
    );
    expect(
      await refusal(reportRepair(noc, { ticketId: ticket.id, repairedAt: '2027-01-10T09:00:00Z' })),
    ).toBeInstanceOf(InvalidInputError);
    expect(
      await refusal(reportRepair(noc, { ticketId: ticket.id, repairedAt: '2027-01-10T12:00:00Z' })),
    ).toBeInstanceOf(InvalidInputError);
    const providerId = await seedFaultProvider(db());
    expect(
      await refusal(
        changeFaultTicket(providerAt(db(), providerId, '2027-01-10T11:00:00Z'), {
          ticketId: ticket.id,
          action: 'start',
        }),
      ),
    ).toBeInstanceOf(NotAllowedError);
    expect((await getFaultTicket(noc, ticket.id)).history).toHaveLength(1);
  });

  it('closes as not reproducible (vn:6.4.1) or changed by the customer (vn:6.4.4) without a repair', async () => {
    for (const reason of ['not-reproducible', 'customer-modified'] as const) {
      const { ticket } = await aTicket();
      const closed = await closeFaultTicket(nocAt(db(), '2027-01-10T12:00:00Z'), {
        ticketId: ticket.id,
        reason,
        note: 'Checked on site',
      });
      expect([closed.state, closed.closureReason, closed.slaStatus, closed.chargeRecordId]).toEqual([
        'closed',
        reason,
        'none',
        null,
      ]);
      expect(closed.history.at(-1)!.details).toMatchObject({
        reason,
        because: reason === 'not-reproducible' ? ['vn:6.4.1'] : ['vn:6.4.4'],
      });
    }
  });

  it('refuses repaired before the repair report, maintenance outside a window, routed without a provider', async () => {
    const { ticket } = await aTicket();
    const noc = nocAt(db(), '2027-01-10T12:00:00Z');
    for (const reason of ['repaired', 'customer-caused', 'maintenance', 'routed-to-provider'])
      expect(
        await refusal(
          closeFaultTicket(noc, {
            ticketId: ticket.id,
            reason,
            chargeableHours: reason === 'customer-caused' ? 1 : undefined,
            hourlyProductId: reason === 'customer-caused' ? 'P-x' : undefined,
          }),
        ),
      ).toBeInstanceOf(ConflictError);
    expect(
      (
        (await refusal(
          closeFaultTicket(noc, { ticketId: ticket.id, reason: 'repaired', chargeableHours: 2 }),
        )) as InvalidInputError
      ).problems.map((p) => p.field),
    ).toEqual(['chargeableHours']);
  });

  it('charges a customer-caused repair as usage once, however often the closure is replayed (vn:6.4.8)', async () => {
    const { network, ticket } = await aTicket('other');
    const productId = await seedHourlyProduct(db());
    const noc = nocAt(db(), '2027-01-10T16:00:00Z');
    await reportRepair(noc, { ticketId: ticket.id, repairedAt: '2027-01-10T13:00:00Z' });
    const missing = (await refusal(
      closeFaultTicket(noc, { ticketId: ticket.id, reason: 'customer-caused' }),
    )) as InvalidInputError;
    expect(missing.problems.map((p) => p.field)).toEqual(['chargeableHours', 'hourlyProductId']);
    const unknown = (await refusal(
      closeFaultTicket(noc, {
        ticketId: ticket.id,
        reason: 'customer-caused',
        chargeableHours: 1.5,
        hourlyProductId: 'P-none',
      }),
    )) as InvalidInputError;
    expect(unknown.problems.map((p) => p.field)).toEqual(['hourlyProductId']);
    const input = {
      ticketId: ticket.id,
      reason: 'customer-caused',
      chargeableHours: 1.5,
      hourlyProductId: productId,
    };
    const closed = await closeFaultTicket(noc, input);
    expect(closed).toMatchObject({
      state: 'closed',
      closureReason: 'customer-caused',
      chargeableHours: '1.50',
      chargeRecordId: `fault:${ticket.id}`,
    });
    const again = await closeFaultTicket(noc, input);
    expect(again.history).toHaveLength(closed.history.length);
    const records = await db()
      .select()
      .from(usageRecords)
      .where(and(eq(usageRecords.sellerId, 'vitrumnet'), eq(usageRecords.recordId, `fault:${ticket.id}`)));
    expect(records.map((r) => [r.customerId, r.productId, Number(r.quantity), r.occurredOn])).toEqual([
      [network.customerId, productId, 1.5, '2027-01-10'],
    ]);
    expect(await refusal(closeFaultTicket(noc, { ...input, chargeableHours: 3 }))).toBeInstanceOf(
      ConflictError,
    );
  });
});

describeEachStore('watchSlaClocks (vn:6.4.10)', (database) => {
  const db = () => database().db;

  it('warns from two hours before the maximum and breaches after it, each once', async () => {
    const network = await seedFaultNetwork(db(), { fiberCount: 12 });
    const ticket = await reportFault(nocAt(db(), reported), {
      serviceId: network.serviceId,
      kind: 'fiber-break',
      channel: 'phone',
      report: aReport,
    });
    const watch = async (iso: string) => {
      const run = await watchSlaClocks(nocAt(db(), iso));
      return [
        run.warnings.filter((a) => a.ticketId === ticket.id).length,
        run.breaches.filter((a) => a.ticketId === ticket.id).length,
      ];
    };
    expect(await watch('2027-01-10T15:59:59Z')).toEqual([0, 0]);
    expect(await watch('2027-01-10T16:00:00Z')).toEqual([1, 0]);
    expect(await watch('2027-01-10T17:00:00Z')).toEqual([0, 0]);
    expect(await watch('2027-01-10T18:00:00Z')).toEqual([0, 0]);
    expect(await watch('2027-01-10T18:00:01Z')).toEqual([0, 1]);
    expect(await watch('2027-01-11T00:00:00Z')).toEqual([0, 0]);
    const late = await reportRepair(nocAt(db(), '2027-01-11T01:00:00Z'), { ticketId: ticket.id });
    expect(late.slaStatus).toBe('missed');
    expect(late.history.map((e) => e.kind)).toEqual([
      'reported',
      'sla-warning',
      'sla-breach',
      'repair-reported',
    ]);
    expect(late.sla).toMatchObject({
      warnedAt: '2027-01-10T17:00:00+01:00',
      breachedAt: '2027-01-10T19:00:01+01:00',
    });
  });

  it('records the breach of a late repair the watch had not caught, once', async () => {
    const network = await seedFaultNetwork(db(), { fiberCount: 12 });
    const ticket = await reportFault(nocAt(db(), reported), {
      serviceId: network.serviceId,
      kind: 'fiber-break',
      channel: 'phone',
      report: aReport,
    });
    const late = await reportRepair(nocAt(db(), '2027-01-10T20:00:00Z'), {
      ticketId: ticket.id,
      repairedAt: '2027-01-10T19:00:00Z',
    });
    expect(late.history.map((e) => e.kind)).toEqual(['reported', 'sla-breach', 'repair-reported']);
    const run = await watchSlaClocks(nocAt(db(), '2027-01-10T21:00:00Z'));
    expect(run.breaches.map((a) => a.ticketId)).not.toContain(ticket.id);
  });

  it('two runs at once raise each alert once', async () => {
    const network = await seedFaultNetwork(db(), { fiberCount: 12 });
    const ticket = await reportFault(nocAt(db(), reported), {
      serviceId: network.serviceId,
      kind: 'fiber-break',
      channel: 'phone',
      report: aReport,
    });
    const runs = await Promise.all([
      watchSlaClocks(nocAt(db(), '2027-01-10T19:00:00Z')),
      watchSlaClocks(nocAt(db(), '2027-01-10T19:00:00Z')),
    ]);
    expect(runs.flatMap((run) => run.breaches).filter((a) => a.ticketId === ticket.id)).toHaveLength(1);
    const detail = await getFaultTicket(nocAt(db(), '2027-01-10T19:00:00Z'), ticket.id);
    expect(detail.history.filter((e) => e.kind === 'sla-breach')).toHaveLength(1);
  });

  it('refuses a tick in the future and a provider', async () => {
    expect(
      await refusal(watchSlaClocks(nocAt(db(), reported), { now: '2027-01-11T00:00:00Z' })),
    ).toBeInstanceOf(InvalidInputError);
    const providerId = await seedFaultProvider(db());
    expect(await refusal(watchSlaClocks(providerAt(db(), providerId, reported)))).toBeInstanceOf(
      NotAllowedError,
    );
  });
});
