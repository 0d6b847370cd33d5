import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { findLink } from '../store/inventory.ts';
import { listProvisioningJobs } from '../store/provisioning-jobs.ts';
import { getNetworkService } from './get-network-service.ts';
import { connectedPremises } from './inventory-test-support.ts';
import { operatorContext } from './network-order-test-support.ts';
import { recordNetworkOrderStep } from './record-network-order-step.ts';
import { submitNetworkOrder } from './submit-network-order.ts';

describeEachStore("the operator's link orders (vn:2.2, vn:2.4)", (database) => {
  const operator = () => operatorContext(database().db);
  let withSwitch = '';
  let withoutSwitch = '';
  beforeAll(async () => {
    await seedCustomers(database().db, ['CU-LINK']);
    withSwitch = (await connectedPremises(operator(), 'CU-LINK')).nap.id;
    withoutSwitch = (await connectedPremises(operator(), 'CU-LINK', { withSwitch: false })).nap.id;
  });
  const planned = async (aNapId: string, vlan?: number) => {
    const { id } = await submitNetworkOrder(operator(), {
      kind: 'link',
      customerId: 'CU-LINK',
      spec: {
        aNapId,
        z: { handoff: 'NL-ix Rotterdam port 7' },
        bandwidthMbps: 500,
        ...(vlan ? { vlan } : {}),
      },
    });
    await recordNetworkOrderStep(operator(), { orderId: id, action: 'accept' });
    await recordNetworkOrderStep(operator(), {
      orderId: id,
      action: 'plan',
      plannedOn: Temporal.PlainDate.from('2026-12-01'),
    });
    return id;
  };

  it('makes the link with its VLAN when the order is programmed, and takes it down when it is cancelled', async () => {
    const orderId = await planned(withSwitch, 1234);
    const programmed = await recordNetworkOrderStep(operator(), { orderId, action: 'program' });
    const service = await getNetworkService(operator(), programmed.serviceId!);
    expect(service.linkId).toMatch(/^L-\d+$/);
    const link = await findLink(database().db, service.linkId!);
    expect(link).toMatchObject({
      customerId: 'CU-LINK',
      aNapId: withSwitch,
      vlan: 1234,
      bandwidthMbps: 500,
      endedOn: null,
    });
    expect(programmed.events.at(-1)?.payload).toMatchObject({ linkId: service.linkId });

    await recordNetworkOrderStep(operator(), {
      orderId,
      action: 'cancel',
      reason: 'the customer chose another route',
    });
    expect((await findLink(database().db, service.linkId!))?.endedOn).toBe('2026-11-22');
    const jobs = await listProvisioningJobs(database().db, { subject: `link:${service.linkId}` });
    expect(jobs.map((job) => job.action).sort()).toEqual(['link.down', 'link.up', 'vlan.add', 'vlan.remove']);
    // The VLAN is free again for the next order.
    const next = await planned(withSwitch, 1234);
    const again = await recordNetworkOrderStep(operator(), { orderId: next, action: 'program' });
    expect(again.state).toBe('programmed');
  });

  it('refuses to program a link without a switch at the A end (vn:2.2.1), leaving the order planned', async () => {
    const orderId = await planned(withoutSwitch);
    await expect(recordNetworkOrderStep(operator(), { orderId, action: 'program' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/vn:2\.2\.1/),
    });
    const order = await recordNetworkOrderStep(operator(), {
      orderId,
      action: 'plan',
      plannedOn: Temporal.PlainDate.from('2026-12-15'),
    });
    expect(order).toMatchObject({ state: 'planned', serviceId: null });
  });
});
