import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { listSubscriptions, uninvoicedChargesOf } from '../../billing/index.ts';
import { getContract } from '../../contracts/index.ts';
import { closeEndedContracts } from '../../network/index.ts';
import { seedProvider } from '../../network/use-cases/network-order-test-support.ts';
import { listMessages } from '../../notifications/index.ts';
import { InvalidInputError, NotAllowedError } from '../../shared/errors/index.ts';
import { declareForceMajeure } from './declare-force-majeure.ts';
import { endContractForForceMajeure } from './end-contract-for-force-majeure.ts';
import { endForceMajeure } from './end-force-majeure.ts';
import {
  contextOn,
  contractWithService,
  day,
  provisioningOf,
  serviceState,
} from './force-majeure-test-support.ts';
import { forceMajeureOfContract, getForceMajeureEvent, listForceMajeureEvents } from './get-force-majeure.ts';

const refusal = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a refusal, but it was accepted');
    },
    (error: unknown) => error,
  );

describeEachStore('force majeure on contracts (bit:6, vn:1.10)', (database) => {
  beforeAll(async () => {
    await seedCustomers(database().db, ['CU-FM1', 'CU-FM2', 'CU-FM3', 'CU-FM4', 'CU-FM5']);
  });

  it('BIT: past 30 days the customer dissolves the affected service for the future, without any charge (bit:6.4)', async () => {
    const { db } = database();
    const { contractId, serviceId, napId } = await contractWithService(db, 'bit', 'CU-FM1', '2027-01-04');
    const declared = await declareForceMajeure(contextOn(db, '2027-03-01'), {
      sellerId: 'bit',
      description: 'Fire in the Ede data centre; the uplinks of the carrier are out',
      startedOn: day('2027-03-01'),
      scope: { kind: 'nap', id: napId },
    });
    const eventId = declared.event.id;
    expect(declared.event).toMatchObject({ startedOn: '2027-03-01', knownOn: '2027-03-01', endedOn: null });
    expect(declared.services).toEqual([{ eventId, serviceId, contractId, endedOn: null, endedBy: null }]);
    // bit:6.3: suspended while it lasts, through provisioning; bit:6.7: the customer is told at once.
    expect(await serviceState(db, serviceId)).toBe('suspended');
    expect(await provisioningOf(db, serviceId)).toEqual(['service.suspend']);
    const told = await listMessages(db, { customerId: 'CU-FM1', about: `force-majeure:${eventId}` });
    expect(told.map((m) => [m.kind, m.because])).toEqual([
      ['force-majeure-declared', ['bit:6.7', 'bit:6.3']],
    ]);

    // 30 days of suspension (1–30 March) is not longer than 30 days: refused, saying from when.
    const early = await refusal(
      endContractForForceMajeure(contextOn(db, '2027-03-31'), { eventId, contractId, by: 'customer' }),
    );
    expect(early).toBeInstanceOf(NotAllowedError);
    expect((early as Error).message).toMatch(/the right exists from 2027-04-01 \(bit:6\.4\)/);
    const shown = await forceMajeureOfContract(contextOn(db, '2027-03-31'), contractId);
    expect(
      shown.events.map((e) => [e.id, e.contract.rights?.customer.from, e.contract.rights?.customer.mayEnd]),
    ).toEqual([[eventId, '2027-04-01', false]]);

    // Day 31 (1 March + 31 days): the customer may, and does.
    const ended = await endContractForForceMajeure(contextOn(db, '2027-04-01'), {
      eventId,
      contractId,
      by: 'customer',
    });
    expect(ended.right).toEqual({ mayEnd: true, from: '2027-04-01', because: ['bit:6.4'], why: null });
    expect(ended.timeline).toMatchObject({
      status: 'ended',
      effectiveEnd: '2027-04-01',
      endedBy: 'dissolved',
    });
    const contract = await getContract(db, contractId, day('2027-04-01'));
    expect(contract.events.at(-1)).toEqual({
      kind: 'dissolved',
      on: '2027-04-01',
      remainingTermChargeCents: null,
      cause: 'force-majeure',
      by: 'customer',
      reference: eventId,
      because: ['bit:6.4'],
    });
    expect(contract.timeline.entries.find((e) => e.event === 'dissolved')?.because).toEqual(['bit:6.4']);
    // Billing runs to the day of the end, no charge is raised; the service stays held meanwhile.
    expect(await listSubscriptions(db, { customerId: 'CU-FM1' })).toMatchObject([{ endsOn: '2027-04-01' }]);
    expect(await uninvoicedChargesOf(db, 'CU-FM1')).toEqual([]);
    expect(await provisioningOf(db, serviceId)).toEqual(['service.suspend']);
    // The daily network step closes the service from the contract's end, straight from its hold.
    await closeEndedContracts(contextOn(db, '2027-04-01', 'scheduler'));
    expect(await serviceState(db, serviceId)).toBe('closed');
    expect(await provisioningOf(db, serviceId)).toEqual(['service.suspend', 'service.close']);

    // Once ended, again is a conflict; ending the event later leaves the closed service alone.
    await expect(
      endContractForForceMajeure(contextOn(db, '2027-04-02'), { eventId, contractId, by: 'customer' }),
    ).rejects.toThrow(/was ended for FM-\d+ on 2027-04-01 by the customer/);
    const over = await endForceMajeure(contextOn(db, '2027-04-10'), { eventId });
    expect(over).toMatchObject({ event: { endedOn: '2027-04-10' }, resumedServiceIds: [] });
    await expect(endForceMajeure(contextOn(db, '2027-04-11'), { eventId })).rejects.toThrow(
      /ended on 2027-04-10 already/,
    );
    const view = await getForceMajeureEvent(contextOn(db, '2027-04-11'), eventId);
    expect(view.contracts).toEqual([
      {
        contractId,
        customerId: 'CU-FM1',
        serviceIds: [serviceId],
        endedOn: '2027-04-01',
        endedBy: 'customer',
        rights: null,
      },
    ]);
  });

  it('VitrumNet: more than 3 months lets the seller dissolve too, with no remaining-term charge (vn:1.10.4)', async () => {
    const { db } = database();
    const providerId = await seedProvider(db, `Glasnet FM ${process.pid}`);
    const { contractId, serviceId } = await contractWithService(
      db,
      'vitrumnet',
      'CU-FM2',
      '2027-01-04',
      providerId,
    );
    const declared = await declareForceMajeure(contextOn(db, '2027-02-12'), {
      sellerId: 'vitrumnet',
      description: 'Cable cut by a third party in the Merwede tunnel',
      startedOn: day('2027-02-10'),
      knownOn: day('2027-02-11'),
      serviceIds: [serviceId],
    });
    const eventId = declared.event.id;
    expect(await serviceState(db, serviceId)).toBe('suspended');
    // The provider of the third-party service hears too, by e-mail and webhook.
    const providerMessages = await listMessages(db, { providerId, about: `force-majeure:${eventId}` });
    expect(providerMessages.map((m) => [m.kind, m.channel])).toEqual([
      ['force-majeure-declared', 'email'],
      ['force-majeure-declared', 'webhook'],
    ]);
    expect(providerMessages[0]!.because).toEqual(['vn:1.10.2']);

    // 10 February + 3 months = 10 May: exactly 3 months is not more.
    const early = await refusal(
      endContractForForceMajeure(contextOn(db, '2027-05-10'), { eventId, contractId, by: 'seller' }),
    );
    expect((early as Error).message).toMatch(/the right exists from 2027-05-11 \(vn:1\.10\.4\)/);
    const ended = await endContractForForceMajeure(contextOn(db, '2027-05-11'), {
      eventId,
      contractId,
      by: 'seller',
    });
    expect(ended.right.because).toEqual(['vn:1.10.4']);
    // A 12-month contract dissolved early would owe the remaining term (vn:1.6.4); for force majeure not.
    const contract = await getContract(db, contractId, day('2027-05-11'));
    expect(contract.events.at(-1)).toMatchObject({
      kind: 'dissolved',
      remainingTermChargeCents: null,
      by: 'seller',
    });
    expect(
      (await uninvoicedChargesOf(db, 'CU-FM2')).filter((c) => c.description.includes('remaining')),
    ).toEqual([]);
    expect(await listSubscriptions(db, { customerId: 'CU-FM2' })).toMatchObject([{ endsOn: '2027-05-11' }]);
    expect(await provisioningOf(db, serviceId)).toEqual(['service.suspend']);
    expect(
      (await listMessages(db, { customerId: 'CU-FM2', about: `contract:${contractId}` })).map((m) => m.kind),
    ).toContain('force-majeure-contract-ended');
  });

  it('an event that ends before the threshold resumes the services and gives no right (bit:6.4)', async () => {
    const { db } = database();
    const { contractId, serviceId } = await contractWithService(db, 'bit', 'CU-FM3', '2027-01-04');
    const { event } = await declareForceMajeure(contextOn(db, '2027-06-01'), {
      sellerId: 'bit',
      description: 'Carrier outage',
      startedOn: day('2027-06-01'),
      serviceIds: [serviceId],
    });
    const over = await endForceMajeure(contextOn(db, '2027-06-20'), { eventId: event.id });
    expect(over.resumedServiceIds).toEqual([serviceId]);
    expect(await serviceState(db, serviceId)).toBe('active');
    expect(await provisioningOf(db, serviceId)).toEqual(['service.suspend', 'service.resume']);
    expect(
      (await listMessages(db, { customerId: 'CU-FM3', about: `force-majeure:${event.id}` })).map(
        (m) => m.kind,
      ),
    ).toEqual(['force-majeure-declared', 'force-majeure-ended']);
    const refused = await refusal(
      endContractForForceMajeure(contextOn(db, '2027-08-01'), {
        eventId: event.id,
        contractId,
        by: 'customer',
      }),
    );
    expect(refused).toBeInstanceOf(NotAllowedError);
    expect((refused as Error).message).toMatch(/ended on 2027-06-20, before it had lasted more than 30 days/);
    expect((await getContract(db, contractId, day('2027-08-01'))).timeline.status).toBe('running');
  });

  it('BIT: the seller ends only on its explicit judgement that the force majeure is permanent (bit:6.5)', async () => {
    const { db } = database();
    const { contractId, serviceId } = await contractWithService(db, 'bit', 'CU-FM4', '2027-01-04');
    const { event } = await declareForceMajeure(contextOn(db, '2027-06-01'), {
      sellerId: 'bit',
      description: 'The building is condemned',
      startedOn: day('2027-06-01'),
      serviceIds: [serviceId],
    });
    const on = contextOn(db, '2027-06-05');
    const input = { eventId: event.id, contractId } as const;
    await expect(
      endContractForForceMajeure(on, { ...input, by: 'customer', permanent: true }),
    ).rejects.toThrow(InvalidInputError);
    await expect(endContractForForceMajeure(on, { ...input, by: 'seller' })).rejects.toThrow(
      /permanent: true/,
    );
    const ended = await endContractForForceMajeure(on, { ...input, by: 'seller', permanent: true });
    expect(ended.right.because).toEqual(['bit:6.5']);
    expect(ended.timeline).toMatchObject({ status: 'ended', effectiveEnd: '2027-06-05' });
  });

  it('bad input changes nothing', async () => {
    const { db } = database();
    const { serviceId, napId } = await contractWithService(db, 'bit', 'CU-FM5', '2027-01-04');
    const before = (await listForceMajeureEvents({ db })).length;
    const base = { sellerId: 'bit', description: 'Storm', startedOn: day('2027-06-01') };
    const on = contextOn(db, '2027-06-02');
    const fields = async (promise: Promise<unknown>) =>
      ((await refusal(promise)) as InvalidInputError).problems.map((p) => p.field);
    expect(
      await fields(
        declareForceMajeure(on, { ...base, serviceIds: [serviceId], scope: { kind: 'nap', id: napId } }),
      ),
    ).toEqual(['services']);
    expect(
      await fields(declareForceMajeure(on, { ...base, knownOn: day('2027-05-01'), serviceIds: [serviceId] })),
    ).toEqual(['knownOn']);
    expect(
      await fields(
        declareForceMajeure(on, { ...base, startedOn: day('2027-06-03'), serviceIds: [serviceId] }),
      ),
    ).toEqual(['startedOn']);
    // Not the seller's service: VitrumNet cannot declare force majeure over BIT's contract.
    expect(
      await fields(declareForceMajeure(on, { ...base, sellerId: 'vitrumnet', serviceIds: [serviceId] })),
    ).toEqual(['services']);
    expect(
      await fields(declareForceMajeure(on, { ...base, scope: { kind: 'cable', id: 'NO-SUCH-CABLE' } })),
    ).toEqual(['scope']);
    expect((await listForceMajeureEvents({ db })).length).toBe(before);
    expect(await serviceState(db, serviceId)).toBe('active');
    expect(await provisioningOf(db, serviceId)).toEqual([]);
  });
});
